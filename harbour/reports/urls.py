from django.urls import path

from harbour.reports import group_views, views

app_name = "reports"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("children/", views.children, name="children"),
    path("governors/", views.governors, name="governors"),
    path("governors/report.pdf", views.governors_pdf, name="governors_pdf"),
    path("governors/figures.csv", views.governors_csv, name="governors_csv"),
    path("export/", views.export_la, name="export_la"),
    path("group/<slug:group_slug>/", group_views.group, name="group"),
    path("group/<slug:group_slug>/export/", group_views.group_export, name="group_export"),
    path(
        "outcomes/intervention/<int:intervention_id>/",
        views.outcome_intervention,
        name="outcome_intervention",
    ),
    path("outcomes/strategy/<str:item_id>/", views.outcome_strategy, name="outcome_strategy"),
]
