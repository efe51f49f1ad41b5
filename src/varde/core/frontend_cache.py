"""Purge on publish, sent after the commit.

Wagtail's frontend cache app purges from its ``page_published``/``page_unpublished`` receivers through a
background task. With the in-process task backend (settings ``TASKS``) that task runs at once, and a
publish through the review workflow (``WorkflowState.finish``), a move, or any publish inside
``transaction.atomic`` sends the purge before the new version is committed: nginx then fetches the page
again (deploy/nginx.conf refreshes rather than deletes), gets the old version and keeps it for the page
cache's max age. The load test's purge check (deploy/loadtest.sh) found this.

``FrontendCacheConfig`` takes the place of Wagtail's app config in ``INSTALLED_APPS`` (same label) and
connects one receiver that sends the same purge with ``transaction.on_commit``: at once outside a
transaction, after the commit inside one, never for a publish that is rolled back.
"""

from __future__ import annotations

from django.db import transaction
from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig


def purge_after_commit(sender, instance, **kwargs) -> None:
    from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

    transaction.on_commit(lambda: purge_page_from_cache(instance))


class FrontendCacheConfig(WagtailFrontendCacheAppConfig):
    def ready(self) -> None:  # instead of Wagtail's receivers, not beside them
        from wagtail.signals import page_published, page_unpublished

        for signal in (page_published, page_unpublished):
            signal.connect(purge_after_commit, dispatch_uid="varde-frontend-cache")
