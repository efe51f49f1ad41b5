"""Forms built from a survey's questions, and the catalogue filter form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from varde.competence import engine
from varde.competence.choices import Level, OfferFormat, ServiceType, Topic, region_choices
from varde.competence.models import LIKERT_LABELS, QuestionKind

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
