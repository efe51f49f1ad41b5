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


@pytest.mark.parametrize("lang", ["ar", "vi"])
def test_worker_makes_leaflet_in_browser_and_it_prints_with_real_glyphs(live_site, browser_page, lang):
    """The worker picks language and situation, downloads the PDF, and the QR shown opens the page."""
    from tests.person.pdftools import pdf_fonts, pdf_pages, pdf_text
    from tests.person.test_leaflet import _qr_url

    page = browser_page
    page.goto(f"{live_site.url}/info/brosjyre/")
    page.select_option("#id_sprak", lang)
    page.select_option("#id_situasjon", "asyl")
    page.click("button[name=vis]")
    href = page.locator(".p-leaflet-result a.ds-button").get_attribute("href")
    response = page.request.get(href if "://" in href else live_site.url + href)
    assert response.headers["content-type"] == "application/pdf"
    pdf = response.body()
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    title = catalogue.load(lang).texts["title"]
    # pdftotext gives Arabic in logical order; the first word of the title must be there, and no
    # replacement character (a glyph the fonts could not draw).
    assert title.split()[0] in text and "\ufffd" not in text
    assert "Noto" in pdf_fonts(pdf)
    # The QR code the browser shows decodes to the person's page in that language.
    assert _qr_url(page.content()).endswith(f"/info/{lang}/asyl/")
