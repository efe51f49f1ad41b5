"""A NUL character (``%00``) in a URL or a query parameter is answered 400 with a message, never 500.

PostgreSQL refuses NUL in any text it is given, so one ``?q=%00`` that reaches a query would fail the
request. Schemathesis once found it in the training catalogue's ``q``; this sweeps every parameterless
public view and API operation with every parameter name the views read, on both databases.
"""

import pytest
from bench._site import _parameterless_routes
from django.test import Client

from tests.ops.test_fuzz_inputs import _api_get_routes

pytestmark = pytest.mark.django_db

PARAMETERS = ["q", "level", "format", "region", "topic", "language", "place", "sted", "kommune", "fylke",
              "type", "tema", "status", "lang", "page", "side", "aar", "sort", "age"]  # fmt: skip


@pytest.fixture
def anon(demo_site):
    return Client(raise_request_exception=True)


def _routes():
    return sorted({url for _name, url in _parameterless_routes()}) + _api_get_routes()


def test_nul_in_any_query_parameter_is_a_400_with_a_message(anon):
    for url in _routes():
        for name in PARAMETERS:
            response = anon.get(url, {name: "rett\x00igheter"})
            assert response.status_code == 400, (url, name, response.status_code)
            if url.startswith("/api/"):
                assert response.json()["error"]
            else:
                assert "Ugyldig tegn" in response.content.decode()


def test_nul_in_a_parameter_name_or_the_path_is_a_400(anon):
    assert anon.get("/hjelp/", {"q\x00": "x"}).status_code == 400
    for path in ("/avdekke/%00/", "/en/%00", "/api/v1/competence/surveys/a%00b/results", "/%00"):
        assert anon.get(path).status_code == 400, path


def test_the_message_follows_the_page_language(anon):
    assert "Invalid character" in anon.get("/en/hjelp/", {"q": "\x00"}).content.decode()
    assert "Ugyldig teikn" in anon.get("/nn/hjelp/", {"q": "\x00"}).content.decode()


def test_text_without_nul_is_untouched(anon):
    assert anon.get("/api/v1/competence/catalogue", {"q": "plikter"}).status_code == 200
    assert anon.get("/hjelp/", {"q": "Oslo"}).status_code == 200


def test_other_bad_requests_get_the_same_plain_message(client, settings):
    """Django's own 400s (here an unknown host name) use the plain message page, not Django's English."""
    settings.ALLOWED_HOSTS = ["varde.example"]
    response = client.get("/hjelp/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Ugyldig forespørsel" in response.content.decode()
