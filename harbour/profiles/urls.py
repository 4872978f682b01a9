from django.urls import path

from harbour.profiles import views

app_name = "profiles"

urlpatterns = [
    path("children/<int:child_id>/", views.child_profiles, name="child"),
    path("children/<int:child_id>/new/", views.profile_new, name="create"),
    path("children/<int:child_id>/factors/", views.child_factors, name="factors"),
    path("children/<int:child_id>/warning-signs/", views.warning_signs, name="warning_signs"),
    path("<int:profile_id>/", views.profile_detail, name="detail"),
    path("<int:profile_id>/edit/", views.profile_edit, name="edit"),
    path("<int:profile_id>/compare/", views.profile_compare, name="compare"),
    path("<int:profile_id>/print/", views.profile_print, name="print"),
    path("groups/", views.groups, name="groups"),
    path("groups/<int:group_id>/", views.group_grid, name="group"),
    path("groups/<int:group_id>/screen/", views.group_screen, name="group_screen"),
]
