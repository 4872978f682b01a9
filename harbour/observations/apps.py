from django.apps import AppConfig


class ObservationsConfig(AppConfig):
    name = "harbour.observations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Registers the observation and child-record sources with the chronology.
        from harbour.observations import chronology  # noqa: F401
