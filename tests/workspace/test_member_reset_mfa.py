"""The coordinator resets the second factors of a member who lost them: confirm page, POST only, audited."""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.urls import reverse

from varde.workspace import services
from varde.workspace.models import AuditEvent, Role

PASSWORD = "a-long-test-password"  # make_member's


@pytest.fixture
def lost(make_member):
    """A member with a code app, two security keys and recovery codes, who has lost them all."""
    user = make_member(Role.MEMBER, email="mistet@example.invalid")
    user.first_name, user.last_name = "Mia", "Mistet"
    user.save()
    for name in ("Blå nøkkel", "Reserve"):
        Authenticator.objects.create(
            user=user, type=Authenticator.Type.WEBAUTHN, data={"name": name, "credential": {}}
        )
    RecoveryCodes.activate(user)
    return user


def _url(user):
    return reverse("workspace:member_reset_mfa", kwargs={"pk": user.workspace_membership.pk})


def _signed_in_elsewhere(user) -> Client:
    """The member's own browser, signed in with a second factor."""
    other = Client()
    other.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    session = other.session
    session["workspace_mfa_verified"] = True
    session.save()
    assert other.get(reverse("workspace:home")).status_code == 200
    return other


def test_confirm_page_names_what_goes_and_removes_nothing(client, coordinator, sign_in, lost):
    sign_in(coordinator)
    response = client.get(_url(lost))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Nullstille tofaktorinnloggingen til Mia Mistet?" in page
    for text in (
        "kodeappen",
        "sikkerhetsnøkkelen «Blå nøkkel»",
        "sikkerhetsnøkkelen «Reserve»",
        "gjenopprettingskodene",
    ):
        assert text in page
    assert "mistet@example.invalid" in page and "Passordet blir ikke endret." in page
    assert f'method="post" class="ws-form" action="{_url(lost)}"' in page and "Nullstill innloggingen" in page
    assert Authenticator.objects.filter(user=lost).count() == 4


def test_coordinator_resets_factors_ends_sessions_logs_and_mails(
    client, coordinator, sign_in, lost, make_member, django_capture_on_commit_callbacks
):
    bystander = make_member(Role.MEMBER, email="uroert@example.invalid")
    members_browser = _signed_in_elsewhere(lost)
    bystanders_browser = _signed_in_elsewhere(bystander)
    sign_in(coordinator)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves when the change is committed
        response = client.post(_url(lost))

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "workspace:member_edit", kwargs={"pk": lost.workspace_membership.pk}
    )
    assert not Authenticator.objects.filter(user=lost).exists()
    assert Authenticator.objects.filter(user=bystander).exists()
    # The member is signed out everywhere; others, and the coordinator, are not.
    assert members_browser.get(reverse("workspace:home"))["Location"].startswith(reverse("account_login"))
    assert bystanders_browser.get(reverse("workspace:home")).status_code == 200
    assert client.get(reverse("workspace:home")).status_code == 200
    event = AuditEvent.objects.get(action="delete", object_type="second_factors")
    assert (event.actor, event.object_id) == (coordinator, str(lost.workspace_membership.pk))
    (message,) = mail.outbox
    assert message.to == ["mistet@example.invalid"]
    assert message.subject == "Innloggingen din i nettverkets arbeidsrom er nullstilt"
    assert "Hei Mia," in message.body and "Passordet ditt er det samme som før." in message.body
    assert "http://testserver/konto/login/" in message.body
    assert "sette opp et nytt andre steg" in message.body


# allauth marks the session as having passed a second factor in an on_commit hook, so this test commits.
@pytest.mark.django_db(transaction=True)
def test_after_the_reset_the_member_sets_up_a_new_factor_at_sign_in(client, coordinator, lost):
    services.member_reset_second_factors(
        actor=coordinator, membership=lost.workspace_membership, login_url="x"
    )
    response = client.post(reverse("account_login"), {"login": lost.email, "password": PASSWORD})
    assert response.status_code == 302
    response = client.get(response["Location"])  # the workspace: no second factor yet
    assert response.status_code == 302 and response["Location"].startswith(reverse("mfa_activate_totp"))
    setup = response["Location"]
    # allauth asks for the password once more before a second factor is added, then shows the setup.
    confirm = client.get(setup)
    assert confirm.status_code == 302 and confirm["Location"].startswith(reverse("account_reauthenticate"))
    response = client.post(confirm["Location"], {"password": PASSWORD})
    assert response["Location"] == setup
    assert client.get(setup).status_code == 200
    secret = client.session["mfa.totp.secret"]
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    assert client.post(reverse("mfa_activate_totp"), {"code": code}).status_code == 302
    assert client.get(reverse("workspace:home")).status_code == 200


