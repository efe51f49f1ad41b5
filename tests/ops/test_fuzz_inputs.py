"""Fuzzing the input parsers at the edge: whatever a reader or a client sends, the answer is never a 500.

Routes are discovered from the URL configuration (every public view without URL parameters, and every
API operation without path parameters), so each capability's forms, filters and query parsing are
fuzzed as soon as it lands. Runs on the site chrome only (fast); the bench and schemathesis cover the
full demo content.
"""

import pytest
from bench._site import _parameterless_routes
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from varde.core.i18n import language_prefix, localized_path

pytestmark = pytest.mark.django_db

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)

# Text that tends to break parsers: control characters, huge numbers, odd Unicode, markup, SQL.
nasty = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "0",
            "-1",
            "99999999999999999999",
            "1e309",
            "NaN",
            "null",
            "true",
            "[]",
            "{}",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "../../etc/passwd",
            "%00",
            "\x00",
            "ø" * 500,
            "12345678901",
            "2026-02-30",
            "nb",
            "xx",
        ]
    ),
)
params = st.dictionaries(
    st.sampled_from(
        ["q", "lang", "age", "date", "page", "kommune", "sted", "type", "tema", "sort", "format", "x"]
    ),
    st.one_of(nasty, st.lists(nasty, max_size=3)),
    max_size=4,
)


def _public_routes() -> list[str]:
    return sorted({url for _name, url in _parameterless_routes()})


def _api_get_routes() -> list[str]:
    from django.urls import get_resolver

    routes = []
    for pattern in get_resolver().url_patterns:
        if str(pattern.pattern) == "api/v1/":
            for sub in pattern.url_patterns:
                route = str(sub.pattern)
                if "<" not in route and not route.endswith(("docs", ".json")):
                    routes.append("/api/v1/" + route)
    return sorted(set(routes))


@pytest.fixture
def anon(chrome_site):
    return Client(raise_request_exception=True)


def test_there_are_routes_to_fuzz():
    assert "/avdekke/sjekk/" in _public_routes() or len(_public_routes()) > 0


@FUZZ
@given(data=st.data(), query=params)
def test_public_views_never_fail_on_query_strings(anon, data, query):
    url = data.draw(st.sampled_from(_public_routes()))
    assert anon.get(url, query).status_code < 500


@FUZZ
@given(data=st.data(), form=params)
def test_public_forms_never_fail_on_posted_data(anon, data, form):
    url = data.draw(st.sampled_from(_public_routes()))
    assert anon.post(url, form).status_code < 500


@FUZZ
@given(data=st.data(), query=params)
def test_api_never_fails_on_query_strings(anon, data, query):
    routes = _api_get_routes()
    if not routes:
        pytest.skip("no API operations without path parameters yet")
    url = data.draw(st.sampled_from(routes))
    response = anon.get(url, query)
    assert response.status_code < 500
    if response.status_code == 400:
        assert response.json()  # a message, not an empty body


@FUZZ
@given(data=st.data(), body=st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)))
def test_api_never_fails_on_raw_post_bodies(anon, data, body):
    routes = _api_get_routes()
    if not routes:
        pytest.skip("no API operations without path parameters yet")
    url = data.draw(st.sampled_from(routes))
    assert anon.generic("POST", url, body, content_type="application/json").status_code < 500


@given(st.sampled_from(["nb", "nn", "en"]), st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå-/", max_size=40))
def test_localized_path_prefixes_only_other_languages(lang, tail):
    path = "/" + tail
    result = localized_path(path, lang)
    assert result.endswith(path)
    assert result == path if lang == "nb" else result == f"/{lang}{path}"
    assert language_prefix(lang) in ("", "/nn", "/en")


def test_superscript_digits_are_not_numbers_anywhere(client):
    """'²' passes str.isdigit() but int('²') fails: number checks must use isdecimal()."""
    for url in ("/hjelp/?place=%C2%B2%C2%B3", "/nettverket/arbeidsrom/moter/?aar=%C2%B9%C2%B2%C2%B3%C2%B4"):
        assert client.get(url).status_code < 500
