"""Forms of the workspace. Free-text fields pass through the personal-data guard (engine.scan)."""

from __future__ import annotations

from allauth.mfa.base.forms import AuthenticateForm as _AllauthAuthenticateForm
from allauth.mfa.base.forms import ReauthenticateForm as _AllauthReauthenticateForm
from allauth.mfa.webauthn.forms import AddWebAuthnForm as _AllauthAddWebAuthnForm
from allauth.mfa.webauthn.forms import EditWebAuthnForm as _AllauthEditWebAuthnForm
from django import forms
from django.contrib.auth.password_validation import validate_password
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import engine, selectors
from .models import (
    ActionPoint,
    AgendaItem,
    BestPractice,
    ExploitationForm,
    FocusArea,
    GuidelineProposal,
    Measure,
    Meeting,
    Membership,
    Organisation,
    Post,
    Role,
)

BLOCK_MESSAGES = {
    engine.BLOCK_FNR: _("et fødselsnummer"),
    engine.BLOCK_DNR: _("et D-nummer"),
    engine.BLOCK_PHONE: _("et telefonnummer"),
    engine.BLOCK_EMAIL: _("en e-postadresse"),
}


class StyledFormMixin:
    """Designsystemet classes on every widget."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "ds-input")


class PersonalDataGuardMixin:
    """Block personal data in ``guarded_fields``; ask the writer to confirm when names may be present."""

    guarded_fields: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm_no_names"] = forms.BooleanField(
            label=_("Jeg har sjekket teksten: den inneholder ingen navn på pasienter eller andre personer."),
            required=False,
        )
        self.name_warnings: list[str] = []

    def clean(self):
        cleaned = super().clean()
        names: list[str] = []
        for name in self.guarded_fields:
            result = engine.scan(cleaned.get(name) or "")
            for finding in result.blocks:
                self.add_error(
                    name,
                    _("Teksten inneholder %(what)s (%(masked)s). Fjern det før du lagrer.")
                    % {"what": BLOCK_MESSAGES[finding.kind], "masked": finding.masked},
                )
            names += [finding.masked for finding in result.warnings]
        if names and not cleaned.get("confirm_no_names"):
            self.name_warnings = sorted(set(names))
            self.add_error(
                "confirm_no_names",
                ngettext(
                    "Teksten kan inneholde et navn: %(names)s. Fjern navnet, eller bekreft at det ikke er en person.",
                    "Teksten kan inneholde navn: %(names)s. Fjern navnene, eller bekreft at de ikke er personer.",
                    len(self.name_warnings),
                )
                % {"names": ", ".join(self.name_warnings)},
            )
        return cleaned


class InvitationForm(StyledFormMixin, forms.Form):
    first_name = forms.CharField(label=_("Fornavn"), max_length=150)
    last_name = forms.CharField(label=_("Etternavn"), max_length=150)
    email = forms.EmailField(label=_("E-post"))
    organisation = forms.ModelChoiceField(label=_("Organisasjon"), queryset=Organisation.objects.all())
    role = forms.ChoiceField(label=_("Rolle"), choices=Role.choices, initial=Role.MEMBER)


class AcceptInvitationForm(StyledFormMixin, forms.Form):
    password1 = forms.CharField(
        label=_("Velg passord"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Minst 12 tegn. Ikke bruk et passord du bruker andre steder."),
    )
    password2 = forms.CharField(
        label=_("Gjenta passordet"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    def __init__(self, *args, user_hint=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user_hint = user_hint

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("Passordene er ikke like."))
        elif p1:
            try:
                validate_password(p1, user=self.user_hint)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class MembershipForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["role", "is_active"]


class DigestForm(StyledFormMixin, forms.Form):
    weekly_digest = forms.BooleanField(label=_("Send meg en ukentlig oppsummering på e-post"), required=False)


class PostForm(PersonalDataGuardMixin, StyledFormMixin, forms.ModelForm):
    guarded_fields = ("title", "body")
    exploitation_forms = forms.MultipleChoiceField(
        label=_("Former for utnytting"),
        choices=ExploitationForm.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Post
        fields = ["kind", "title", "body", "focus_areas", "exploitation_forms"]
        widgets = {"focus_areas": forms.CheckboxSelectMultiple, "kind": forms.RadioSelect}
        help_texts = {
            "body": _(
                "Skriv uten navn, fødselsnummer, telefonnummer, e-post eller andre opplysninger som kan "
                "identifisere en person."
            )
        }


class CommentForm(PersonalDataGuardMixin, StyledFormMixin, forms.Form):
    guarded_fields = ("body",)
    body = forms.CharField(label=_("Kommentar"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)


class MeetingForm(StyledFormMixin, forms.ModelForm):
    video_url = forms.URLField(label=_("Lenke til videomøte"), required=False, assume_scheme="https")

    class Meta:
        model = Meeting
        fields = ["title", "starts_at", "ends_at", "place", "video_url"]
        widgets = {
            "starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "ends_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        }

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("starts_at"), cleaned.get("ends_at")
        if start and end and end <= start:
            self.add_error("ends_at", _("Møtet må slutte etter at det starter."))
        if not cleaned.get("place") and not cleaned.get("video_url") and not self.errors:
            self.add_error("place", _("Skriv hvor møtet holdes, eller legg inn en lenke til videomøtet."))
        return cleaned


class AgendaItemForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["title", "kind", "focus_area"]


class DocumentForm(StyledFormMixin, forms.Form):
    title = forms.CharField(label=_("Tittel på dokumentet"), max_length=200)
    file = forms.FileField(label=_("Fil (PDF, Word, PowerPoint eller tekst, høyst 20 MB)"))

    ALLOWED = (".pdf", ".docx", ".odt", ".pptx", ".txt", ".xlsx", ".csv")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(self.ALLOWED):
            raise forms.ValidationError(
                _("Filtypen er ikke tillatt. Bruk PDF, Word, PowerPoint eller tekst.")
            )
        if upload.size > 20 * 1024 * 1024:
            raise forms.ValidationError(_("Filen er større enn 20 MB."))
        return upload


class AttendanceForm(forms.Form):
    attended = forms.ModelMultipleChoiceField(
        label=_("Hvem deltok?"),
        queryset=Membership.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended"].queryset = selectors.members()


class ActionPointForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = ActionPoint
        fields = ["title", "owner", "due_date"]
        widgets = {"due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = selectors.members()


class MinutesForm(PersonalDataGuardMixin, StyledFormMixin, forms.Form):
    guarded_fields = ("minutes",)
    minutes = forms.CharField(label=_("Referat"), widget=forms.Textarea(attrs={"rows": 12}))


class FocusAreaForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = FocusArea
        fields = ["title", "description", "period_start", "period_end"]

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("period_start") or 0) > (cleaned.get("period_end") or 9999):
            self.add_error("period_end", _("Sluttåret må være samme år som startåret eller senere."))
        return cleaned


class BestPracticeForm(PersonalDataGuardMixin, StyledFormMixin, forms.ModelForm):
    guarded_fields = ("description", "evidence")

    class Meta:
        model = BestPractice
        fields = [
            "title",
            "description",
            "target_services",
            "evidence",
            "sources",
            "owner",
            "review_date",
            "focus_areas",
        ]
        widgets = {
            "review_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "focus_areas": forms.CheckboxSelectMultiple,
        }


class ProposalForm(PersonalDataGuardMixin, StyledFormMixin, forms.ModelForm):
    guarded_fields = ("rationale",)

    class Meta:
        model = GuidelineProposal
        fields = ["title", "page", "section", "rationale", "sources"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = selectors.guide_pages()
        self.fields["page"].required = True


class ProposalTransitionForm(StyledFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Ny status"), choices=GuidelineProposal.Status.choices)
    reason = forms.CharField(label=_("Begrunnelse"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    revision = forms.IntegerField(
        label=_("Sideversjon som gjennomførte endringen"), required=False, widget=forms.Select
    )

    def __init__(self, *args, proposal=None, **kwargs):
        super().__init__(*args, **kwargs)
        revisions = selectors.revisions_for_page(proposal.page_id) if proposal and proposal.page_id else []
        self.fields["revision"].widget.choices = [("", "—")] + [
            (r.pk, f"{r.created_at:%d.%m.%Y %H:%M} ({r.pk})") for r in revisions
        ]

    def clean_revision(self):
        from wagtail.models import Revision

        value = self.cleaned_data.get("revision")
        if value is None:
            return None
        revision = Revision.objects.filter(pk=value).first()
        if revision is None:
            raise forms.ValidationError(_("Fant ikke denne sideversjonen."))
        return revision


class ProposalCommentForm(CommentForm):
    pass


class MeasureForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Measure
        fields = [
            "title",
            "description",
            "strand",
            "owner",
            "period_start",
            "period_end",
            "status",
            "planned_results",
            "achieved_results",
            "focus_areas",
            "meetings",
            "proposals",
        ]
        widgets = {
            "period_start": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "period_end": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "focus_areas": forms.CheckboxSelectMultiple,
            "meetings": forms.CheckboxSelectMultiple,
            "proposals": forms.CheckboxSelectMultiple,
        }

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("Sluttdatoen må være etter startdatoen."))
        return cleaned


class ReportForm(StyledFormMixin, forms.Form):
    period_start = forms.DateField(label=_("Fra og med"), widget=forms.DateInput(attrs={"type": "date"}))
    period_end = forms.DateField(label=_("Til og med"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("Sluttdatoen må være etter startdatoen."))
        return cleaned


class AddSecurityKeyForm(StyledFormMixin, _AllauthAddWebAuthnForm):
    """allauth's form for adding a security key (MFA_FORMS), with labels and errors in nb/nn/en.

    The credential is filled in by allauth's script after the browser has talked to the key.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].label = _("Navn på nøkkelen")
        self.fields["name"].help_text = _("Et navn du kjenner igjen, for eksempel «Nøkkel på nøkkelknippet».")
        self.fields["name"].max_length = 100
        self.fields["name"].widget.attrs["maxlength"] = "100"
        self.fields["name"].validators.append(MaxLengthValidator(100))
        credential = self.fields["credential"]
        credential.label = _("Sikkerhetsnøkkel")
        credential.error_messages = {
            "required": _("Trykk «Legg til nøkkel» og bruk sikkerhetsnøkkelen før skjemaet sendes."),
            "invalid": _("Svaret fra sikkerhetsnøkkelen kunne ikke leses. Prøv igjen."),
        }

    def clean(self):
        # allauth turns most bad answers into a ValidationError, but a credential that is valid JSON
        # without the expected keys raises KeyError or ValueError inside fido2: a form error too, not a 500.
        try:
            return super().clean()
        except (forms.ValidationError, KeyError, ValueError, TypeError, AttributeError) as error:
            raise forms.ValidationError(
                _("Sikkerhetsnøkkelen ble ikke registrert. Prøv igjen, eller bruk en annen nøkkel.")
            ) from error


