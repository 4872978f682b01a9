from django.apps import AppConfig


# Django ships without type information here (no django-stubs in the
# project), so mypy sees AppConfig as Any.
class CoachConfig(AppConfig):  # type: ignore[misc]
    name = "harbour.coach"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "PACE coach"
