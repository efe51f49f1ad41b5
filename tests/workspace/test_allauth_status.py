"""allauth's own pages answer invalid input with 400 and the same page (message, what was typed kept).

Successful POSTs keep allauth's redirect; rate-limit refusals answer 429; axes' lockout page is left alone.
"""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt
from django.core import mail
from django.urls import reverse

from varde.workspace.models import Role

PASSWORD = "a-long-test-password"  # make_member's
NEW_PASSWORD = "en-helt-ny-og-lang-frase-2026"


def _totp_now(user) -> str:
    secret = decrypt(Authenticator.objects.get(user=user, type="totp").data["secret"])
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def _reauthenticate(client):
    assert client.post(reverse("account_reauthenticate"), {"password": PASSWORD}).status_code == 302


def _input_value(html: str, name: str) -> str | None:
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html)
    value = re.search(r'value="([^"]*)"', tag.group(0)) if tag else None
    return value.group(1) if value else None


@pytest.fixture
def member(make_member):
    return make_member(Role.MEMBER, email="status@example.invalid")


def test_sign_in_with_wrong_password_is_400_with_message_and_address_kept(client, member):
    response = client.post(reverse("account_login"), {"login": "Status@example.invalid", "password": "feil"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "E-postadressen og/eller passordet" in html
    assert _input_value(html, "login") == "Status@example.invalid"
    assert "Logg inn i nettverkets arbeidsrom" in html  # the same page, not an error page
    assert "_auth_user_id" not in client.session


def test_sign_in_without_fields_is_400(client, db):
    response = client.post(reverse("account_login"), {})
    assert response.status_code == 400
    assert "Dette feltet er påkrevet" in response.content.decode()


def test_sign_in_that_succeeds_still_redirects(client, member):
    response = client.post(
        reverse("account_login"), {"login": "status@example.invalid", "password": PASSWORD}
    )
    assert response.status_code == 302 and response["Location"] == reverse("mfa_authenticate")


def test_wrong_code_at_sign_in_is_400_and_right_code_redirects(client, member):
    client.post(reverse("account_login"), {"login": "status@example.invalid", "password": PASSWORD})
    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Bekreft at det er deg" in html and "Feil kode" in html
    assert _input_value(html, "code") == "000000"
    response = client.post(reverse("mfa_authenticate"), {"code": _totp_now(member)})
    assert response.status_code == 302


def test_wrong_recovery_code_at_sign_in_is_400_and_a_right_one_works(client, member):
    codes = RecoveryCodes.activate(member).generate_codes()
    client.post(reverse("account_login"), {"login": "status@example.invalid", "password": PASSWORD})
    response = client.post(reverse("mfa_authenticate"), {"code": "abcd-efgh"})
    assert response.status_code == 400
    assert _input_value(response.content.decode(), "code") == "abcd-efgh"
    assert client.post(reverse("mfa_authenticate"), {"code": codes[0]}).status_code == 302


def test_password_reset_with_a_malformed_address_is_400_and_keeps_it(client, db):
    response = client.post(reverse("account_reset_password"), {"email": "ikke-en-adresse"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "gyldig e-postadresse" in html
    assert _input_value(html, "email") == "ikke-en-adresse"


def test_password_reset_from_the_e_mail_link(client, member):
    response = client.post(reverse("account_reset_password"), {"email": "status@example.invalid"})
    assert response.status_code == 302 and response["Location"] == reverse("account_reset_password_done")
    link = re.search(r"http://testserver(/\S+)", mail.outbox[-1].body).group(1)
    set_url = client.get(link)["Location"]  # allauth moves the key out of the address into the session
    response = client.post(set_url, {"password1": NEW_PASSWORD, "password2": "noe annet"})
    assert response.status_code == 400
    assert "samme passord" in response.content.decode()
    response = client.post(set_url, {"password1": "kort", "password2": "kort"})
    assert response.status_code == 400 and "minst 12 tegn" in response.content.decode()
    response = client.post(set_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)


def test_password_change(client, member, sign_in):
    sign_in(member)
    url = reverse("account_change_password")
    response = client.post(url, {"oldpassword": "feil", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 400
    assert "skriv inn ditt passord" in response.content.decode()
    response = client.post(
        url, {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)


def test_password_set(client, member, sign_in):
    member.set_unusable_password()
    member.save()
    sign_in(member)
    url = reverse("account_set_password")
    response = client.post(url, {"password1": NEW_PASSWORD, "password2": "noe annet"})
    assert response.status_code == 400 and "samme passord" in response.content.decode()
    response = client.post(url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)


def test_reauthenticate_with_wrong_password_is_400(client, member, sign_in):
    sign_in(member)
    response = client.post(reverse("account_reauthenticate"), {"password": "feil"})
    assert response.status_code == 400
    assert "Feil passord" in response.content.decode()
    _reauthenticate(client)


def test_mfa_reauthenticate_with_wrong_code_is_400(client, member, sign_in):
    sign_in(member)
    response = client.post(reverse("mfa_reauthenticate"), {"code": "123456"})
    assert response.status_code == 400
    assert _input_value(response.content.decode(), "code") == "123456"
    assert client.post(reverse("mfa_reauthenticate"), {"code": _totp_now(member)}).status_code == 302


def test_totp_activation_with_wrong_code_is_400(client, make_member, sign_in):
    from allauth.mfa.totp.internal.auth import hotp_value as hotp

    user = make_member(Role.MEMBER, mfa=False, email="newtotp@example.invalid")
    sign_in(user, mfa_in_session=False)
    _reauthenticate(client)
    client.get(reverse("mfa_activate_totp"))
    response = client.post(reverse("mfa_activate_totp"), {"code": "12345"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Feil kode" in html and _input_value(html, "code") == "12345"
    secret = client.session["mfa.totp.secret"]
    code = format_hotp_value(hotp(secret, int(time.time()) // 30))
    assert client.post(reverse("mfa_activate_totp"), {"code": code}).status_code == 302


def test_generating_recovery_codes_still_redirects(client, member, sign_in):
    sign_in(member)
    _reauthenticate(client)
    response = client.post(reverse("mfa_generate_recovery_codes"))
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=member, type="recovery_codes").exists()


def test_adding_a_key_without_using_it_is_400_and_keeps_the_name(client, member, sign_in):
    sign_in(member)
    _reauthenticate(client)
    response = client.post(reverse("mfa_add_webauthn"), {"name": "Blå nøkkel", "credential": ""})
    assert response.status_code == 400
    assert _input_value(response.content.decode(), "name") == "Blå nøkkel"


def test_renaming_a_key(client, member, sign_in):
    key = Authenticator.objects.create(
        user=member, type=Authenticator.Type.WEBAUTHN, data={"name": "Gammel", "credential": {}}
    )
    sign_in(member)
    _reauthenticate(client)
    url = reverse("mfa_edit_webauthn", kwargs={"pk": key.pk})
    response = client.post(url, {"name": "n" * 101})
    assert response.status_code == 400
    assert "n" * 101 in response.content.decode()
    response = client.post(url, {"name": ""})
    assert response.status_code == 400
    assert client.post(url, {"name": "Ny"}).status_code == 302
    key.refresh_from_db()
    assert key.data["name"] == "Ny"


def test_refused_last_code_app_is_400_and_the_app_stays(client, member, sign_in):
    sign_in(member)
    _reauthenticate(client)
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 400
    assert "minst én annen måte" in response.content.decode()
    assert Authenticator.objects.filter(user=member, type="totp").exists()


def test_get_of_allauth_pages_is_still_200(client, member, sign_in):
    assert client.get(reverse("account_login")).status_code == 200
    assert client.get(reverse("account_reset_password")).status_code == 200
    sign_in(member)
    _reauthenticate(client)
    for name in ("account_change_password", "mfa_index", "mfa_activate_totp", "mfa_add_webauthn"):
        response = client.get(reverse(name))
        assert response.status_code in (200, 302), name


def test_allauths_own_rate_limit_on_sign_in_answers_429_with_its_message(client, member, settings):
    """allauth counts failed sign-ins per account itself and refuses with a form error; that is a rate limit,
    not bad input, so it answers 429 (django-axes is set higher here, so allauth's limit is reached first)."""
    settings.AXES_FAILURE_LIMIT = 100
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "2/5m/key"}
    data = {"login": "status@example.invalid", "password": "feil"}
    assert [client.post(reverse("account_login"), data).status_code for _ in range(2)] == [400, 400]
    response = client.post(reverse("account_login"), data)
    assert response.status_code == 429
    assert "For mange innloggingsforsøk" in response.content.decode()
    assert _input_value(response.content.decode(), "login") == "status@example.invalid"


def test_rate_limit_page_from_allauth_is_untouched(client, member, settings):
    settings.ACCOUNT_RATE_LIMITS = {"reset_password": "1/m/key"}
    url = reverse("account_reset_password")
    assert client.post(url, {"email": "status@example.invalid"}).status_code == 302
    response = client.post(url, {"email": "status@example.invalid"})
    assert response.status_code == 429


def test_axes_lockout_page_is_untouched(client, member, settings):
    """The attempt that reaches axes' limit gets axes' own page and status; allauth's own per-account limit
    (also five failures) refuses the next attempt before axes sees it, with 429 (see above)."""
    data = {"login": "status@example.invalid", "password": "feil"}
    responses = [client.post(reverse("account_login"), data) for _ in range(settings.AXES_FAILURE_LIMIT)]
    assert [r.status_code for r in responses] == [400] * (settings.AXES_FAILURE_LIMIT - 1) + [
        settings.AXES_HTTP_RESPONSE_CODE
    ]
    locked = responses[-1].content.decode()
    assert "midlertidig sperret" in locked and 'name="password"' not in locked
    response = client.post(
        reverse("account_login"), {"login": "status@example.invalid", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("path", "method", "expected"),
    [
        ("/konto/login/", "post", 400),  # allauth's view, POST, form with errors
        ("/konto/login/", "get", 200),  # a GET is never changed
        ("/nettverket/arbeidsrom/innstillinger/", "post", 200),  # not allauth's: the view sets its own status
    ],
)
def test_middleware_only_changes_allauths_posts(rf, path, method, expected):
    from django import forms
    from django.template.response import TemplateResponse
    from django.urls import resolve

    from varde.workspace.middleware import AllauthInvalidFormStatusMiddleware

    class Required(forms.Form):
        name = forms.CharField()

    request = getattr(rf, method)(path, {})
    request.resolver_match = resolve(path)
    response = TemplateResponse(request, "base.html", {"form": Required({})})
    middleware = AllauthInvalidFormStatusMiddleware(lambda request: response)
    assert middleware.process_template_response(request, response).status_code == expected
