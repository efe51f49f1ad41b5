"""The public chrome: home page in three languages, navigation, headers, health, errors, demo loader."""

import logging

import pytest
from django.core.management import call_command
from wagtail.models import Page

from varde.core.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "lang", "title_part"),
    [("/", "nb", "omsorgstjenestene"), ("/nn/", "nn", "omsorgstenestene"), ("/en/", "en", "care services")],
)
def test_home_page_in_each_language(client, demo_site, path, lang, title_part):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert title_part in html
    assert 'class="ds-skip-link" href="#main"' in html
    assert 'id="main"' in html
    assert 'id="quick-exit"' in html and 'href="https://www.yr.no/"' in html


def test_main_navigation_links_every_capability_in_the_current_language(client, demo_site):
    html = client.get("/en/").content.decode()
    for slug in ("kunnskap", "avdekke", "rettigheter", "hjelp", "kurs", "nettverket"):
        assert f'href="/en/{slug}/"' in html
        assert client.get(f"/en/{slug}/", follow=True).status_code == 200


def test_interface_text_is_translated(client, demo_site):
    assert "Skip to main content" in client.get("/en/").content.decode()
    assert "Hopp til hovudinnhald" in client.get("/nn/").content.decode()
    assert "Forlat siden" in client.get("/").content.decode()
    assert "Leave this page" in client.get("/en/").content.decode()


def test_language_switcher_points_to_the_same_page_in_other_languages(client, demo_site):
    html = client.get("/en/tilgjengelighet/").content.decode()
    assert 'href="/tilgjengelighet/" lang="nb"' in html
    assert 'href="/nn/tilgjengelighet/" lang="nn"' in html


def test_footer_links_accessibility_statement(client, demo_site):
    html = client.get("/").content.decode()
    assert 'href="/tilgjengelighet/"' in html
    statement = client.get("/tilgjengelighet/")
    assert statement.status_code == 200
    assert "WCAG 2.1" in statement.content.decode()
    assert client.get("/en/tilgjengelighet/").status_code == 200


def test_security_headers_on_public_pages(client, demo_site):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["Referrer-Policy"] == "no-referrer"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/", "/nn/", "/en/", "/kunnskap/", "/hjelp/", "/api/v1/rights/rules"])
def test_language_comes_from_the_url_so_pages_do_not_vary_by_accept_language(client, demo_site, path):
    """A front cache keeps one copy per page, not one per browser language setting."""
    as_english = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    as_nynorsk = client.get(path, HTTP_ACCEPT_LANGUAGE="nn")
    assert as_english.status_code == as_nynorsk.status_code == 200
    assert as_english.content == as_nynorsk.content
    assert as_english["Content-Language"] == as_nynorsk["Content-Language"]
    assert "accept-language" not in as_english.get("Vary", "").lower()


def test_public_pages_have_no_inline_script(client, demo_site):
    html = client.get("/").content.decode()
    assert "<script>" not in html and "onclick" not in html and 'style="' not in html


def test_unknown_page_gives_friendly_404_in_the_language(client, demo_site):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_reports_a_cache_failure_but_stays_200(client, monkeypatch):
    """The site serves without its cache (docs/decisions/0005-cache-optional.md)."""
    from varde.core import views

    monkeypatch.setattr(views.cache, "get", lambda *a, **k: None)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "error"}


def test_healthz_reports_503_when_the_database_fails(client, monkeypatch):
    from varde.core import views

    monkeypatch.setattr(views, "_check_database", lambda: False)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error" and response.json()["database"] == "error"


def test_load_demo_is_idempotent(capsys):
    call_command("load_demo")
    counts = (HomePage.objects.count(), ContentPage.objects.count(), Page.objects.count())
    call_command("load_demo")
    assert (HomePage.objects.count(), ContentPage.objects.count(), Page.objects.count()) == counts
    assert HomePage.objects.count() == 3  # nb, nn, en
    from varde.core.demo import capability_slugs
    from varde.core.demo_content import SECTIONS

    chrome_pages = len(set(SECTIONS) - capability_slugs()) + 1  # + the accessibility statement
    assert ContentPage.objects.count() == chrome_pages * 3
    out = capsys.readouterr().out
    assert "user: redaktor" in out and "password:" in out


def test_demo_editor_can_log_in_to_the_admin(client):
    call_command("load_demo", "--password", "a-long-demo-password")
    assert client.login(username="redaktor", password="a-long-demo-password")
    assert client.get("/admin/").status_code == 200


def test_log_records_never_carry_query_strings_or_request_objects(rf):
    from varde.core.logging import RedactRequestFilter

    request = rf.get("/avdekke/sjekk/?age=15&observed=injuries")
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s',
        ("GET /avdekke/sjekk/?age=15 HTTP/1.1", "200"),
        None,
    )
    record.request = request
    assert RedactRequestFilter().filter(record)
    assert "age=15" not in record.getMessage()
    assert record.request == "GET /avdekke/sjekk/"


def test_rights_landing_page_links_the_navigator_in_each_language(client, demo_site):
    assert 'href="/rettigheter/sjekk/"' in client.get("/rettigheter/").content.decode()
    assert 'href="/en/rettigheter/sjekk/"' in client.get("/en/rettigheter/").content.decode()


def test_signed_in_areas_use_same_origin_referrer_for_csrf(client, demo_site):
    assert client.get("/admin/login/")["Referrer-Policy"] == "same-origin"
    assert client.get("/en/konto/login/")["Referrer-Policy"] == "same-origin"
    assert client.get("/")["Referrer-Policy"] == "no-referrer"


def test_public_pages_without_forms_send_no_referrer_in_the_page(client, demo_site):
    assert '<meta name="referrer" content="no-referrer">' in client.get("/").content.decode()
