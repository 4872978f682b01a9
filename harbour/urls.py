from django.urls import include, path

from harbour.api.endpoints import api

urlpatterns = [
    path("", include("harbour.core.urls")),
    path("accounts/", include("harbour.accounts.urls")),
    path("children/", include("harbour.children.urls")),
    path("audit/", include("harbour.audit.urls")),
    path("observations/", include("harbour.observations.urls")),
    path("notifications/", include("harbour.notifications.urls")),
    path("guidance/", include("harbour.guidance.urls")),
    path("coach/", include("harbour.coach.urls")),
    path("profiles/", include("harbour.profiles.urls")),
    path("safeguarding/", include("harbour.safeguarding.urls")),
    path("pathways/", include("harbour.pathways.urls")),
    path("voices/", include("harbour.voices.urls")),
    path("staff/", include("harbour.staff.urls")),
    path("api/v1/", api.urls),
    path("api/", include("harbour.api.urls")),
    path("plans/", include("harbour.plans.urls")),
    path("reports/", include("harbour.reports.urls")),
]

handler403 = "harbour.core.errors.forbidden"
handler404 = "harbour.core.errors.not_found"
