from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    """Knowledge portal: guidance pages with sources, review cycle, workflow and Norwegian search."""

    name = "varde.knowledge"
    label = "knowledge"
    verbose_name = "Kunnskap"
    # Top-level slugs this capability serves itself; the core demo loader leaves them alone.
    owns_slugs = ("kunnskap",)
