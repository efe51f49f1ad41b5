from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    """Help and referral directory: services by place, need and group, kept current."""

    name = "varde.directory"
    label = "directory"
    verbose_name = "Hjelp og henvisning"
    owns_slugs = ("hjelp",)
