"""Sign-in glue: django-axes lockout, allauth adapter, audit of sign-ins and the MFA session flag."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.mfa.signals import authenticator_added, authenticator_used
from axes.backends import AxesStandaloneBackend
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

MFA_SESSION_KEY = "workspace_mfa_verified"


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check. Web sign-ins always carry a request; calls without one (management
    commands, the test client's ``login``) are left to the other backends instead of failing."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def axes_username(request, credentials) -> str | None:
    """allauth sends the e-mail as ``email`` or ``login``; Django's own forms send ``username``."""
    if not credentials:
        return None
    value = credentials.get("email") or credentials.get("login") or credentials.get("username")
    return value.strip().lower() if isinstance(value, str) else None


class AccountAdapter(DefaultAccountAdapter):
    """Nobody signs up: members join through an invitation from the coordinator."""

    def is_open_for_signup(self, request) -> bool:
        return False


def session_has_mfa(request) -> bool:
    if request.session.get(MFA_SESSION_KEY):
        return True
    return any(record.get("method") == "mfa" for record in get_authentication_records(request))


@receiver(authenticator_added)
@receiver(authenticator_used)
def _mark_mfa(sender, request=None, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[MFA_SESSION_KEY] = True


@receiver(user_logged_in)
def _audit_login(sender, request, user, **kwargs):
    from .services import audit_record

    audit_record(actor=user, action="login")


@receiver(user_logged_out)
def _audit_logout(sender, request, user, **kwargs):
    from .services import audit_record

    if user is not None:
        audit_record(actor=user, action="logout")


@receiver(user_login_failed)
def _audit_login_failed(sender, credentials, request=None, **kwargs):
    from django.contrib.auth import get_user_model

    from .services import audit_record

    username = axes_username(request, credentials)
    user = get_user_model().objects.filter(email__iexact=username).first() if username else None
    audit_record(
        actor=user, action="login_failed", object_type="user", object_id=str(user.pk) if user else ""
    )
