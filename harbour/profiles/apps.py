from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "harbour.profiles"
    label = "profiles"
    verbose_name = "Skills profiles"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Finished profiles and quick screens appear in the child's chronology.
        from harbour.profiles import chronology  # noqa: F401
