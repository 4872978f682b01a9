from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "harbour.guidance"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Guidance library"
