"""The cache-based rate limiter: parsing, counting, client identity, the 429 answer, ninja use."""

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import override_settings
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st
from ninja import Router
from ninja.testing import TestClient

from varde.core import ratelimit
from varde.core.ratelimit import Rate, client_address, client_key, client_pseudonym, hit, parse_rate

pytestmark = pytest.mark.django_db

ON = override_settings(VARDE_RATELIMIT_ENABLED=True, VARDE_RATELIMITS={})


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize(
    ("text", "count", "period"),
    [("30/m", 30, 60), ("5/10m", 5, 600), ("1/s", 1, 1), (" 1000 / d ", 1000, 86400), ("2/3h", 2, 10800)],
)
def test_parse_rate(text, count, period):
    assert parse_rate(text) == Rate(count=count, period=period)


@pytest.mark.parametrize("text", ["", "30", "30/", "/m", "0/m", "3/0m", "-1/m", "30/w", "30/mm", "a/m", None])
def test_parse_rate_rejects_nonsense(text):
    with pytest.raises(ValueError):
        parse_rate(text)


@given(st.text(max_size=30))
def test_parse_rate_never_fails_other_than_value_error(text):
    try:
        rate = parse_rate(text)
    except ValueError:
        return
    assert rate.count >= 1 and rate.period >= 1


def test_hit_counts_within_a_window_and_resets_in_the_next():
    rate = Rate(count=3, period=60)
    verdicts = [hit(scope="t", key="k", rate=rate, now=1200.0 + i) for i in range(4)]
    assert [v.allowed for v in verdicts] == [True, True, True, False]
    assert verdicts[-1].retry_after == 57
    assert hit(scope="t", key="k", rate=rate, now=1260.0).allowed
    assert hit(scope="t", key="other", rate=rate, now=1203.0).allowed
    assert hit(scope="other", key="k", rate=rate, now=1203.0).allowed


def test_hit_lets_requests_through_when_the_cache_is_down(monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("redis down")

    monkeypatch.setattr(cache, "add", down)
    verdict = hit(scope="t", key="k", rate=Rate(count=1, period=60))
    assert verdict.allowed


def test_client_address_uses_forwarded_only_behind_a_trusted_proxy(rf):
    assert (
        client_address(rf.get("/", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="1.1.1.1"))
        == "203.0.113.5"
    )
    behind = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7")
    assert client_address(behind) == "198.51.100.7"  # the forged left-most entry is ignored
    assert client_address(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="junk")) == "127.0.0.1"
    assert client_address(rf.get("/", REMOTE_ADDR="127.0.0.1")) == "127.0.0.1"


@given(st.text(max_size=80))
def test_client_address_never_returns_garbage(forwarded):
    from django.test import RequestFactory

    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    address = client_address(request)
    import ipaddress

    ipaddress.ip_address(address)  # raises if not an address


def test_client_key_hides_the_address(rf, django_user_model):
    request = rf.get("/", REMOTE_ADDR="203.0.113.5")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    key = client_key(request)
    assert "203" not in key and len(key) == 24
    request.user = django_user_model.objects.create_user(username="u1", password="x" * 12)
    assert client_key(request) != key


def _view(request):
    return HttpResponse("ok")


@ON
def test_decorator_answers_429_page_after_the_limit(rf):
    from django.contrib.auth.models import AnonymousUser

    view = ratelimit.ratelimit(scope="form", rate="2/m")(_view)

    def post():
        request = rf.post("/skjema/", REMOTE_ADDR="203.0.113.5")
        request.user = AnonymousUser()
        return view(request)

    assert post().status_code == 200
    assert post().status_code == 200
    with translation.override("nb"):
        blocked = post()
    assert blocked.status_code == 429
    assert int(blocked["Retry-After"]) >= 1
    assert blocked["Cache-Control"] == "no-store"
    html = blocked.content.decode()
    assert "for mange forespørsler" in html and "ikke lagret" in html


