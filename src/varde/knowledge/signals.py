"""Signal receivers: keep the search vocabulary and the front cache in step with published pages."""

from django.db import transaction


def on_page_published(sender, instance, **kwargs) -> None:
    from varde.knowledge.models import GuidancePage
    from varde.knowledge.services import vocabulary_add_page

    if isinstance(instance, GuidancePage):
        vocabulary_add_page(page=instance)


# The front cache fetches a purged page again at once, so a purge is sent only after the commit
# (varde/core/frontend_cache.py): sent earlier, the cache would store the version before the change.
def on_page_published_or_unpublished(sender, instance, **kwargs) -> None:
    from varde.knowledge.services import front_cache_purge_sections

    transaction.on_commit(lambda: front_cache_purge_sections(page=instance))


def on_page_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs) -> None:
    from varde.knowledge.services import front_cache_purge_sections

    if instance.live:
        for parent in {parent_page_before, parent_page_after} - {None}:
            transaction.on_commit(lambda p=parent: front_cache_purge_sections(page=p, inclusive=True))
