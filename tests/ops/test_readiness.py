"""/readyz: database, cache and migrations; /healthz stays the liveness probe."""

import pytest

from varde.core import readiness

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _forget_memo():
    readiness.reset_migration_memo()
    yield
    readiness.reset_migration_memo()


def test_ready_when_migrated_and_services_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "migrations": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_not_ready_while_migrations_are_pending(client, monkeypatch):
    monkeypatch.setattr(readiness, "pending_migrations", lambda alias="default": ["knowledge.0009_new"])
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["migrations"] == "error"
    assert response.json()["database"] == "ok"


def test_migration_state_is_remembered_once_applied(client, monkeypatch):
    assert client.get("/readyz").status_code == 200

    def boom(alias="default"):
        raise AssertionError("migrations re-read after they were seen applied")

    monkeypatch.setattr(readiness, "pending_migrations", boom)
    assert client.get("/readyz").status_code == 200


def test_still_ready_but_degraded_when_the_cache_fails(client, monkeypatch):
    """Every server shares the cache, and serves without it (varde/core/cache.py): failing readiness for
    it would take them all out of the load balancer at once."""
    from django.core.cache import cache

    def down(*args, **kwargs):
        raise ConnectionError("redis down")

    monkeypatch.setattr(cache, "set", down)
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "error", "migrations": "ok"}


def test_not_ready_when_the_database_fails(client, monkeypatch):
    from varde.core import views

    monkeypatch.setattr(readiness, "_check_database", lambda: False)
    monkeypatch.setattr(views, "_check_database", lambda: False)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"
    assert response.json()["migrations"] == "error"


def test_liveness_is_unchanged(client):
    assert client.get("/healthz").json()["status"] == "ok"


def test_pending_migrations_is_empty_on_the_test_database():
    assert readiness.pending_migrations() == []
