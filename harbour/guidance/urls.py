from django.urls import path

from harbour.guidance import views

app_name = "guidance"

urlpatterns = [
    path("", views.index, name="index"),
    path("search/", views.search_view, name="search"),
    path("situations/<slug:slug>/", views.situation_view, name="situation"),
    path("items/<str:item_id>/", views.item_view, name="item"),
    path("lists/<str:key>/", views.list_view, name="list"),
    path("interventions/", views.interventions, name="interventions"),
    path("interventions/new/", views.intervention_create, name="intervention_create"),
    path("interventions/<int:intervention_id>/", views.intervention_view, name="intervention"),
    path(
        "interventions/<int:intervention_id>/feedback/",
        views.intervention_feedback,
        name="intervention_feedback",
    ),
    path(
        "interventions/<int:intervention_id>/trained/",
        views.intervention_trained,
        name="intervention_trained",
    ),
]
