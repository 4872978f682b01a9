from django.urls import path

from harbour.staff import views

app_name = "staff"

urlpatterns = [
    path("training/", views.training, name="training"),
    path("training/coverage/", views.coverage, name="coverage"),
    path("training/coverage.csv", views.coverage_csv, name="coverage_csv"),
    path("reflective/", views.reflective, name="reflective"),
    path("wellbeing/", views.wellbeing, name="wellbeing"),
    path("wellbeing/summary/", views.wellbeing_summary, name="wellbeing_summary"),
    path("wellbeing/summary.csv", views.wellbeing_summary_csv, name="wellbeing_summary_csv"),
]
