"""The public "Foreslå endring" form: a honeypot field, a signed timestamp and a rate limit, no captcha."""

from __future__ import annotations

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from varde.core import ratelimit

SIGNING_SALT = "varde.directory.suggest"
MAX_FORM_AGE = 60 * 60 * 6  # seconds
RATE_SCOPE = "directory-suggest"
RATE = "5/h"  # suggestions per client


def min_form_seconds() -> int:
    return int(getattr(settings, "VARDE_DIRECTORY_MIN_FORM_SECONDS", 3))


def new_form_token() -> str:
    return signing.dumps({"t": time.time()}, salt=SIGNING_SALT)


class SuggestionForm(forms.Form):
    message = forms.CharField(
        label=_("Hva bør endres?"),
        help_text=_("For eksempel nytt telefonnummer, nye åpningstider eller at tjenesten er lagt ned."),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6, "class": "ds-input"}),
        error_messages={"required": _("Skriv hva som bør endres.")},
    )
    contact = forms.CharField(
        label=_("E-post eller telefon (valgfritt)"),
        help_text=_("Bare hvis vi kan kontakte deg med spørsmål. Ikke skriv opplysninger om andre personer."),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"class": "ds-input", "autocomplete": "email"}),
    )
    # Honeypot: hidden from people by CSS, left empty by them; bots fill it.
    website = forms.CharField(
        label=_("Ikke fyll ut dette feltet"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    token = forms.CharField(widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise forms.ValidationError(_("Skjemaet kunne ikke sendes. Prøv igjen."), code="honeypot")
        try:
            payload = signing.loads(data.get("token", ""), salt=SIGNING_SALT, max_age=MAX_FORM_AGE)
            elapsed = time.time() - float(payload["t"])
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            raise forms.ValidationError(
                _("Skjemaet er for gammelt eller ugyldig. Send det på nytt."), code="token"
            ) from None
        if elapsed < min_form_seconds():
            raise forms.ValidationError(
                _("Skjemaet ble sendt for raskt. Vent noen sekunder og send igjen."), code="too_fast"
            )
        return data


def rate_limited(request) -> bool:
    """Counts a submission; True when this client has sent more than ``RATE`` in its window.

    Uses the site's rate limiter: the client is the address nginx forwards (not nginx itself), kept
    only as a keyed hash, and ``RATELIMIT_ENABLED=false`` turns it off like every other limit.
    """
    if not ratelimit.enabled():
        return False
    verdict = ratelimit.hit(
        scope=RATE_SCOPE, key=ratelimit.client_key(request), rate=ratelimit.rate_for(RATE_SCOPE, RATE)
    )
    return not verdict.allowed
