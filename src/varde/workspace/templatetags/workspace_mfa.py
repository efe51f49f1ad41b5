"""Template helpers for the second-factor pages (allauth MFA templates overridden by the workspace)."""

from allauth.mfa.models import Authenticator
from django import template

from ..auth import is_last_second_factor

register = template.Library()


@register.simple_tag(takes_context=True)
def second_factor_types(context) -> set[str]:
    """The kinds of second factor the person signing in has: {"totp", "webauthn", "recovery_codes"}.

    On allauth's sign-in step the user is not signed in yet; allauth keeps them on the login stage.
    """
    request = context.get("request")
    stage = getattr(request, "_login_stage", None)
    user = stage.login.user if stage is not None else getattr(request, "user", None)
    if user is None or not getattr(user, "pk", None):
        return set()
    return set(Authenticator.objects.filter(user_id=user.pk).values_list("type", flat=True))


@register.filter
def is_last_factor(authenticator) -> bool:
    return is_last_second_factor(authenticator)
