from django.urls import path

from harbour.coach import views

app_name = "coach"

urlpatterns = [
    path("", views.check, name="check"),
    path("practice/", views.practice, name="practice"),
    path("reflect/", views.reflect, name="reflect"),
    path("practice/<slug:scenario_id>/", views.scenario, name="scenario"),
]
