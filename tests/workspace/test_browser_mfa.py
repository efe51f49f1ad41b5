"""Second factors in a real browser: a security key (WebAuthn, Chromium's virtual authenticator),
recovery codes, password reset and deleting a measure, each page checked with axe."""

import datetime as dt
import re
import uuid

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail
from playwright.sync_api import expect

from tests.browser import assert_no_axe_violations
from tests.workspace.browser_steps import PASSWORD, member_with_totp, password_step, sign_in
from varde.workspace.models import AuditEvent, Measure


def _watch_csp(page):
    """Collect Content-Security-Policy complaints from the browser console."""
    problems = []
    page.on(
        "console",
        lambda message: problems.append(message.text) if "Content Security Policy" in message.text else None,
    )
    return problems


def _virtual_authenticator(page):
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    added = cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    return cdp, added["authenticatorId"]


@pytest.mark.browser
def test_member_adds_a_security_key_and_signs_in_with_it(live_site, browser_page):
    base = live_site.url
    assert base.startswith("http://localhost:"), "WebAuthn needs a domain (localhost), not an IP"
    user, secret = member_with_totp()
    page = browser_page
    csp_problems = _watch_csp(page)
    cdp, authenticator_id = _virtual_authenticator(page)

    # Signed in with password and code app, she adds a security key.
    sign_in(page, base, user.email, secret)
    page.goto(f"{base}/konto/2fa/webauthn/add/")
    # allauth asks for the password again before a new factor is added.
    page.wait_for_url(re.compile(r".*/konto/reauthenticate/"))
    assert_no_axe_violations(page)
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit] >> nth=0")
    expect(page.get_by_role("heading", name="Legg til sikkerhetsnøkkel")).to_be_visible()
    assert_no_axe_violations(page)
    page.fill("#id_name", "Nøkkel i PC-en")
    page.click("#mfa_webauthn_add")
    # First key: allauth makes recovery codes and shows them.
    page.wait_for_url(re.compile(r".*/konto/2fa/recovery-codes/"))
    assert_no_axe_violations(page)
    key = Authenticator.objects.get(user=user, type="webauthn")
    assert key.wrap().name == "Nøkkel i PC-en"
    assert Authenticator.objects.filter(user=user, type="recovery_codes").exists()
    assert len(cdp.send("WebAuthn.getCredentials", {"authenticatorId": authenticator_id})["credentials"]) == 1

    page.goto(f"{base}/konto/2fa/webauthn/")
    expect(page.get_by_role("cell", name="Nøkkel i PC-en", exact=True)).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Endre navn Nøkkel i PC-en").click()
    expect(page.get_by_label("Navn på nøkkelen")).to_have_value("Nøkkel i PC-en")
    assert_no_axe_violations(page)
    page.goto(f"{base}/konto/2fa/webauthn/")
    page.get_by_role("link", name="Fjern Nøkkel i PC-en").click()
    expect(page.get_by_role("heading", name="Fjerne sikkerhetsnøkkelen «Nøkkel i PC-en»?")).to_be_visible()
    assert_no_axe_violations(page)  # she keeps it: the code app is still there, so removing is allowed

    # Later she signs in with password and the key instead of a code.
    page.goto(f"{base}/nettverket/arbeidsrom/")
    page.click("nav.ws-nav button[type=submit]")  # sign out
    page.wait_for_url(re.compile(r".*/konto/login/"))
    password_step(page, base, user.email)
    expect(page.get_by_role("button", name="Bruk sikkerhetsnøkkel")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Bruk sikkerhetsnøkkel").click()
    page.wait_for_url(re.compile(r".*/nettverket/arbeidsrom/$"))
    expect(page.get_by_role("heading", name="Nettverkets arbeidsrom")).to_be_visible()
    key.refresh_from_db()
    assert key.last_used_at is not None
    assert AuditEvent.objects.filter(actor=user, action="login").count() == 2
    assert csp_problems == []


@pytest.mark.browser
def test_a_refused_key_gives_a_clear_message_in_nynorsk(live_site, browser_page):
    """The server refuses a bad answer from the key, and the browser refuses a key that is already
    registered: each time the member is told, in her language, and nothing is saved."""
    base = live_site.url
    user, secret = member_with_totp()
    page = browser_page
    cdp, authenticator_id = _virtual_authenticator(page)
    sign_in(page, base, user.email, secret)
    page.goto(f"{base}/nn/konto/2fa/webauthn/add/")
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit] >> nth=0")
    page.wait_for_url(re.compile(r".*/nn/konto/2fa/webauthn/add/"))

    # The key answers without user presence: the server does not accept it.
    cdp.send("WebAuthn.setResponseOverrideBits", {"authenticatorId": authenticator_id, "isBadUP": True})
    page.fill("#id_name", "Feil nøkkel")
    page.click("#mfa_webauthn_add")
    expect(page.get_by_text("Tryggleiksnøkkelen vart ikkje registrert.")).to_be_visible()
    assert page.input_value("#id_name") == "Feil nøkkel"  # what she typed is kept
    assert not Authenticator.objects.filter(user=user, type="webauthn").exists()
    assert_no_axe_violations(page)

    cdp.send("WebAuthn.setResponseOverrideBits", {"authenticatorId": authenticator_id, "isBadUP": False})
    page.click("#mfa_webauthn_add")
    page.wait_for_url(re.compile(r".*/nn/konto/2fa/recovery-codes/"))
    assert Authenticator.objects.filter(user=user, type="webauthn").count() == 1

    # The same key again: the browser refuses it, and the page says so.
    page.goto(f"{base}/nn/konto/2fa/webauthn/add/")
    page.click("#mfa_webauthn_add")
    expect(page.locator("#webauthn-feil")).to_contain_text("Det gjekk ikkje å bruke tryggleiksnøkkelen")
    assert Authenticator.objects.filter(user=user, type="webauthn").count() == 1
    assert_no_axe_violations(page)


