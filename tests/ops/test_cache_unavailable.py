"""Redis down, out of reach or silent: the site serves without its cache (varde/core/cache.py).

With Django's own RedisCache the home page, the knowledge pages and search answered 500 while Redis was
down, and both probes 503, which took every server out of the load balancer at once.
"""

import socket
import time

import pytest
from django.core.cache.backends.redis import RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError

from varde.core import cache as resilient
from varde.core.cache import CACHE_ERRORS, ResilientRedisCache

DEAD = "redis://127.0.0.1:1/0"  # nothing listens on port 1: every connection is refused at once
LIVE = "redis://127.0.0.1:6379/15"


@pytest.fixture(autouse=True)
def _fresh_outages():
    resilient.reset_outages()
    yield
    resilient.reset_outages()


def errors() -> float:
    return CACHE_ERRORS._value.get()


def make(location: str = DEAD, **options) -> ResilientRedisCache:
    return ResilientRedisCache(location, {"OPTIONS": {"RETRY_SECONDS": 60, **options}})


def redis_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.2):
            return True
    except OSError:
        return False


def test_every_call_to_a_dead_redis_is_a_miss():
    cache = make()
    assert cache.get("k") is None
    assert cache.get("k", "fallback") == "fallback"
    assert cache.add("k", 1) is True  # a lock or first-writer flag: go on
    assert cache.add("allauth.mfa.totp.used?user=1&code=123456", "y") is False  # no replayed codes
    assert cache.set("k", 1) is None
    assert cache.touch("k") is False
    assert cache.delete("k") is False
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("k") is False
    assert cache.set_many({"a": 1}) == []
    assert cache.delete_many(["a"]) is None
    assert cache.clear() is False
    with pytest.raises(ValueError):  # as for a missing key: callers already handle it
        cache.incr("k")


def test_after_a_failure_redis_is_left_alone_until_the_pause_ends(monkeypatch):
    cache = make()
    before = errors()
    assert cache.get("k", "miss") == "miss"
    assert errors() == before + 1

    def must_not_be_called(*args, **kwargs):
        raise AssertionError("asked Redis during the pause")

    monkeypatch.setattr(RedisCacheClient, "get", must_not_be_called)
    assert cache.get("k", "miss") == "miss"  # answered at once, without Redis
    assert errors() == before + 1
    monkeypatch.undo()

    later = time.monotonic() + 61
    monkeypatch.setattr(resilient.time, "monotonic", lambda: later)
    assert cache.get("k", "miss") == "miss"  # the pause is over: Redis is asked (and is still down)
    assert errors() == before + 2


def test_one_outage_is_logged_once_without_keys(caplog):
    cache = make()
    with caplog.at_level("WARNING", logger="varde.core.cache"):
        cache.get("django.contrib.sessions.cached_dbsecret-session-id")
        cache.set("another-key", 1)
    messages = [r.getMessage() for r in caplog.records if r.name == "varde.core.cache"]
    assert len(messages) == 1 and "ConnectionError" in messages[0]
    assert "secret-session-id" not in caplog.text


def test_a_redis_that_never_answers_costs_at_most_the_socket_timeout():
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # the handshake completes, but nothing is ever read or answered
    try:
        port = silent.getsockname()[1]
        cache = make(f"redis://127.0.0.1:{port}/0", socket_connect_timeout=0.2, socket_timeout=0.2)
        started = time.monotonic()
        assert cache.get("k", "miss") == "miss"
        assert time.monotonic() - started < 2  # without the time-out this waits for the OS (minutes)
        started = time.monotonic()
        assert cache.get("k", "miss") == "miss"
        assert time.monotonic() - started < 0.05  # the pause: not asked again
    finally:
        silent.close()


@pytest.mark.skipif(not redis_up(), reason="no Redis on 127.0.0.1:6379")
def test_a_live_redis_works_as_usual_and_an_outage_ends_when_it_answers(monkeypatch):
    cache = make(LIVE)
    cache.set("n", 1)
    assert cache.incr("n") == 2 and cache.get("n") == 2
    assert cache.add("n", 5) is False and cache.get_many(["n", "none"]) == {"n": 2}
    with pytest.raises(ValueError):
        cache.incr("none")  # a missing key is not an outage
    assert not resilient._outage_for([LIVE], 60).skipping()

    resilient._outage_for([LIVE], 60).failed(RedisConnectionError("blip"))
    assert cache.get("n", "miss") == "miss"  # in the pause
    later = time.monotonic() + 61
    monkeypatch.setattr(resilient.time, "monotonic", lambda: later)
    assert cache.get("n") == 2  # back
    assert resilient._outage_for([LIVE], 60).until == 0.0
    cache.clear()


@pytest.fixture
def limits_on(settings):
    """Rate limits on (the test profile turns them off), so the site is checked with them."""
    settings.VARDE_RATELIMIT_ENABLED = True
    settings.VARDE_DIRECTORY_MIN_FORM_SECONDS = 0


@pytest.mark.django_db
def test_the_site_serves_while_redis_is_down(client, demo_site, redis_down, limits_on):
    from varde.directory.models import ChangeSuggestion

    for url in ("/", "/kunnskap/", "/sok/?q=tolk", "/en/sok/?q=interpreter", "/hjelp/", "/avdekke/sjekk/"):
        assert client.get(url).status_code == 200, url

    form = client.get("/hjelp/tjeneste/rosa/foresla-endring/")
    token = form.context["form"]["token"].value()
    sent = client.post("/hjelp/tjeneste/rosa/foresla-endring/", {"message": "Nytt nummer.", "token": token})
    assert sent.status_code == 302  # rate-limited forms still take submissions
    assert ChangeSuggestion.objects.filter(message="Nytt nummer.").exists()


@pytest.mark.django_db
def test_a_signed_in_session_lives_on_in_the_database_while_redis_is_down(
    client, django_user_model, redis_down
):
    user = django_user_model.objects.create_user(
        "m@example.invalid", "m@example.invalid", "a-long-password-1"
    )
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    session = client.session
    session["marker"] = "kept"
    session.save()
    assert client.session["marker"] == "kept"  # read back from the database, not Redis
    response = client.get("/")
    assert response.status_code == 200 and response.wsgi_request.user == user  # still signed in


@pytest.mark.django_db
@pytest.mark.parametrize("probe", ["/healthz", "/readyz"])
def test_the_probes_say_degraded_but_keep_the_server_in_the_load_balancer(client, redis_down, probe):
    response = client.get(probe)
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["cache"] == "error" and response.json()["database"] == "ok"
