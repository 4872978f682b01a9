from django.urls import path

from harbour.staff import views

app_name = "staff"

urlpatterns = [
    path("training/", views.training, name="training"),
    path("training/coverage/", views.coverage, name="coverage"),
    path("reflective/", views.reflective, name="reflective"),
    path("wellbeing/", views.wellbeing, name="wellbeing"),
    path("wellbeing/summary/", views.wellbeing_summary, name="wellbeing_summary"),
]
