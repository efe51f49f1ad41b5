"""The vocabulary while the cache holds no version: Redis down (varde/core/cache.py) or restarted empty."""

import time

import pytest
from django.core.cache import cache

from varde.knowledge import services
from varde.knowledge.models import SearchTerm
from varde.knowledge.services import VOCABULARY_CACHE_KEY, VOCABULARY_KEPT_SECONDS, vocabulary_get

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache_without_version(monkeypatch):
    """A cache that keeps nothing, as while Redis is down."""
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    monkeypatch.setattr(cache, "add", lambda *args, **kwargs: False)
    monkeypatch.setattr(services, "_vocabulary_memo", {})


def test_a_fresh_vocabulary_is_kept_instead_of_rebuilt_for_every_search(
    cache_without_version, django_assert_num_queries
):
    SearchTerm.objects.create(term="tolketjeneste")
    assert "tolketjeneste" in vocabulary_get().words
    with django_assert_num_queries(0):  # not read again from the database
        assert "tolketjeneste" in vocabulary_get().words


def test_an_old_vocabulary_is_rebuilt(cache_without_version, monkeypatch):
    vocabulary_get()
    SearchTerm.objects.create(term="klippfiskbåtene")
    later = time.monotonic() + VOCABULARY_KEPT_SECONDS + 1
    monkeypatch.setattr(services.time, "monotonic", lambda: later)
    assert "klippfiskbåtene" in vocabulary_get().words


def test_after_a_redis_restart_the_kept_version_is_offered_to_the_other_processes(monkeypatch):
    monkeypatch.setattr(services, "_vocabulary_memo", {})
    vocabulary_get()
    version = cache.get(VOCABULARY_CACHE_KEY)
    cache.delete(VOCABULARY_CACHE_KEY)  # Redis restarted: it keeps nothing
    vocabulary_get()
    assert cache.get(VOCABULARY_CACHE_KEY) == version  # the others' memo (same version) stays valid
