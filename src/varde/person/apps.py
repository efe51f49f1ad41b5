from django.apps import AppConfig


class PersonConfig(AppConfig):
    """Information for the person: rights and where to get help, in the languages they read."""

    name = "varde.person"
    label = "person"
    verbose_name = "Informasjon til personen"
