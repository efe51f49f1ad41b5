"""Signing in while Redis is down (varde/core/cache.py).

allauth marks each TOTP code as used in the cache, so that a code cannot be replayed. Without the cache
it refuses every code: it fails closed, and Varde keeps that. The member is told why, and recovery codes
(kept in the database) still work.
"""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.utils import decrypt
from django.urls import reverse

from tests.workspace.test_flows import totp_now
from varde.workspace.models import Role

pytestmark = pytest.mark.django_db(transaction=True)  # allauth marks the second factor in on_commit


def password_step(client, email):
    response = client.post(reverse("account_login"), {"login": email, "password": "a-long-test-password"})
    assert response.status_code == 302 and response["Location"] == reverse("mfa_authenticate")


def test_a_totp_code_is_refused_with_the_reason_while_the_cache_is_down(client, make_member, redis_down):
    user = make_member(Role.MEMBER, email="down@example.invalid")
    secret = decrypt(Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"])
    password_step(client, "down@example.invalid")
    response = client.post(reverse("mfa_authenticate"), {"code": totp_now(secret)})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Vi kan ikke sjekke engangskoder akkurat nå" in body and "gjenopprettingskode" in body
    assert client.get(reverse("workspace:home")).status_code == 302  # not signed in


def test_a_recovery_code_signs_in_while_the_cache_is_down(client, make_member, redis_down):
    user = make_member(Role.MEMBER, email="recover@example.invalid")
    code = RecoveryCodes.activate(user).get_unused_codes()[0]
    password_step(client, "recover@example.invalid")
    response = client.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 302
    assert client.get(reverse("workspace:home")).status_code == 200


def test_a_wrong_code_is_still_called_wrong_when_the_cache_works(client, make_member):
    make_member(Role.MEMBER, email="up@example.invalid")
    password_step(client, "up@example.invalid")
    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 400
    assert "Vi kan ikke sjekke engangskoder" not in response.content.decode()


@pytest.mark.parametrize("code", ["", "abc", "1" * 500, "12345\x00"])
def test_bad_input_at_the_code_step_is_a_400_while_the_cache_is_down(client, make_member, redis_down, code):
    make_member(Role.MEMBER, email="bad@example.invalid")
    password_step(client, "bad@example.invalid")
    response = client.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 400