@ON
def test_decorator_ignores_methods_it_does_not_count(rf):
    view = ratelimit.ratelimit(scope="form", rate="1/m")(_view)
    for _ in range(5):
        assert view(rf.get("/skjema/", REMOTE_ADDR="203.0.113.5")).status_code == 200


@override_settings(VARDE_RATELIMIT_ENABLED=True, VARDE_RATELIMITS={"form": "1/m"})
def test_setting_overrides_the_rate(rf):
    view = ratelimit.ratelimit(scope="form", rate="100/m", methods=None)(_view)
    assert view(rf.get("/x/", REMOTE_ADDR="203.0.113.5")).status_code == 200
    assert view(rf.get("/x/", REMOTE_ADDR="203.0.113.5")).status_code == 429


def test_disabled_in_the_test_profile_by_default(rf):
    view = ratelimit.ratelimit(scope="form", rate="1/m", methods=None)(_view)
    for _ in range(3):
        assert view(rf.get("/x/", REMOTE_ADDR="203.0.113.5")).status_code == 200


def test_a_typo_in_the_rate_fails_at_import():
    with pytest.raises(ValueError):
        ratelimit.ratelimit(scope="form", rate="30 per minute")


@ON
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Du har sendt for mange forespørsler på kort tid."),
        ("nn", "Du har sendt for mange førespurnader på kort tid."),
        ("en", "You have sent too many requests in a short time."),
    ],
)
def test_api_gets_json_429_in_the_readers_language(lang, text):
    router = Router()

    @router.post("/check")
    @ratelimit.ratelimit(scope="api-test", rate="1/m")
    def check(request, term: str):
        return {"term": term}

    client = TestClient(router)
    with translation.override(lang):
        assert client.post(
            "/check?term=a", REMOTE_ADDR="203.0.113.5", headers={"Accept": "application/json"}
        ).json() == {"term": "a"}
        blocked = client.post(
            "/check?term=a", REMOTE_ADDR="203.0.113.5", headers={"Accept": "application/json"}
        )
    assert blocked.status_code == 429
    body = blocked.json()
    assert body["error"].startswith(text)
    assert body["retry_after"] >= 1


def test_ninja_still_sees_the_operation_signature():
    router = Router()

    @router.get("/echo")
    @ratelimit.ratelimit(scope="api-test", rate="10/m", methods=None)
    def echo(request, term: str):
        return {"term": term}

    client = TestClient(router)
    assert client.get("/echo?term=x").json() == {"term": "x"}
    assert client.get("/echo").status_code in (400, 422)


# --- the site-wide rules (RateLimitMiddleware, settings.VARDE_RATELIMIT_RULES) ------------------------
def _limits(**rates):
    return override_settings(VARDE_RATELIMIT_ENABLED=True, VARDE_RATELIMITS=rates)


@pytest.mark.usefixtures("demo_site")
@pytest.mark.parametrize(
    ("prefix", "text"),
    [("", "for mange forespørsler"), ("/nn", "for mange førespurnader"), ("/en", "too many requests")],
)
def test_every_public_form_post_is_limited_per_client_in_the_readers_language(client, prefix, text):
    """No view has to opt in: the identification check's form, posted once too often, answers 429
    in the page's language; another client still gets through."""
    with _limits(form="2/m"):
        for _ in range(2):
            assert client.post(f"{prefix}/avdekke/sjekk/", {}, REMOTE_ADDR="203.0.113.7").status_code != 429
        blocked = client.post(f"{prefix}/avdekke/sjekk/", {}, REMOTE_ADDR="203.0.113.7")
        assert blocked.status_code == 429 and int(blocked["Retry-After"]) >= 1
        assert text in blocked.content.decode()
        assert client.post(f"{prefix}/avdekke/sjekk/", {}, REMOTE_ADDR="203.0.113.8").status_code != 429
        # Reading is not posting: the same client can still open the form.
        assert client.get(f"{prefix}/avdekke/sjekk/", REMOTE_ADDR="203.0.113.7").status_code == 200


