"""Find help in a real browser: 24/7 help for a child in a kommune, a suggested change, axe, no JS."""

import pytest

from tests.browser import assert_no_axe_violations

pytestmark = pytest.mark.browser


@pytest.fixture
def directory_site(live_site, settings):
    """The shared live server (whole demo site) plus a local 24/7 service in Tromsø."""
    from varde.directory.models import Kommune, Service

    settings.VARDE_DIRECTORY_MIN_FORM_SECONDS = 0
    local, _created = Service.objects.update_or_create(
        slug="test-bvv-tromso",
        defaults={
            "name": "Barnevernvakta i Tromsø (test)",
            "categories": ["child_welfare"],
            "groups": ["child"],
            "coverage": "local",
            "description_nb": "Testtjeneste.",
            "is_24_7": True,
        },
    )
    local.kommuner.set([Kommune.objects.get(number="5501")])
    local.save()
    return live_site


def test_find_24_7_help_for_child_in_kommune_without_js(directory_site, browser_page_nojs):
    page = browser_page_nojs
    page.goto(directory_site.url + "/hjelp/")
    page.check("#group-child")
    page.fill("#place", "Tromsø")
    page.check("#open-24-7")
    page.click("button[type=submit].ds-button")
    page.wait_for_url("**/hjelp/?*")
    titles = page.locator(".v-dir__card h3").all_inner_texts()
    assert titles[0] == "Barnevernvakta i Tromsø (test)"
    assert "Legevakt 116 117" in titles and "ROSA – hjelpetelefon mot menneskehandel" not in titles


@pytest.mark.parametrize(
    "path",
    [
        "/hjelp/",
        "/hjelp/?group=child&place=Troms%C3%B8&open=24-7",
        "/en/hjelp/?need=shelter",
        "/hjelp/tjeneste/rosa/",
    ],
)
def test_directory_pages_have_no_axe_violations(directory_site, browser_page, path):
    # axe-core needs JavaScript, so the checks run with it on; the no-JS flows are tested above and below.
    browser_page.goto(directory_site.url + path)
    assert_no_axe_violations(browser_page)


def test_bad_filter_shows_error_summary(directory_site, browser_page):
    page = browser_page
    response = page.goto(directory_site.url + "/hjelp/?place=Atlantis")
    assert response.status == 400
    assert "Atlantis" in page.locator("#error-summary").inner_text()
    assert_no_axe_violations(page)


def test_suggested_change_reaches_editor_queue(directory_site, browser_page_nojs):
    from varde.directory.models import ChangeSuggestion

    page = browser_page_nojs
    page.goto(directory_site.url + "/hjelp/tjeneste/rosa/")
    page.click("text=Foreslå endring")
    page.fill("#id_message", "Nettsiden har ny adresse.")
    page.click("button[type=submit].ds-button")
    page.wait_for_url("**/hjelp/tjeneste/rosa/?takk=1")
    assert page.locator("[role=status]").is_visible()
    suggestion = ChangeSuggestion.objects.get()
    assert suggestion.service.slug == "rosa" and suggestion.status == "new"


def test_suggest_form_has_no_axe_violations(directory_site, browser_page):
    browser_page.goto(directory_site.url + "/hjelp/tjeneste/rosa/foresla-endring/")
    assert_no_axe_violations(browser_page)
