from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Site chrome, home page, accessibility statement, health check and demo content."""

    name = "varde.core"
    label = "core"
    verbose_name = "Varde: kjerne"
