from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "harbour.profiles"
    label = "profiles"
    verbose_name = "Skills profiles"
