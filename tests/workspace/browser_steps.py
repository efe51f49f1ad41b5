"""Steps the workspace browser tests share: a member with a code app, and signing in with it."""

import re
import time
import uuid

from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.contrib.auth import get_user_model

from tests.browser import assert_no_axe_violations
from varde.workspace.models import Membership, Organisation

PASSWORD = "et-langt-passord-for-nokkeltest"


def totp_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def member_with_totp(role="member"):
    """A member with TOTP, unique per test: browser tests share one live server and its data."""
    email = f"nokkel-{uuid.uuid4().hex[:8]}@example.invalid"
    organisation, _ = Organisation.objects.get_or_create(name="RVTS Sør", defaults={"kind": "rvts"})
    user = get_user_model().objects.create_user(email, email, PASSWORD, first_name="Nora", last_name="Nøkkel")
    Membership.objects.create(user=user, organisation=organisation, role=role)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return user, secret


def password_step(page, base, email, password=PASSWORD):
    """E-mail and password; ends on the page that asks for the second step."""
    page.goto(f"{base}/konto/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/konto/2fa/authenticate/"))


def sign_in(page, base, email, secret, *, password=PASSWORD, check_axe=False):
    """Password, then a code from the code app; ends in the workspace. ``check_axe`` checks the
    second-step page with axe on the way."""
    password_step(page, base, email, password)
    if check_axe:
        assert_no_axe_violations(page)
    page.fill("input[name=code]", totp_code(secret))
    page.click("main form button[type=submit] >> nth=0")
    page.wait_for_url(re.compile(r".*/nettverket/arbeidsrom/$"))
