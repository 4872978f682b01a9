from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from harbour.accounts.roles import Role
from harbour.children.access import org_children, visible_children


@require_http_methods(["GET"])
def landing(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated and getattr(request, "membership", None):
        return redirect("core:home")
    demo_accounts = []
    if settings.HARBOUR_DEMO_HINTS:
        from harbour.core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

        demo_accounts = DEMO_ACCOUNTS
        return render(
            request,
            "core/landing.html",
            {"demo_accounts": demo_accounts, "demo_password": DEMO_PASSWORD},
        )
    return render(request, "core/landing.html", {"demo_accounts": []})


@require_http_methods(["GET"])
def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@require_http_methods(["GET"])
def home(request: HttpRequest) -> HttpResponse:
    """One home page, different for each role: what this person needs first."""
    membership = request.membership  # type: ignore[attr-defined]
    role = membership.role
    context: dict[str, object] = {"role": role}
    if role in (Role.STAFF, Role.PROFESSIONAL, Role.PARENT, Role.YOUNG_PERSON):
        context["my_children"] = list(visible_children(membership).prefetch_related("groups")[:200])
    if role in (Role.LEAD, Role.DESIGNATED):
        everyone = org_children(membership)
        context["children_count"] = everyone.count()
        context["my_children"] = list(
            everyone.filter(key_adults__membership=membership).distinct()[:200]
        )
    if role == Role.GOVERNOR:
        context["children_count"] = org_children(membership).count()
    if role == Role.YOUNG_PERSON:
        from harbour.voices.views import young_person_context

        context.update(young_person_context(membership))
    if role in (Role.LEAD, Role.DESIGNATED):
        from harbour.safeguarding.reminders import safeguarding_reminders

        context.update(safeguarding_reminders(membership.organisation_id, timezone.localdate()))
    if role in (Role.STAFF, Role.DESIGNATED, Role.LEAD):
        # The lead sees the whole setting's reviews: in a home with no designated staff the
        # reminders go to the lead, and the home page should say what the email says.
        from harbour.plans.reminders import reviews_due_for

        context["plan_reviews_due"] = reviews_due_for(membership)
        context["today"] = timezone.localdate()
    if role != Role.YOUNG_PERSON:
        # Someone who also views a trust's or local authority's figures (GroupViewer)
        # would otherwise reach them only by typing the address.
        from harbour.reports.group_views import groups_viewed_by

        context["viewed_groups"] = groups_viewed_by(request.user)
    return render(request, f"core/home_{role}.html", context)
