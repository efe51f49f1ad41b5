"""Forms built from a survey's questions, and the catalogue filter form."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from varde.competence import engine
from varde.competence.choices import (
    FYLKER,
    NATIONAL,
    Level,
    OfferFormat,
    ServiceType,
    Topic,
    fylke_of,
    region_choices,
)
from varde.competence.models import LIKERT_LABELS, QuestionKind, SurveyRound

PERSONAL_DATA_MESSAGES = {
    "fodselsnummer": _("et fødselsnummer"),
    "telefon": _("et telefonnummer"),
    "epost": _("en e-postadresse"),
}


def field_name(question) -> str:
    return f"q{question.pk}"


class SurveyForm(forms.Form):
    """One field per question. An open link also asks for service type and fylke."""

    def __init__(self, *args, questions, ask_target: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        if ask_target:
            self.fields["service_type"] = forms.ChoiceField(
                label=_("Hvilken tjeneste jobber du i?"), choices=[("", "—"), *ServiceType.choices]
            )
            self.fields["region"] = forms.ChoiceField(
                label=_("Hvilket fylke jobber du i?"), choices=[("", "—"), *region_choices()]
            )
        for question in self.questions:
            self.fields[field_name(question)] = self._field_for(question)

    @staticmethod
    def _field_for(question):
        common = {"label": question.text, "required": question.required, "help_text": question.help_text}
        if question.kind == QuestionKind.LIKERT:
            return forms.TypedChoiceField(
                choices=[(str(v), label) for v, label in LIKERT_LABELS],
                coerce=int,
                widget=forms.RadioSelect,
                **common,
            )
        if question.kind == QuestionKind.SINGLE:
            return forms.ChoiceField(choices=question.option_list, widget=forms.RadioSelect, **common)
        if question.kind == QuestionKind.MULTIPLE:
            return forms.MultipleChoiceField(
                choices=question.option_list, widget=forms.CheckboxSelectMultiple, **common
            )
        if question.kind == QuestionKind.NUMBER:
            return forms.IntegerField(min_value=0, max_value=100000, **common)
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), max_length=2000, **common)

    def clean(self):
        data = super().clean()
        for question in self.questions:
            if question.kind != QuestionKind.TEXT:
                continue
            name = field_name(question)
            findings = engine.personal_data_findings(data.get(name) or "")
            if findings:
                kinds = ", ".join(str(PERSONAL_DATA_MESSAGES[f]) for f in findings)
                self.add_error(
                    name,
                    _("Teksten ser ut til å inneholde %(kinds)s. Fjern personopplysninger før du sender.")
                    % {"kinds": kinds},
                )
        return data

    def bound_questions(self):
        """(question, bound field) pairs for the template."""
        return [(question, self[field_name(question)]) for question in self.questions]


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Søk"), required=False, max_length=100)
    level = forms.ChoiceField(label=_("Nivå"), required=False, choices=[("", _("Alle")), *Level.choices])
    format = forms.ChoiceField(
        label=_("Form"), required=False, choices=[("", _("Alle")), *OfferFormat.choices]
    )
    region = forms.ChoiceField(label=_("Region"), required=False, choices=[])
    topic = forms.ChoiceField(label=_("Tema"), required=False, choices=[("", _("Alle")), *Topic.choices])
    language = forms.ChoiceField(
        label=_("Språk"),
        required=False,
        choices=[("", _("Alle")), ("nb", _("Bokmål")), ("nn", _("Nynorsk")), ("en", _("Engelsk"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [("", _("Alle")), *region_choices(with_national=True)]


# --- Admin forms ------------------------------------------------------------------------------------

MAX_INVITATION_LINKS = 5000


class InvitationForm(forms.Form):
    """Links for many targets at once: service types × kommune/fylke codes, in an open round."""

    round = forms.ModelChoiceField(
        label=_("Runde"),
        queryset=SurveyRound.objects.filter(is_open=True).select_related("survey"),
        empty_label="—",
        error_messages={
            "required": _("Velg en runde som er åpen for svar."),
            "invalid_choice": _("Velg en runde som er åpen for svar."),
        },
    )
    service_types = forms.MultipleChoiceField(
        label=_("Tjenestetyper"),
        choices=ServiceType.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Velg minst én tjenestetype.")},
    )
    regions = forms.CharField(
        label=_("Kommune- og fylkesnumre"),
        required=False,
        max_length=2000,
        help_text=_("Skill med mellomrom eller komma, for eksempel «0301 4601 46 50»."),
    )
    all_fylker = forms.BooleanField(label=_("Alle fylker"), required=False)
    personal = forms.BooleanField(
        label=_("Personlige engangslenker"),
        required=False,
        help_text=_("Hver lenke kan brukes til ett svar. Uten dette får hver målgruppe én felles lenke."),
    )
    count = forms.IntegerField(
        label=_("Antall personlige lenker per målgruppe"),
        min_value=1,
        max_value=500,
        initial=1,
        required=False,
    )

    def clean_regions(self):
        raw = self.cleaned_data.get("regions") or ""
        codes, bad = [], []
        for token in re.split(r"[\s,;]+", raw.strip()):
            if not token:
                continue
            if fylke_of(token) in ("", NATIONAL):
                bad.append(token)
            elif token not in codes:
                codes.append(token)
        if bad:
            raise forms.ValidationError(
                _(
                    "Ukjente kommune- eller fylkesnumre: %(codes)s. Bruk fire sifre for kommune og to for fylke."
                )
                % {"codes": ", ".join(bad[:10])}
            )
        return codes

    def clean(self):
        data = super().clean()
        regions = list(data.get("regions") or [])
        if data.get("all_fylker"):
            regions += [code for code in FYLKER if code not in regions]
        if not regions and "regions" not in self.errors:
            self.add_error(
                "regions", _("Skriv minst ett kommune- eller fylkesnummer, eller velg alle fylker.")
            )
        data["regions"] = regions
        count = data.get("count") or 1
        data["count"] = count if data.get("personal") else 1
        total = len(regions) * len(data.get("service_types") or []) * data["count"]
        if total > MAX_INVITATION_LINKS:
            raise forms.ValidationError(
                _("Det blir %(total)s lenker. Lag høyst %(max)s om gangen.")
                % {"total": total, "max": MAX_INVITATION_LINKS}
            )
        return data


class ModerationForm(forms.Form):
    answer = forms.IntegerField(min_value=1)
    action = forms.ChoiceField(choices=[("hide", "hide"), ("show", "show")])
