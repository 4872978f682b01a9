from django.urls import path

from harbour.pathways import views

app_name = "pathways"

urlpatterns = [
    path("child/<int:child_id>/", views.need, name="need"),
    path("child/<int:child_id>/refer/", views.referral_create, name="referral_create"),
    path("services/", views.directory, name="directory"),
    path("services/new/", views.service_edit, name="service_create"),
    path("services/<int:service_id>/", views.service_edit, name="service_edit"),
    path("referrals/", views.referral_list, name="referrals"),
    path("referrals/<int:referral_id>/", views.referral_detail, name="referral"),
]
