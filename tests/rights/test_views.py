"""The public pages: question form, results, matrix and change log."""

import re

import pytest

pytestmark = pytest.mark.django_db

CHECK = "/rettigheter/sjekk/"


def test_form_renders_without_result(client):
    response = client.get(CHECK)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert 'method="get"' in html and 'name="status"' in html and 'name="q_asylum"' in html
    assert "rights-result-heading" not in html


def test_result_nb_child_without_lawful_residence(client):
    response = client.get(CHECK, {"status": "unl", "under18": "yes", "date": "2026-01-15"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert "Opplysningsplikt til barnevernet" in html
    assert html.index("Opplysningsplikt til barnevernet") < html.index("Taushetsplikt og unntak")
    assert "<summary>Hvorfor?</summary>" in html
    assert "Usikkert – spør den offentlige tannhelsetjenesten i fylket" in html
    assert "https://lovdata.no/dokument/SF/forskrift/2011-12-16-1255" in html
    assert "/hjelp/?need=health&amp;group=child" in html


def test_result_en(client):
    response = client.get(f"/en{CHECK}", {"status": "asy", "age": "30", "date": "2026-01-15"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Asylum seekers are members of the National Insurance Scheme" in html
    assert "/en/hjelp/?need=" in html
    assert "<summary>Why?</summary>" in html and "Where to get help" in html


def test_result_nn_uses_nynorsk_rule_texts(client):
    response = client.get(f"/nn{CHECK}", {"status": "unl", "age": "30"})
    html = response.content.decode()
    assert "Velferd og bustad" in html and "<summary>Kvifor?</summary>" in html


def test_derived_status_from_questions(client):
    response = client.get(CHECK, {"status": "", "q_asylum": "yes", "age": "28"})
    assert response.status_code == 200
    assert "Asylsøker (også Dublin-saker)" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"status": "martian"}, "Ukjent status «martian»"),
        ({"status": "unl", "age": "abc"}, "Alder må være et helt tall"),
        ({"status": "unl", "age": "200"}, "Alder må være mellom 0 og 130"),
        ({"status": "unl", "date": "2025-13-40"}, "ÅÅÅÅ-MM-DD"),
        ({"status": ""}, "Velg en status"),
        ({"status": "unl", "pregnant": "kanskje"}, "Bruk ja eller nei"),
    ],
)
def test_bad_input_is_a_400_with_a_clear_message(client, params, message):
    response = client.get(CHECK, params)
    assert response.status_code == 400
    assert response["Cache-Control"] == "no-store"
    assert message in response.content.decode()


def test_bad_input_message_in_english(client):
    response = client.get(f"/en{CHECK}", {"status": "unl", "age": "abc"})
    assert response.status_code == 400
    assert "Age must be a whole number of years" in response.content.decode()


def test_pages_have_no_inline_scripts_or_styles(client):
    for url in (f"{CHECK}?status=unl&under18=yes", "/rettigheter/oversikt/", "/rettigheter/endringer/"):
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert " style=" not in html and "<style" not in html, url
        assert "rights/rights.css" in html


def test_overview_matrix(client):
    response = client.get("/rettigheter/oversikt/", {"band": "u16", "date": "2025-07-01"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Uten lovlig opphold" in html and "Fastlege" in html and "Under 16 år" in html
    assert 'data-rule="H8-abortion-2025"' in html
    old = client.get("/rettigheter/oversikt/", {"band": "u16", "date": "2025-05-01"}).content.decode()
    assert 'data-rule="H8-abortion-1975"' in old


def test_overview_bad_input(client):
    assert client.get("/rettigheter/oversikt/", {"band": "99"}).status_code == 400
    assert client.get("/rettigheter/oversikt/", {"date": "x"}).status_code == 400


def test_changes_page(client):
    response = client.get("/en/rettigheter/endringer/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "2025-06-01" in html and "The new Abortion Act applies to everyone" in html


def test_nothing_is_logged_with_the_facts(client, caplog):
    with caplog.at_level("DEBUG"):
        client.get(CHECK, {"status": "unl", "age": "abc", "pregnant": "yes"})
    assert "pregnant" not in caplog.text and "abc" not in caplog.text