@pytest.mark.parametrize("role", [Role.MEMBER, Role.OBSERVER, Role.EDITOR])
def test_other_roles_cannot_reset(client, make_member, sign_in, lost, role):
    sign_in(make_member(role, email=f"reset-{role}@example.invalid"))
    assert client.get(_url(lost)).status_code == 403
    assert client.post(_url(lost)).status_code == 403
    assert Authenticator.objects.filter(user=lost).count() == 4
    assert not AuditEvent.objects.filter(object_type="second_factors").exists()


def test_anonymous_post_resets_nothing(client, lost):
    response = client.post(_url(lost))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert Authenticator.objects.filter(user=lost).count() == 4


def test_a_coordinator_cannot_reset_themselves_here(client, coordinator, sign_in):
    sign_in(coordinator)
    url = _url(coordinator)
    page = client.get(url).content.decode()
    assert "Dette er din egen innlogging." in page and f'action="{url}"' not in page
    response = client.post(url)
    assert response.status_code == 403
    assert "bare en annen koordinator" in response.content.decode()
    assert Authenticator.objects.filter(user=coordinator).exists()
    assert client.get(reverse("workspace:home")).status_code == 200


def test_member_without_factors_has_nothing_to_reset(client, coordinator, sign_in, make_member):
    fresh = make_member(Role.MEMBER, mfa=False, email="ny@example.invalid")
    sign_in(coordinator)
    page = client.get(_url(fresh)).content.decode()
    assert "ingenting å nullstille" in page and "Nullstill innloggingen" not in page
    response = client.post(_url(fresh))
    assert response.status_code == 409
    assert "ingenting å nullstille" in response.content.decode()
    assert not AuditEvent.objects.filter(object_type="second_factors").exists()


def test_unknown_member_is_404(client, coordinator, sign_in):
    sign_in(coordinator)
    url = reverse("workspace:member_reset_mfa", kwargs={"pk": 987654})
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404


def test_member_page_links_to_the_reset_except_for_oneself(client, coordinator, sign_in, lost):
    sign_in(coordinator)
    edit = reverse("workspace:member_edit", kwargs={"pk": lost.workspace_membership.pk})
    assert _url(lost) in client.get(edit).content.decode()
    own = reverse("workspace:member_edit", kwargs={"pk": coordinator.workspace_membership.pk})
    assert _url(coordinator) not in client.get(own).content.decode()


def test_sessions_end_removes_only_that_users_sessions(lost, coordinator):
    for user in (lost, lost, coordinator):
        _signed_in_elsewhere(user)
    ended = services.sessions_end(user=lost)
    owners = [s.get_decoded().get(SESSION_KEY) for s in Session.objects.all()]
    assert ended == 2
    assert str(lost.pk) not in owners and str(coordinator.pk) in owners


@pytest.mark.parametrize(
    ("prefix", "heading", "button", "item"),
    [
        (
            "/nn",
            "Nullstille tofaktorinnlogginga til Mia Mistet?",
            "Nullstill innlogginga",
            "tryggleiksnøkkelen «Reserve»",
        ),
        ("/en", "Reset two-factor sign-in for Mia Mistet?", "Reset sign-in", "the security key “Reserve”"),
    ],
)
def test_confirm_page_in_nynorsk_and_english(
    client, coordinator, sign_in, lost, prefix, heading, button, item
):
    sign_in(coordinator)
    page = client.get(prefix + _url(lost)).content.decode()
    assert heading in page and button in page and item in page


@pytest.mark.parametrize(
    ("prefix", "subject", "text"),
    [
        (
            "/nn",
            "Innlogginga di i arbeidsrommet til nettverket er nullstilt",
            "Passordet ditt er det same som før.",
        ),
        (
            "/en",
            "Your sign-in to the network workspace has been reset",
            "Your password is the same as before.",
        ),
    ],
)
def test_mail_in_nynorsk_and_english(
    client, coordinator, sign_in, lost, prefix, subject, text, django_capture_on_commit_callbacks
):
    sign_in(coordinator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(prefix + _url(lost))
    (message,) = mail.outbox
    assert message.subject == subject and text in message.body
    assert re.search(rf"http://testserver{prefix}/konto/login/", message.body)
