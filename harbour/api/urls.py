from django.urls import path

from harbour.api import views

app_name = "api"

urlpatterns = [
    path("tokens/", views.tokens, name="tokens"),
]
