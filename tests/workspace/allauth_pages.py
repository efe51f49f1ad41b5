"""A walk through every django-allauth page, e-mail and message a workspace member can meet, in one language.

Used by the nynorsk tests: allauth ships no nn catalogue, so whatever our own catalogue does not translate
falls back to bokmål. The walk is one long story because allauth's steps depend on each other (a reset link
comes from an e-mail, the code step from the password step, second factors ask for the password again).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt
from django.core import mail
from django.test import Client

from varde.workspace.models import Role

PASSWORD = "a-long-test-password"  # conftest's make_member
NEW_PASSWORD = "en-heilt-ny-og-lang-frase-2026"


@dataclass
class Visit:
    """What the walk saw: pages (label → HTML) and e-mails (label → subject and body)."""

    pages: dict[str, str] = field(default_factory=dict)
    mails: dict[str, str] = field(default_factory=dict)

    def page(self, label, response):
        assert response.status_code < 500, (label, response.status_code)
        if response.status_code in (301, 302):
            return response
        self.pages[label] = response.content.decode()
        return response


def _code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def _totp_code(user) -> str:
    return _code(decrypt(Authenticator.objects.get(user=user, type="totp").data["secret"]))


def walk(make_member, prefix: str, on_commit) -> Visit:
    """Visit allauth's pages under ``prefix`` ("/nn", "/en" or "" for bokmål) with fresh clients.

    ``on_commit`` is pytest-django's ``django_capture_on_commit_callbacks``: allauth adds some messages
    (code app turned on, new recovery codes) only when the transaction commits."""
    visit = Visit()
    k = f"{prefix}/konto"
    tag = prefix.strip("/") or "nb"
    member = make_member(Role.MEMBER, email=f"walk-{tag}@example.invalid")
    # As accepting an invitation does: the link proved the address (allauth's MFA wants it verified).
    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)

    # Signing in: the password step (empty, wrong), then the code step (wrong, right).
    anon = Client()
    visit.page("login", anon.get(f"{k}/login/"))
    visit.page("login empty", anon.post(f"{k}/login/", {}))
    visit.page("login wrong", anon.post(f"{k}/login/", {"login": member.email, "password": "feil"}))
    anon.post(f"{k}/login/", {"login": member.email, "password": PASSWORD})
    visit.page("code step", anon.get(f"{k}/2fa/authenticate/"))
    visit.page("code step wrong", anon.post(f"{k}/2fa/authenticate/", {"code": "000000"}))
    anon.post(f"{k}/2fa/authenticate/", {"code": _totp_code(member)})
    visit.page("signed in", anon.get(f"{prefix}/nettverket/arbeidsrom/"))  # "signed in as" message
    visit.page("logout page", anon.get(f"{k}/logout/"))
    anon.post(f"{k}/logout/")
    visit.page("signed out", anon.get(f"{k}/login/"))
    visit.page("sign up (closed)", anon.get(f"{k}/signup/"))

    # Too many wrong passwords: axes locks the account (our page), then allauth's own limit answers.
    other = make_member(Role.MEMBER, email=f"walk-{tag}-lock@example.invalid")
    locked = Client()
    for _ in range(6):
        response = locked.post(f"{k}/login/", {"login": other.email, "password": "feil"})
    visit.page("too many attempts", response)

    # Forgotten password: the form, the e-mails (known and unknown address), the link, the new password.
    mail.outbox.clear()
    visit.page("reset", anon.get(f"{k}/password/reset/"))
    visit.page("reset invalid", anon.post(f"{k}/password/reset/", {"email": "ikkje-ei-adresse"}))
    anon.post(f"{k}/password/reset/", {"email": f"ukjend-{tag}@example.invalid"})
    visit.mails["reset unknown address"] = f"{mail.outbox[-1].subject}\n{mail.outbox[-1].body}"
    anon.post(f"{k}/password/reset/", {"email": member.email})
    visit.mails["reset"] = f"{mail.outbox[-1].subject}\n{mail.outbox[-1].body}"
    visit.page("reset sent", anon.get(f"{k}/password/reset/done/"))
    link = re.search(r"https?://testserver(/\S+)", mail.outbox[-1].body).group(1)
    set_url = anon.get(link)["Location"]
    visit.page("reset new password", anon.get(set_url))
    visit.page("reset mismatch", anon.post(set_url, {"password1": NEW_PASSWORD, "password2": "anna"}))
    anon.post(set_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    visit.page("reset done", anon.get(f"{k}/password/reset/key/done/"))
    visit.page("reset bad link", anon.get(f"{k}/password/reset/key/1-feil-nokkel/", follow=True))
    member.set_password(PASSWORD)
    member.save()

    # Signed in with a second factor: re-authentication, the overview, code app, recovery codes, keys.
    user = Client()
    user.force_login(member, backend="django.contrib.auth.backends.ModelBackend")
    session = user.session
    session["workspace_mfa_verified"] = True
    session.save()
    visit.page("reauthenticate", user.get(f"{k}/reauthenticate/"))
    visit.page("reauthenticate wrong", user.post(f"{k}/reauthenticate/", {"password": "feil"}))
    visit.page("code again", user.get(f"{k}/2fa/reauthenticate/"))
    visit.page("code again wrong", user.post(f"{k}/2fa/reauthenticate/", {"code": "000000"}))
    user.post(f"{k}/reauthenticate/", {"password": PASSWORD})
    visit.page("overview, code app only", user.get(f"{k}/2fa/"))
    visit.page("code app off", user.get(f"{k}/2fa/totp/deactivate/"))
    visit.page("code app off refused", user.post(f"{k}/2fa/totp/deactivate/"))
    visit.page("recovery codes none", user.get(f"{k}/2fa/recovery-codes/"))
    visit.page("recovery codes new", user.get(f"{k}/2fa/recovery-codes/generate/"))
    with on_commit(execute=True):
        user.post(f"{k}/2fa/recovery-codes/generate/")
    visit.page("recovery codes", user.get(f"{k}/2fa/recovery-codes/"))
    download = user.get(f"{k}/2fa/recovery-codes/download/")
    visit.pages["recovery codes file"] = download.content.decode()
    visit.page("recovery codes new again", user.get(f"{k}/2fa/recovery-codes/generate/"))
    # (Adding comes first: the add page reads the stored keys' credentials, which these stand-ins lack.)
    visit.page("add key", user.get(f"{k}/2fa/webauthn/add/"))
    visit.page("add key invalid", user.post(f"{k}/2fa/webauthn/add/", {"name": "Raud", "credential": ""}))
    key = Authenticator.objects.create(
        user=member, type=Authenticator.Type.WEBAUTHN, data={"name": "Blå nøkkel", "credential": {}}
    )
    visit.page("overview with key", user.get(f"{k}/2fa/"))
    visit.page("reauthenticate with a key", user.get(f"{k}/reauthenticate/"))
    visit.page("keys", user.get(f"{k}/2fa/webauthn/"))
    visit.page("rename key", user.get(f"{k}/2fa/webauthn/keys/{key.pk}/edit/"))
    visit.page("rename key empty", user.post(f"{k}/2fa/webauthn/keys/{key.pk}/edit/", {"name": ""}))
    user.post(f"{k}/2fa/webauthn/keys/{key.pk}/edit/", {"name": "Grøn nøkkel"})
    visit.page("renamed key", user.get(f"{k}/2fa/webauthn/"))
    visit.page("remove key", user.get(f"{k}/2fa/webauthn/keys/{key.pk}/remove/"))
    user.post(f"{k}/2fa/webauthn/keys/{key.pk}/remove/")
    visit.page("key removed", user.get(f"{k}/2fa/"))
    second = Authenticator.objects.create(
        user=member, type=Authenticator.Type.WEBAUTHN, data={"name": "Reserve", "credential": {}}
    )
    user.post(f"{k}/2fa/totp/deactivate/")
    visit.page("code app turned off", user.get(f"{k}/2fa/"))
    visit.page("code app on", user.get(f"{k}/2fa/totp/activate/"))
    visit.page("code app on wrong", user.post(f"{k}/2fa/totp/activate/", {"code": "12345"}))
    with on_commit(execute=True):
        user.post(f"{k}/2fa/totp/activate/", {"code": _code(user.session["mfa.totp.secret"])})
    visit.page("code app turned on", user.get(f"{k}/2fa/"))
    second.delete()
    RecoveryCodes.activate(member)

    # Passwords: change (wrong, right) and set (for an account without a usable password).
    visit.page("change password", user.get(f"{k}/password/change/"))
    visit.page(
        "change password wrong",
        user.post(
            f"{k}/password/change/",
            {"oldpassword": "feil", "password1": "kort", "password2": "ulikt"},
        ),
    )
    user.post(
        f"{k}/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    visit.page("password changed", user.get(f"{k}/login/"))
    member.set_unusable_password()
    member.save()
    user.force_login(member, backend="django.contrib.auth.backends.ModelBackend")
    visit.page("set password", user.get(f"{k}/password/set/"))
    visit.page(
        "set password short", user.post(f"{k}/password/set/", {"password1": "1234", "password2": "1234"})
    )
    user.post(f"{k}/password/set/", {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    visit.page("password set", user.get(f"{prefix}/nettverket/arbeidsrom/", follow=True))
    return visit
