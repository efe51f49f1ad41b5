"""Signal receivers: keep the search vocabulary in step with published guidance pages.

(The front cache, for every page type, is refreshed by ``varde.core.frontend_cache``.)"""


def on_page_published(sender, instance, **kwargs) -> None:
    from varde.knowledge.models import GuidancePage
    from varde.knowledge.services import vocabulary_add_page

    if isinstance(instance, GuidancePage):
        vocabulary_add_page(page=instance)
