"""The sign-in code step while Redis is down, in a real browser: the reason is shown in the page's
language, the page passes axe, and it works with JavaScript off (varde/core/cache.py)."""

import re

import pytest

from tests.browser import assert_no_axe_violations
from tests.workspace.browser_steps import PASSWORD, member_with_totp, totp_code

REASON = {
    "": "Vi kan ikke sjekke engangskoder akkurat nå",
    "/nn": "Vi kan ikkje sjekke eingongskodar akkurat no",
    "/en": "We cannot check one-time codes right now",
}


def code_step_while_redis_is_down(page, base, prefix):
    user, secret = member_with_totp()
    page.goto(f"{base}{prefix}/konto/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/konto/2fa/authenticate/"))
    page.fill("input[name=code]", totp_code(secret))
    page.click("main form button[type=submit] >> nth=0")
    page.wait_for_load_state()


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["", "/nn", "/en"])
def test_the_code_step_says_why_in_the_readers_language(live_site, browser_page, redis_down, prefix):
    code_step_while_redis_is_down(browser_page, live_site.url, prefix)
    assert REASON[prefix] in browser_page.inner_text("main")
    assert "/konto/2fa/authenticate/" in browser_page.url  # not signed in
    assert_no_axe_violations(browser_page)


@pytest.mark.browser
def test_the_code_step_says_why_without_javascript(live_site, browser_page_nojs, redis_down):
    code_step_while_redis_is_down(browser_page_nojs, live_site.url, "")
    assert REASON[""] in browser_page_nojs.inner_text("main")
