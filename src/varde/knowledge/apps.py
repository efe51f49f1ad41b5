from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    """Knowledge portal: guidance pages with sources, review cycle, workflow and Norwegian search."""

    name = "varde.knowledge"
    label = "knowledge"
    verbose_name = "Kunnskap"
    # Top-level slugs this capability serves itself; the core demo loader leaves them alone.
    owns_slugs = ("kunnskap",)

    def ready(self) -> None:
        from wagtail.signals import page_published

        from varde.knowledge import signals

        page_published.connect(signals.on_page_published, dispatch_uid="knowledge-vocabulary")

    def load_demo(self, home) -> None:
        from varde.knowledge.demo import load_knowledge_demo

        load_knowledge_demo(home)
