"""The identification check in a real browser, by keyboard only, with and without JavaScript."""

import pytest

from tests.browser import assert_no_axe_violations

pytestmark = pytest.mark.browser


YES = {"a_companion_speaks", "a_no_id_control", "a_debt_bondage", "a_excessive_hours", "a_housing_controlled"}


def tab_to(page, js_condition: str, limit: int = 250) -> None:
    """Press Tab until the focused element satisfies the condition (an expression over `el`)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            f"(() => {{ const el = document.activeElement; return !!(el && ({js_condition})); }})()"
        ):
            return
    raise AssertionError(f"never reached focus on: {js_condition}")


def press_next(page) -> None:
    tab_to(page, "el.name === 'nav' && el.value === 'next'")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def current_step(page) -> str:
    return page.locator('input[name="step"]').first.get_attribute("value")


def run_flow(page, base_url, *, axe: bool):
    """Complete the flow by keyboard. axe-core needs JavaScript, so it runs only on the JS page."""
    page.goto(base_url + "/avdekke/sjekk/")
    assert current_step(page) == "context"
    if axe:
        assert_no_axe_violations(page)
    # Age: first radio is "under 18"; the arrow key moves to "maybe", and once more to "adult".
    tab_to(page, "el.name === 'age'")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.locator("#age-adult").is_checked()
    tab_to(page, "el.name === 'acute_danger'")
    page.keyboard.press("ArrowLeft")  # from the preselected "Vet ikke" to "Nei"
    assert page.locator("#acute_danger-no").is_checked()
    press_next(page)
    checked_axe = False
    for _ in range(8):
        step = current_step(page)
        if step == "result":
            break
        if axe and not checked_axe:
            assert_no_axe_violations(page)
            checked_axe = True
        names = page.eval_on_selector_all(
            'input[type="radio"][name^="a_"]', "els => [...new Set(els.map(e => e.name))]"
        )
        for name in names:
            if name in YES:
                tab_to(page, f"el.name === '{name}'")
                page.keyboard.press("Space")  # the first radio in each group is "Ja"
                assert page.locator(f"#{name}-yes").is_checked()
        press_next(page)
    assert current_step(page) == "result"


def test_flow_without_javascript_by_keyboard(live_site, browser_page_nojs):
    page = browser_page_nojs
    run_flow(page, live_site.url, axe=False)
    assert "Sterke tegn" in page.locator("#level").inner_text()
    note = page.locator("#concern-note")
    assert note.get_attribute("readonly") is not None
    assert "Bekymringsnotat" in note.input_value()
    assert "Personen har ikke selv pass" in note.input_value()
    assert not page.locator("#print-note").is_visible()  # the print button needs JS; a hint is shown instead
    assert page.context.cookies() == []
    page.emulate_media(media="print")
    assert page.locator(".v-id__print-note").is_visible()
    assert "Bekymringsnotat" in page.locator(".v-id__print-note").inner_text()
    assert not page.locator(".v-id__form").is_visible()


def test_flow_with_javascript_by_keyboard_and_print(live_site, browser_page):
    page = browser_page
    run_flow(page, live_site.url, axe=True)
    assert_no_axe_violations(page)
    assert "Sterke tegn" in page.locator("#level").inner_text()
    page.evaluate(
        "window.__printed = 0; window.__stacks = [];"
        "window.print = () => { window.__printed += 1; window.__stacks.push(new Error().stack); };"
        "document.addEventListener('click', e => window.__stacks.push('click ' + e.target.id + ' ' + e.isTrusted + ' ' + e.detail), true);"
    )
    tab_to(page, "el.id === 'print-note'")
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == 1, page.evaluate("window.__stacks")
    page.emulate_media(media="print")
    assert "Bekymringsnotat" in page.locator(".v-id__print-note").inner_text()
    assert not page.locator("#concern-note").is_visible()


def test_back_button_by_keyboard(live_site, browser_page_nojs):
    page = browser_page_nojs
    page.goto(live_site.url + "/en/avdekke/sjekk/")
    page.locator("#age-adult").check()
    press_next(page)
    assert current_step(page) == "contact"
    tab_to(page, "el.name === 'nav' && el.value === 'back'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert current_step(page) == "context"
    assert page.locator("#age-adult").is_checked()
