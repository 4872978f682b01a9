from django.apps import AppConfig


class PathwaysConfig(AppConfig):
    name = "harbour.pathways"
    label = "pathways"
    verbose_name = "Levels of need, services and referrals"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Registers need decisions and referrals as chronology sources.
        from harbour.pathways import chronology  # noqa: F401