class EditSecurityKeyForm(StyledFormMixin, _AllauthEditWebAuthnForm):
    """allauth's form for renaming a security key (MFA_FORMS), with a label in nb/nn/en."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].label = _("Navn på nøkkelen")
        self.fields["name"].widget.attrs["maxlength"] = "100"
        self.fields["name"].validators.append(MaxLengthValidator(100))


class _CacheAwareCodeMixin:
    """The sign-in code step while the cache is down: allauth marks each code as used in the cache so it
    cannot be replayed, and without the cache it refuses every code (it fails closed; we keep that).
    The member is told why, and what still works, instead of "wrong code"."""

    def clean_code(self):
        from varde.core.cache import cache_unavailable

        try:
            return super().clean_code()
        except forms.ValidationError:
            if cache_unavailable():
                raise forms.ValidationError(
                    _(
                        "Vi kan ikke sjekke engangskoder akkurat nå på grunn av en driftsfeil. Prøv igjen om"
                        " noen minutter, eller bruk en gjenopprettingskode eller sikkerhetsnøkkelen din."
                    ),
                    code="cache_unavailable",
                ) from None
            raise


class AuthenticateForm(_CacheAwareCodeMixin, _AllauthAuthenticateForm):
    """allauth's second sign-in step (MFA_FORMS["authenticate"]), see ``_CacheAwareCodeMixin``."""


class ReauthenticateForm(_CacheAwareCodeMixin, _AllauthReauthenticateForm):
    """allauth's confirm-with-a-code step (MFA_FORMS["reauthenticate"]), see ``_CacheAwareCodeMixin``."""
