from django.urls import path

from harbour.reports import csv_views, group_views, outcome_views, views

app_name = "reports"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("figures.csv", csv_views.dashboard_csv, name="dashboard_csv"),
    path("children/", views.children, name="children"),
    path("governors/", views.governors, name="governors"),
    path("governors/report.pdf", views.governors_pdf, name="governors_pdf"),
    path("governors/figures.csv", csv_views.governors_csv, name="governors_csv"),
    path("export/", views.export_la, name="export_la"),
    path("group/<slug:group_slug>/", group_views.group, name="group"),
    path("group/<slug:group_slug>/export/", group_views.group_export, name="group_export"),
    path(
        "outcomes/intervention/<int:intervention_id>/",
        outcome_views.outcome_intervention,
        name="outcome_intervention",
    ),
    path(
        "outcomes/intervention/<int:intervention_id>/figures.csv",
        outcome_views.outcome_intervention_csv,
        name="outcome_intervention_csv",
    ),
    path(
        "outcomes/strategy/<str:item_id>/",
        outcome_views.outcome_strategy,
        name="outcome_strategy",
    ),
    path(
        "outcomes/strategy/<str:item_id>/figures.csv",
        outcome_views.outcome_strategy_csv,
        name="outcome_strategy_csv",
    ),
]
