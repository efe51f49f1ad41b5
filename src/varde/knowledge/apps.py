from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    """Knowledge portal: guidance pages with sources, review cycle, workflow and Norwegian search."""

    name = "varde.knowledge"
    label = "knowledge"
    verbose_name = "Kunnskap"
    # Top-level slugs this capability serves itself; the core demo loader leaves them alone.
    owns_slugs = ("kunnskap",)

    def ready(self) -> None:
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from varde.knowledge import signals

        page_published.connect(signals.on_page_published, dispatch_uid="knowledge-vocabulary")
        # Wagtail's front cache refreshes the published page itself (with its PDF, get_cached_paths);
        # the sections that list it are refreshed here.
        for signal in (page_published, page_unpublished):
            signal.connect(signals.on_page_published_or_unpublished, dispatch_uid="knowledge-sections")
        post_page_move.connect(signals.on_page_moved, dispatch_uid="knowledge-sections-move")

    def load_demo(self, home) -> None:
        from varde.knowledge.demo import load_knowledge_demo

        load_knowledge_demo(home)
