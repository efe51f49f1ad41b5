from django.apps import AppConfig


class RightsConfig(AppConfig):
    """The rights navigator: rules as data for rights by residence status and age."""

    name = "varde.rights"
    label = "rights"
    verbose_name = "Rettigheter: rettighetsnavigator"
