"""Sign-in glue: django-axes lockout, allauth adapter, audit of sign-ins and the MFA session flag."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added, authenticator_used
from axes.backends import AxesStandaloneBackend
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.core.exceptions import PermissionDenied
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

MFA_SESSION_KEY = "workspace_mfa_verified"

# The second factors a member may sign in with. Recovery codes are a way back in, not a factor of their own.
SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def has_second_factor(user) -> bool:
    return Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTORS).exists()


def is_last_second_factor(authenticator: Authenticator) -> bool:
    """True when removing ``authenticator`` would leave an active workspace member without a second factor."""
    from .permissions import membership_for

    if authenticator.type not in SECOND_FACTORS or membership_for(authenticator.user) is None:
        return False
    others = Authenticator.objects.filter(user_id=authenticator.user_id, type__in=SECOND_FACTORS)
    return not others.exclude(pk=authenticator.pk).exists()


class MFAAdapter(DefaultMFAAdapter):
    """A member keeps at least one second factor: the code app (TOTP) or a security key (WebAuthn)."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": _(
            "Du må ha minst én annen måte å logge inn på (kodeapp eller sikkerhetsnøkkel) før du kan "
            "fjerne denne."
        ),
    }

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        return not is_last_second_factor(authenticator)


@receiver(pre_delete, sender=Authenticator)
def _keep_last_second_factor(sender, instance, origin=None, **kwargs):
    """Backstop for allauth's security-key removal view, which does not ask the adapter: a member who
    removes their own last second factor gets 403 and keeps it. Deletes by others (a user being
    deleted, an administrator in the shell) pass."""
    request = context.request
    if (
        origin is instance
        and request is not None
        and getattr(request, "user", None) is not None
        and request.user.pk == instance.user_id
        and is_last_second_factor(instance)
    ):
        raise PermissionDenied("last second factor")


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

    def get_client_ip(self, request) -> str:
        """allauth's rate limits count per client: the client behind nginx, not nginx, and as a
        keyed-hash stand-in rather than the address itself."""
        from varde.core.ratelimit import client_pseudonym

        return client_pseudonym(request)


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
