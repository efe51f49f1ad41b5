from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    """The national network's members-only workspace."""

    name = "varde.workspace"
    label = "workspace"
    verbose_name = "Nettverkets arbeidsrom"

    def ready(self) -> None:
        from . import auth  # noqa: F401  (signal receivers)

    def load_demo(self, home) -> None:
        from .demo import load_demo

        load_demo()
