from django import forms
from django.utils.translation import gettext_lazy as _


class CertificateForm(forms.Form):
    name = forms.CharField(
        label=_("Navnet ditt slik det skal stå på kursbeviset"),
        max_length=100,
        min_length=2,
        help_text=_("Navnet lagres ikke. Vi lagrer bare en kode, kurset og datoen."),
    )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if any(ch.isdigit() for ch in name) or not any(ch.isalpha() for ch in name):
            raise forms.ValidationError(_("Skriv et navn med bokstaver, uten tall."))
        return name


class VerifyForm(forms.Form):
    kode = forms.CharField(
        label=_("Kode på kursbeviset"), max_length=20, help_text=_("For eksempel K7QF-2MZD-W9HA.")
    )
    navn = forms.CharField(
        label=_("Navn på kursbeviset (valgfritt)"),
        max_length=100,
        required=False,
        help_text=_("Fyll inn for å sjekke at navnet hører til koden."),
    )
