"""Public pages are cacheable and purged from the frontend cache (nginx) when they are published."""

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


def test_public_guidance_page_is_cacheable_and_editors_see_fresh(client, knowledge_site, admin_user):
    page = GuidancePage.objects.live().filter(locale__language_code="nb").first()
    public = client.get(page.url)
    assert "public" in public["Cache-Control"] and "max-age" in public["Cache-Control"]
    client.force_login(admin_user)
    assert "private" in client.get(page.url)["Cache-Control"]


pytestmark = pytest.mark.django_db
