from django.apps import AppConfig


class SafeguardingConfig(AppConfig):
    name = "harbour.safeguarding"
    label = "safeguarding"
    verbose_name = "Safeguarding"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Registers safeguarding concerns as a (designated-only) chronology source.
        from harbour.safeguarding import chronology  # noqa: F401
