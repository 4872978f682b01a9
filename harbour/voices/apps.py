from django.apps import AppConfig


class VoicesConfig(AppConfig):
    name = "harbour.voices"
    default_auto_field = "django.db.models.BigAutoField"
