from django.urls import path

from harbour.observations import pages, views

app_name = "observations"

urlpatterns = [
    path("log/", views.quick_log, name="log"),
    path("deleted/", views.deleted_list, name="deleted"),
    path("settings/", views.settings_page, name="settings"),
    path("<int:observation_id>/", views.detail, name="detail"),
    path("<int:observation_id>/edit/", views.edit, name="edit"),
    path("<int:observation_id>/delete/", views.delete, name="delete"),
    path("<int:observation_id>/restore/", views.restore, name="restore"),
    path("child/<int:child_id>/", pages.chronology_page, name="chronology"),
    path("child/<int:child_id>/insights/", pages.insights, name="insights"),
]
