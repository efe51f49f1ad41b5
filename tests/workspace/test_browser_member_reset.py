"""Resetting a member's second factors in a real browser without JavaScript, checked with axe; the member
then signs in with the password alone and is taken to set up a new code app."""

import re
import uuid

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import expect

from tests.browser import assert_no_axe_violations
from tests.workspace.browser_steps import PASSWORD, member_with_totp, sign_in
from varde.workspace.models import Membership


@pytest.mark.browser
def test_coordinator_resets_a_members_second_factor_without_javascript(
    live_site, browser_page_nojs, browser_page
):
    base = live_site.url
    coordinator, secret = member_with_totp(role="coordinator")
    member, _ = member_with_totp()
    name = f"Tapt {uuid.uuid4().hex[:6]}"
    get_user_model().objects.filter(pk=member.pk).update(first_name=name, last_name="Telefon")
    membership = Membership.objects.get(user=member)

    # The coordinator signs in (code app), then carries the session to a page without JavaScript.
    sign_in(browser_page, base, coordinator.email, secret)
    browser_page_nojs.context.add_cookies(browser_page.context.cookies())
    page = browser_page_nojs
    page.goto(f"{base}/nettverket/arbeidsrom/medlemmer/{membership.pk}/")
    page.get_by_role("link", name=re.compile("Nullstill tofaktorinnloggingen")).click()
    expect(
        page.get_by_role("heading", name=f"Nullstille tofaktorinnloggingen til {name} Telefon?")
    ).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Nullstill innloggingen").click()
    page.wait_for_url(re.compile(rf".*/medlemmer/{membership.pk}/$"))
    expect(page.get_by_text(f"Tofaktorinnloggingen til {name} Telefon er nullstilt.")).to_be_visible()
    assert_no_axe_violations(page)
    assert not Authenticator.objects.filter(user=member).exists()
    assert any(member.email in message.to for message in mail.outbox)

    # The member signs in with the password and is asked to set up a new second factor.
    browser_page.context.clear_cookies()
    browser_page.goto(f"{base}/konto/login/")
    browser_page.fill("input[name=login]", member.email)
    browser_page.fill("input[name=password]", PASSWORD)
    browser_page.click("main button[type=submit]")
    browser_page.wait_for_url(re.compile(r".*/konto/reauthenticate/.*"))  # allauth: the password once more
    browser_page.fill("input[name=password]", PASSWORD)
    browser_page.click("main form button[type=submit] >> nth=0")
    browser_page.wait_for_url(re.compile(r".*/konto/2fa/totp/activate/.*"))
    expect(browser_page.get_by_role("heading", name="Sett opp kodeappen")).to_be_visible()
