from django.apps import AppConfig


class CoachConfig(AppConfig):
    name = "harbour.coach"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "PACE coach"
