from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    """Help and referral directory: services by place, need and group, kept current."""

    name = "varde.directory"
    label = "directory"
    verbose_name = "Hjelp og henvisning"
    owns_slugs = ("hjelp",)
    default_auto_field = "django.db.models.BigAutoField"

    def load_demo(self, home) -> None:
        """Geography from the shipped SSB files and the real seed services. Idempotent."""
        from varde.directory.services import geography_ensure, services_seed

        geography_ensure()
        services_seed()
