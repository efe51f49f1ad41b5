from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Site chrome, home page, accessibility statement, health check and demo content."""

    name = "varde.core"
    label = "core"
    verbose_name = "Varde: kjerne"

    def ready(self):
        from varde.core import checks, sites  # noqa: F401 - checks registers the deploy checks

        sites.install()  # Wagtail's site look-up in one plain SQL query (see varde/core/sites.py)
