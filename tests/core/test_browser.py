"""The home page in a real browser: three languages, axe, skip link by keyboard, quick exit."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser import assert_no_axe_violations

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("path", "lang"), [("/", "nb"), ("/nn/", "nn"), ("/en/", "en")])
def test_home_page_has_no_axe_violations(live_site, browser_page, path, lang):
    browser_page.goto(live_site.url + path)
    assert browser_page.locator("html").get_attribute("lang") == lang
    assert_no_axe_violations(browser_page)


@pytest.mark.parametrize("path", ["/tilgjengelighet/", "/en/tilgjengelighet/", "/nn/finst-ikkje/"])
def test_content_and_error_pages_have_no_axe_violations(live_site, browser_page, path):
    browser_page.goto(live_site.url + path)
    assert_no_axe_violations(browser_page)


def test_skip_link_by_keyboard_moves_focus_to_main(live_site, browser_page):
    browser_page.goto(live_site.url + "/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Hopp til hovedinnhold"
    assert browser_page.locator(".ds-skip-link").is_visible()
    browser_page.keyboard.press("Enter")
    expect(browser_page).to_have_url(re.compile(r"#main$"))  # the jump is not synchronous with the key
    expect(browser_page.locator("#main")).to_be_focused()


def test_quick_exit_without_javascript_is_a_plain_link(live_site, browser_page_nojs):
    page = browser_page_nojs
    page.goto(live_site.url + "/tilgjengelighet/")
    assert page.locator("main h1").inner_text() == "Tilgjengelighetserklæring"
    page.click("#quick-exit")
    page.wait_for_url("https://www.yr.no/")
    assert page.title() == "Offsite"


def test_quick_exit_with_javascript_replaces_history(live_site, browser_page):
    page = browser_page
    page.goto(live_site.url + "/")
    page.goto(live_site.url + "/tilgjengelighet/")
    page.click("#quick-exit")
    page.wait_for_url("https://www.yr.no/")
    page.go_back()
    # The page the reader was on is gone from history: Back does not return to it.
    assert "/tilgjengelighet/" not in page.url


def test_quick_exit_by_pressing_shift_three_times(live_site, browser_page):
    page = browser_page
    page.goto(live_site.url + "/rettigheter/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url("https://www.yr.no/")
    assert page.title() == "Offsite"


def test_axe_check_also_covers_pages_without_javascript(live_site, browser_page_nojs):
    browser_page_nojs.goto(live_site.url + "/en/")
    assert_no_axe_violations(browser_page_nojs)
    # The no-JS page itself is untouched by the check.
    assert browser_page_nojs.locator("html").get_attribute("lang") == "en"


def _assert_message_page(page, lang, heading):
    """An error page without JavaScript: in the page's language, its heading, and no axe violations."""
    assert page.locator("html").get_attribute("lang") == lang
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    assert_no_axe_violations(page)


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/hjelp/?sted=%00", "nb", "Ugyldig tegn i adressen"),
        ("/nn/hjelp/?sted=%00", "nn", "Ugyldig teikn i adressa"),
        ("/en/hjelp/?sted=%00", "en", "Invalid character in the address"),
    ],
)
def test_the_plain_message_page_reads_in_the_page_language_without_javascript(
    live_site, browser_page_nojs, path, lang, heading
):
    """The 400/503 page is rendered without the base template; it must still pass axe on its own."""
    response = browser_page_nojs.goto(live_site.url + path)
    assert response.status == 400
    _assert_message_page(browser_page_nojs, lang, heading)


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/sok/", "nb", "For mange forespørsler"),
        ("/nn/sok/", "nn", "For mange førespurnader"),
        ("/en/sok/", "en", "Too many requests"),
    ],
)
def test_the_rate_limit_page_reads_in_the_page_language_without_javascript(
    live_site, browser_page_nojs, settings, path, lang, heading
):
    """The site-wide limits (RateLimitMiddleware) can now reach any reader: their 429 page must pass
    axe and read in the page's language without JavaScript."""
    settings.VARDE_RATELIMIT_ENABLED = True
    settings.VARDE_RATELIMITS = {"search": "1/m"}
    assert browser_page_nojs.goto(f"{live_site.url}{path}?q=tolk").status == 200
    response = browser_page_nojs.goto(f"{live_site.url}{path}?q=barn")
    assert response.status == 429
    _assert_message_page(browser_page_nojs, lang, heading)
