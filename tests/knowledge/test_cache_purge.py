"""Public pages are cacheable and purged from the frontend cache (nginx) when they are published."""

import datetime

import pytest
from django.test import override_settings
from wagtail.contrib.frontend_cache.backends import BaseBackend

from varde.knowledge.models import GuidancePage

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    """Stands in for the HTTP purge to nginx (deploy/nginx.conf) and records what would be purged."""

    def purge(self, url):
        PURGED.append(url)


@override_settings(
    WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.knowledge.test_cache_purge.RecordingBackend"}}
)
def test_publishing_a_guidance_page_purges_its_url(knowledge_site, django_capture_on_commit_callbacks):
    page = GuidancePage.objects.live().filter(locale__language_code="nb").first()
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert any(url.endswith(page.url) for url in PURGED), PURGED


RECORDING = {"test": {"BACKEND": "tests.knowledge.test_cache_purge.RecordingBackend"}}


def _paths(urls):
    from urllib.parse import urlsplit

    return sorted(urlsplit(url).path for url in urls)


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
@pytest.mark.parametrize("action", ["publish", "unpublish"])
def test_a_guidance_page_refreshes_its_pdf_and_the_sections_that_list_it(
    knowledge_site, django_capture_on_commit_callbacks, action
):
    """The section lists the page's title, intro and the count: publishing or unpublishing the page
    refreshes the page, its PDF, and every page above it (the sections and the home page). Not the
    section PDFs: each takes seconds to render, so they expire with the max age."""
    from varde.knowledge.models import TopicIndexPage

    index = TopicIndexPage.objects.get(slug="kunnskap", locale__language_code="nb")
    section = index.add_child(instance=TopicIndexPage(title="Undertema", slug="undertema"))
    page = section.add_child(
        instance=GuidancePage(
            title="Ny side",
            slug="ny-side",
            owner_unit="Test",
            last_substantive_change=datetime.date(2026, 1, 1),
            next_review=datetime.date(2027, 1, 1),
        )
    )
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish() if action == "publish" else page.unpublish()
    assert _paths(PURGED) == sorted(
        [
            "/kunnskap/undertema/ny-side/",
            "/kunnskap/undertema/ny-side/pdf/",
            "/kunnskap/undertema/",
            "/kunnskap/",
            "/",
        ]
    )


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
def test_moving_a_guidance_page_refreshes_its_old_address_and_the_sections_it_left_and_joined(
    knowledge_site, django_capture_on_commit_callbacks
):
    from varde.knowledge.models import TopicIndexPage

    index = TopicIndexPage.objects.get(slug="kunnskap", locale__language_code="nb")
    section = index.add_child(instance=TopicIndexPage(title="Undertema", slug="undertema"))
    page = GuidancePage.objects.live().child_of(index).filter(locale=index.locale).first()
    old = page.url
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.move(section, pos="last-child")
    assert set(_paths(PURGED)) >= {  # (Wagtail's automatic redirect also refreshes its own old path)
        old,  # now the redirect to the new address: refreshed, not kept
        f"{old}pdf/",
        f"/kunnskap/undertema/{page.slug}/",
        f"/kunnskap/undertema/{page.slug}/pdf/",
        "/kunnskap/undertema/",
        "/kunnskap/",
        "/",
    }


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
@pytest.mark.parametrize("how", ["publish", "workflow"])
def test_purge_waits_for_the_commit(knowledge_site, django_capture_on_commit_callbacks, admin_user, how):
    """nginx fetches a purged page again at once: a purge sent before the commit stores the old
    version. Publishing inside a transaction (as the review workflow's approval does) sends nothing
    until the commit, and then the page and its sections. Wagtail's own receivers purged at once."""
    from django.db import transaction

    page = GuidancePage.objects.live().filter(locale__language_code="nb").first()
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        if how == "publish":
            with transaction.atomic():
                page.save_revision().publish()
        else:
            page.save_revision(user=admin_user)
            state = page.get_workflow().start(page, admin_user)  # the demo's review workflow
            task_state = state.current_task_state
            task_state.task.specific.on_action(task_state, admin_user, "approve")
            state.refresh_from_db()
            assert state.status == state.STATUS_APPROVED
    assert PURGED == []
    for callback in callbacks:
        callback()
    assert {page.url, f"{page.url}pdf/", "/kunnskap/"} <= set(_paths(PURGED))


def test_without_a_front_cache_nothing_is_sent(knowledge_site, settings):
    from varde.core.frontend_cache import purge_page_and_parents

    page = GuidancePage.objects.live().filter(locale__language_code="nb", depth=4).first()
    settings.WAGTAILFRONTENDCACHE = RECORDING
    assert purge_page_and_parents(page) == 3  # the page, /kunnskap/, the home page
    del settings.WAGTAILFRONTENDCACHE
    PURGED.clear()
    assert purge_page_and_parents(page) == 0
    assert PURGED == []


def test_public_guidance_page_is_cacheable_and_editors_see_fresh(client, knowledge_site, admin_user):
    page = GuidancePage.objects.live().filter(locale__language_code="nb").first()
    public = client.get(page.url)
    assert "public" in public["Cache-Control"] and "max-age" in public["Cache-Control"]
    client.force_login(admin_user)
    assert "private" in client.get(page.url)["Cache-Control"]


pytestmark = pytest.mark.django_db
