"""Purge on publish: after the commit, and the pages that list the changed page too.

Wagtail's frontend cache app purges the published page from its ``page_published``/``page_unpublished``
receivers through a background task. Two things were wrong with that here:

* **Too early.** With the in-process task backend (settings ``TASKS``) the task runs at once, and a
  publish through the review workflow (``WorkflowState.finish``), a move, or any publish inside
  ``transaction.atomic`` sent the purge before the new version was committed: nginx fetched the page
  again (deploy/nginx.conf refreshes rather than deletes), got the old version and kept it for the page
  cache's max age. The load test's purge check (deploy/loadtest.sh) found this.
* **Too little.** A parent lists its children: a knowledge section its guidance pages (titles, intros,
  count, and the section PDF their text), a course its modules, a module its lessons. Only the page
  itself was refreshed.

``FrontendCacheConfig`` takes the place of Wagtail's app config in ``INSTALLED_APPS`` (same label) and
connects receivers that, with ``transaction.on_commit`` (at once outside a transaction, after the
commit inside one, never for a publish that is rolled back), refresh the page and every live page
above it, each with its ``get_cached_paths()`` (e.g. ``pdf/``). A move refreshes the page's old address
and both chains of parents. Listings with a query string (filters, search) cannot be named one by one;
they expire with the page cache's max age.
"""

from __future__ import annotations

import copy

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig


def purge_page_and_parents(page, *, parents_of=None) -> int:
    """Refresh ``page`` and the live pages above it (above ``parents_of`` instead, when given, and that
    page too) in every configured front cache. Returns how many pages were sent; 0 when none is set."""
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
    from wagtail.models import Page

    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return 0
    above = parents_of or page
    parents = Page.objects.live().ancestor_of(above, inclusive=parents_of is not None).filter(depth__gt=1)
    pages = [page, *parents.specific()]  # depth 1 is Wagtail's root, which has no address
    purge_pages_from_cache(pages)
    return len(pages)


def _on_publish_or_unpublish(sender, instance, **kwargs) -> None:
    transaction.on_commit(lambda: purge_page_and_parents(instance))


def _on_move(sender, instance, url_path_before=None, parent_page_before=None, **kwargs) -> None:
    if not instance.live:
        return

    def purge():
        purge_page_and_parents(instance)
        if url_path_before and parent_page_before is not None:
            before = copy.copy(instance)  # the page at its old address, which now answers 404
            before.url_path = url_path_before
            purge_page_and_parents(before, parents_of=parent_page_before)

    transaction.on_commit(purge)


class FrontendCacheConfig(WagtailFrontendCacheAppConfig):
    def ready(self) -> None:  # instead of Wagtail's receivers, not beside them
        from wagtail.signals import page_published, page_unpublished, post_page_move

        for signal in (page_published, page_unpublished):
            signal.connect(_on_publish_or_unpublish, dispatch_uid="varde-frontend-cache")
        post_page_move.connect(_on_move, dispatch_uid="varde-frontend-cache-move")
