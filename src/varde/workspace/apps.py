from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    """The national network's members-only workspace."""

    name = "varde.workspace"
    label = "workspace"
    verbose_name = "Nettverkets arbeidsrom"
