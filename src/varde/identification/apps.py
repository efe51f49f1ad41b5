from django.apps import AppConfig


class IdentificationConfig(AppConfig):
    """The identification check: a guided, stateless tool for judging a possible trafficking case."""

    name = "varde.identification"
    label = "identification"
    verbose_name = "Avdekke: identifiseringssjekk"
    # /avdekke/ leads straight to the check; the core demo loader leaves that slug alone.
    owns_slugs = ("avdekke",)