@pytest.mark.browser
def test_recovery_code_and_password_reset_pages_have_no_axe_violations(live_site, browser_page):
    base = live_site.url
    user, secret = member_with_totp()
    page = browser_page
    # Password reset, signed out.
    page.goto(f"{base}/konto/password/reset/")
    assert_no_axe_violations(page)
    page.fill("input[name=email]", "ukjent@example.invalid")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/konto/password/reset/done/"))
    assert_no_axe_violations(page)
    page.goto(f"{base}/konto/password/reset/key/feil-nokkel/")
    assert_no_axe_violations(page)
    # The real link from the e-mail: the page where a new password is chosen.
    page.goto(f"{base}/konto/password/reset/")
    page.fill("input[name=email]", user.email)
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/konto/password/reset/done/"))
    link = re.search(r"http://\S+/konto/password/reset/key/\S+/", mail.outbox[-1].body).group(0)
    page.goto(base + "/konto/" + link.split("/konto/", 1)[1])
    page.wait_for_url(re.compile(r".*/konto/password/reset/key/.+-set-password/"))
    assert_no_axe_violations(page)
    page.fill("input[name=password1]", "kort")
    page.fill("input[name=password2]", "kort")
    page.click("main form button[type=submit]")
    expect(page.locator("main")).to_contain_text("minst 12 tegn")
    assert_no_axe_violations(page)

    sign_in(page, base, user.email, secret)
    page.goto(f"{base}/konto/2fa/")
    assert_no_axe_violations(page)
    page.goto(f"{base}/konto/2fa/recovery-codes/generate/")
    page.wait_for_url(re.compile(r".*/konto/reauthenticate/"))  # new codes need the password again
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit] >> nth=0")
    page.wait_for_url(re.compile(r".*/konto/2fa/recovery-codes/generate/"))
    assert_no_axe_violations(page)
    page.click("main form button[type=submit]")  # generate codes
    page.wait_for_url(re.compile(r".*/konto/2fa/recovery-codes/$"))
    assert_no_axe_violations(page)
    assert Authenticator.objects.filter(user=user, type="recovery_codes").exists()


@pytest.mark.browser
def test_measure_delete_confirm_works_without_javascript(live_site, browser_page_nojs, browser_page):
    base = live_site.url
    user, secret = member_with_totp(role="coordinator")
    title = f"Tiltak som skal bort {uuid.uuid4().hex[:6]}"
    measure = Measure.objects.create(title=title, strand="follow_up", period_start=dt.date(2024, 1, 1))
    # Sign in with JavaScript on, then carry the session cookie to a page without JavaScript.
    sign_in(browser_page, base, user.email, secret)
    browser_page_nojs.context.add_cookies(browser_page.context.cookies())
    page = browser_page_nojs
    page.goto(f"{base}/nettverket/arbeidsrom/tiltak/")
    page.get_by_role("link", name=f"Slett {title}").click()
    expect(page.get_by_role("heading", name=f"Slette tiltaket «{title}»?")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Slett tiltaket").click()
    page.wait_for_url(re.compile(r".*/arbeidsrom/tiltak/$"))
    expect(page.get_by_text(f"Tiltaket «{title}» er slettet.")).to_be_visible()
    assert_no_axe_violations(page)
    assert not Measure.objects.filter(pk=measure.pk).exists()
