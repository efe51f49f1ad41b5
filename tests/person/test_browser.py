"""Person pages and the leaflet form in a real browser: axe in every language, quick exit without JS."""

import pytest

from tests.browser import assert_no_axe_violations
from varde.person import catalogue

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", catalogue.available())
def test_person_page_has_no_axe_violations(live_site, browser_page_nojs, lang):
    browser_page_nojs.goto(f"{live_site.url}/info/{lang}/uten-opphold/")
    assert browser_page_nojs.locator("html").get_attribute("lang") == lang
    assert_no_axe_violations(browser_page_nojs)


def test_leaflet_form_has_no_axe_violations_and_works_without_js(live_site, browser_page_nojs):
    page = browser_page_nojs
    page.goto(f"{live_site.url}/info/brosjyre/")
    assert_no_axe_violations(page)
    page.select_option("#id_sprak", "ar")
    page.select_option("#id_situasjon", "barn")
    page.click("button[name=vis]")
    assert page.locator("#leaflet-qr").is_visible()
    assert_no_axe_violations(page)


def test_quick_exit_without_javascript(live_site, browser_page_nojs):
    browser_page_nojs.goto(f"{live_site.url}/info/ar/")
    browser_page_nojs.click("#quick-exit")
    browser_page_nojs.wait_for_url("https://www.yr.no/")
