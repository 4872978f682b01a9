from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "harbour.plans"
    label = "plans"
    verbose_name = "Support plans"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Plan changes and reviews appear in the child's chronology.
        from harbour.plans import chronology  # noqa: F401
