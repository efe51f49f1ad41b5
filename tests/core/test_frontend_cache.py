"""Purge on publish for every page type (varde/core/frontend_cache.py): a parent lists its children,
so publishing a lesson refreshes its module and its course too, after the commit."""

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


@pytest.fixture(autouse=True)
def _recording(settings):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.core.test_frontend_cache.RecordingBackend"}}
    PURGED.clear()


def _paths():
    from urllib.parse import urlsplit

    return {urlsplit(url).path for url in PURGED}


def test_publishing_a_lesson_refreshes_its_module_and_course(django_capture_on_commit_callbacks):
    from varde.learning.models import LessonPage

    lesson = LessonPage.objects.live().filter(locale__language_code="nb").first()
    module, course = lesson.get_parent(), lesson.get_parent().get_parent()
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        lesson.save_revision().publish()
    assert {lesson.url, module.url, course.url, "/"} <= _paths()


def test_wagtails_own_receivers_are_replaced_not_doubled(django_capture_on_commit_callbacks):
    from wagtail.contrib.frontend_cache import signal_handlers
    from wagtail.signals import page_published

    from varde.core.frontend_cache import _on_publish_or_unpublish
    from varde.core.models import HomePage

    receivers, _async = page_published._live_receivers(HomePage)
    assert _on_publish_or_unpublish in receivers
    assert signal_handlers.page_published_signal_handler not in receivers

    home = HomePage.objects.get(locale__language_code="nb")
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    assert sorted(_paths()) == ["/"]  # once, from our receiver
    assert len(PURGED) == 1
