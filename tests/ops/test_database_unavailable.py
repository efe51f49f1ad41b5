"""A view that loses its database mid-request (PostgreSQL restarting, a failover) answers 503 with a
message in the reader's language and Retry-After, never a 500."""

import pytest
from django.db import OperationalError
from django.test import RequestFactory

from varde.core.middleware import DatabaseUnavailableMiddleware
from varde.directory import selectors

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_gone(monkeypatch):
    def cut(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(selectors, "service_search", cut)
    monkeypatch.setattr(selectors, "service_get", cut)


def test_a_page_answers_503_in_bokmal_with_retry_after(client, database_gone):
    response = client.get("/hjelp/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response["Cache-Control"] == "no-store"
    body = response.content.decode()
    assert "fikk ikke kontakt med databasen" in body and 'lang="nb"' in body
    assert "skjema" not in body  # a GET sent no form
    assert "112" in body


@pytest.mark.parametrize(
    ("prefix", "words", "lang"),
    [("/nn", "fekk ikkje kontakt med databasen", "nn"), ("/en", "could not reach its database", "en")],
)
def test_the_message_is_in_the_pages_language(client, database_gone, prefix, words, lang):
    response = client.get(f"{prefix}/hjelp/")
    assert response.status_code == 503
    body = response.content.decode()
    assert words in body and f'lang="{lang}"' in body


def test_a_form_post_is_told_to_check_before_sending_again(client, database_gone):
    response = client.post("/hjelp/tjeneste/rosa/foresla-endring/", {"message": "Nytt nummer."})
    assert response.status_code == 503
    assert "Sjekk det før du sender på nytt" in response.content.decode()


def test_the_api_answers_503_as_json(client, database_gone):
    response = client.get("/api/v1/services/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "databasen" in response.json()["error"]


def test_other_errors_are_left_alone():
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    request = RequestFactory().get("/")
    assert middleware.process_exception(request, ValueError("a bug")) is None
    assert middleware.process_exception(request, OperationalError("gone")).status_code == 503