@pytest.mark.usefixtures("demo_site")
def test_the_api_is_limited_for_every_method_with_json(client):
    with _limits(api="2/m"):
        for _ in range(2):
            assert client.get("/api/v1/services/", REMOTE_ADDR="203.0.113.7").status_code == 200
        blocked = client.get("/api/v1/services/", REMOTE_ADDR="203.0.113.7")
    assert blocked.status_code == 429 and blocked["Retry-After"]
    body = blocked.json()
    assert body["error"].startswith("Du har sendt for mange") and body["problems"] == []


@pytest.mark.usefixtures("demo_site")
def test_pdfs_are_limited_because_each_is_rendered_on_request(client):
    with _limits(pdf="1/m"):
        assert client.get("/kunnskap/samtalen/pdf/", REMOTE_ADDR="203.0.113.7").status_code == 200
        # A new query string would miss nginx's cache and render again; the limit still counts it.
        assert client.get("/kunnskap/samtalen/pdf/?x=1", REMOTE_ADDR="203.0.113.7").status_code == 429


@pytest.mark.usefixtures("demo_site")
def test_search_is_limited_because_each_new_query_misses_the_page_cache(client):
    with _limits(search="2/m"):
        for query in ("tolk", "barn"):
            assert client.get(f"/en/sok/?q={query}", REMOTE_ADDR="203.0.113.7").status_code == 200
        blocked = client.get("/en/sok/?q=rosa", REMOTE_ADDR="203.0.113.7")
    assert blocked.status_code == 429 and "too many requests" in blocked.content.decode()


@pytest.mark.usefixtures("demo_site")
def test_the_admin_and_reading_pages_are_not_counted_as_forms(client):
    with _limits(form="1/m"):
        for _ in range(3):
            assert client.post("/admin/login/", {}, REMOTE_ADDR="203.0.113.7").status_code != 429
            assert client.get("/kunnskap/", REMOTE_ADDR="203.0.113.7").status_code == 200


@pytest.mark.usefixtures("demo_site")
def test_the_rules_do_nothing_when_limits_are_off(client):
    with override_settings(VARDE_RATELIMIT_ENABLED=False, VARDE_RATELIMITS={"form": "1/m", "api": "1/m"}):
        for _ in range(3):
            assert client.post("/avdekke/sjekk/", {}, REMOTE_ADDR="203.0.113.7").status_code != 429
            assert client.get("/api/v1/services/", REMOTE_ADDR="203.0.113.7").status_code == 200


def test_trusted_proxies_may_be_networks(rf, settings):
    settings.VARDE_TRUSTED_PROXIES = ["172.30.0.0/24", "not-an-address"]  # a container network
    behind = rf.get("/", REMOTE_ADDR="172.30.0.7", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert client_address(behind) == "198.51.100.7"
    outside = rf.get("/", REMOTE_ADDR="172.31.0.7", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert client_address(outside) == "172.31.0.7"


def _behind_nginx(rf, client: str):
    return rf.post("/konto/login/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=client)


def test_the_pseudonym_is_one_stable_stand_in_per_client_and_hides_the_address(rf, settings):
    import ipaddress

    first = client_pseudonym(_behind_nginx(rf, "198.51.100.7"))
    assert first == client_pseudonym(_behind_nginx(rf, "198.51.100.7"))
    assert first != client_pseudonym(_behind_nginx(rf, "198.51.100.8"))
    assert ipaddress.ip_address(first) in ipaddress.ip_network("fd00::/8")
    assert "198.51.100.7" not in first
    settings.SECRET_KEY = "another-secret-key-" * 3
    assert client_pseudonym(_behind_nginx(rf, "198.51.100.7")) != first


def test_sign_in_protection_counts_the_client_behind_nginx_not_nginx(rf):
    """django-axes' lockout and allauth's rate limits see each client's stand-in, not 127.0.0.1."""
    from allauth.account.adapter import get_adapter
    from axes.helpers import get_client_ip_address

    request = _behind_nginx(rf, "198.51.100.7")
    expected = client_pseudonym(request)
    assert get_client_ip_address(request) == expected
    assert get_adapter(request).get_client_ip(request) == expected
    assert expected != client_pseudonym(_behind_nginx(rf, "203.0.113.9"))
