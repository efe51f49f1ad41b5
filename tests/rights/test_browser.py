"""The rights navigator in a real browser: without JavaScript, by keyboard, with axe.

axe-core needs JavaScript to run, so the no-JS flows are checked for behaviour and the same URLs are then
checked with axe in a JavaScript-enabled page.
"""

import pytest
from playwright.sync_api import expect

from tests.browser import assert_no_axe_violations

pytestmark = pytest.mark.browser

CHECK = "/rettigheter/sjekk/"


def _press(page, selector, key="Space"):
    page.focus(selector)
    page.keyboard.press(key)


def _submit_by_keyboard(page):
    page.focus("form.rights-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_child_without_lawful_residence_by_keyboard_without_js(live_site, browser_page_nojs):
    page = browser_page_nojs
    page.goto(live_site.url + CHECK)
    # Status unknown: answer "Nei" to every status question, then "may be under 18".
    for name in ("q_resident", "q_asylum", "q_reflection", "q_limited", "q_permit", "q_eea"):
        _press(page, f"#id_{name}_2")
        assert page.is_checked(f"#id_{name}_2")
    _press(page, "#id_under18")
    assert page.is_checked("#id_under18")
    _submit_by_keyboard(page)

    assert "q_eea=no" in page.url and "under18=yes" in page.url
    assert page.locator("#rights-result-heading").is_visible()
    assert "Uten lovlig opphold" in page.locator(".rights-result").inner_text()
    first_duty = page.locator(".rights-duty").first
    assert first_duty.get_attribute("data-duty") == "D3-child-welfare"
    dental = page.locator('[data-entitlement="dental"] .rights-conclusion')
    assert dental.inner_text().startswith("Usikkert – spør")
    # "Hvorfor?" opens by keyboard without JavaScript.
    why = page.locator('[data-entitlement="full_rights"] details')
    _press(page, '[data-entitlement="full_rights"] summary', "Enter")
    assert why.get_attribute("open") is not None
    # Wait for the opened details to be laid out before reading its visible text.
    expect(why).to_contain_text("Forskrift 1255")
    help_link = page.locator(".rights-group a[href*='/hjelp/?need=health']")
    assert "group=child" in help_link.get_attribute("href")


def test_asylum_seeker_by_keyboard_without_js(live_site, browser_page_nojs):
    page = browser_page_nojs
    page.goto(live_site.url + CHECK)
    page.focus("#id_status")
    page.keyboard.type("Asyl")
    assert page.eval_on_selector("#id_status", "el => el.value") == "asy"
    page.focus("#id_age")
    page.keyboard.type("34")
    _submit_by_keyboard(page)

    assert "status=asy" in page.url and "age=34" in page.url
    fastlege = page.locator('[data-entitlement="fastlege"]')
    assert fastlege.get_attribute("data-conclusion") == "yes"
    assert page.locator('[data-entitlement="nav_money"]').get_attribute("data-conclusion") == "limited"
    assert page.locator(".rights-duty").first.get_attribute("data-duty") == "D1-confidentiality"


def test_bad_input_shows_message_without_js(live_site, browser_page_nojs):
    page = browser_page_nojs
    response = page.goto(live_site.url + CHECK + "?status=unl&age=abc")
    assert response.status == 400
    assert "Alder må være et helt tall" in page.locator("#rights-error").inner_text()
    assert page.get_attribute("#id_age", "aria-invalid") == "true"


@pytest.mark.parametrize(
    "path",
    [
        CHECK,
        CHECK + "?q_resident=no&q_asylum=no&q_reflection=no&q_limited=no&q_permit=no&q_eea=no&under18=yes",
        CHECK + "?status=asy&age=34",
        CHECK + "?status=unl&age=abc",
        "/rettigheter/oversikt/",
        "/en/rettigheter/oversikt/?band=u16",
        "/nn/rettigheter/endringer/",
    ],
)
def test_pages_have_no_axe_violations(live_site, browser_page, path):
    browser_page.goto(live_site.url + path)
    assert_no_axe_violations(browser_page)


def test_english_result_with_js(live_site, browser_page):
    page = browser_page
    page.goto(live_site.url + "/en" + CHECK + "?status=ref&age=25")
    assert page.locator("html").get_attribute("lang") == "en"
    assert (
        page.locator('[data-entitlement="full_rights"] .rights-conclusion')
        .inner_text()
        .startswith("Uncertain – ask NAV")
    )
    assert_no_axe_violations(page)
