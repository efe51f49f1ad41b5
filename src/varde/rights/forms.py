"""The navigator's short question form (GET, works without JS) and translated input errors.

Parsing and validation of the facts live in the engine (``facts_from_params``) so the pages and the
API agree; this form only describes the questions and re-fills them from the query string.
"""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from varde.rights.engine import FactsError

YES_NO = [("", _("Vet ikke")), ("yes", _("Ja")), ("no", _("Nei"))]


def facts_error_message(exc: FactsError) -> str:
    messages = {
        "unknown_status": gettext("Ukjent status «%(value)s». Velg en status fra listen."),
        "missing_status": gettext("Velg en status, eller svar på spørsmålene om opphold."),
        "bad_age": gettext("Alder må være et helt tall i år, for eksempel 17."),
        "age_out_of_range": gettext("Alder må være mellom 0 og 130 år."),
        "bad_date": gettext("Datoen må skrives som ÅÅÅÅ-MM-DD, for eksempel 2025-06-01."),
        "bad_boolean": gettext("Ugyldig svar i feltet «%(field)s». Bruk ja eller nei."),
        "bad_choice": gettext("Ugyldig valg «%(value)s» i feltet «%(field)s»."),
        "unknown_band": gettext("Ukjent aldersgruppe «%(value)s»."),
    }
    template = messages.get(exc.code, gettext("Ugyldig verdi i feltet «%(field)s»."))
    return template % {"value": exc.value, "field": exc.field}


class RightsForm(forms.Form):
    """Questions asked by /rettigheter/sjekk/. Field names are the API's query parameters."""

    status = forms.ChoiceField(label=_("Oppholdsstatus"), required=False)
    q_resident = forms.ChoiceField(
        label=_("Er personen norsk statsborger eller registrert bosatt i Norge?"),
        choices=YES_NO,
        required=False,
    )
    q_asylum = forms.ChoiceField(
        label=_("Har personen søkt asyl og venter på endelig svar?"), choices=YES_NO, required=False
    )
    q_reflection = forms.ChoiceField(
        label=_("Har personen fått refleksjonsperiode?"), choices=YES_NO, required=False
    )
    q_limited = forms.ChoiceField(
        label=_("Har personen begrenset oppholdstillatelse som offer for menneskehandel?"),
        choices=YES_NO,
        required=False,
    )
    q_permit = forms.ChoiceField(
        label=_("Har personen en annen oppholdstillatelse (beskyttelse, vitne, sterke menneskelige hensyn)?"),
        choices=YES_NO,
        required=False,
    )
    q_eea = forms.ChoiceField(label=_("Er personen EU/EØS-borger?"), choices=YES_NO, required=False)
    eea_stay = forms.ChoiceField(
        label=_("Hvis EØS-borger: hvor lenge og på hvilket grunnlag?"),
        choices=[
            ("", _("Vet ikke / ikke EØS-borger")),
            ("short", _("Under tre måneder")),
            ("long", _("Over tre måneder, med arbeid, studier eller egne midler")),
            ("lapsed", _("Over tre måneder uten slikt grunnlag")),
        ],
        required=False,
    )
    age = forms.CharField(label=_("Alder i år (hvis kjent)"), required=False)
    under18 = forms.BooleanField(label=_("Alder ukjent, men personen kan være under 18"), required=False)
    pregnant = forms.BooleanField(label=_("Personen er gravid"), required=False)
    ehic = forms.BooleanField(label=_("Har europeisk helsetrygdkort"), required=False)
    employed = forms.BooleanField(label=_("Arbeider i Norge"), required=False)
    close_relation = forms.BooleanField(
        label=_("Utnytteren er partner eller familie (nær relasjon)"), required=False
    )
    acts = forms.ChoiceField(
        label=_("Hvor skjedde utnyttelsen?"),
        choices=[
            ("unknown", _("Vet ikke")),
            ("norway", _("I Norge")),
            ("abroad", _("Bare i utlandet")),
            ("both", _("Både i Norge og i utlandet")),
        ],
        required=False,
    )
    date = forms.CharField(label=_("Vurder per dato (ÅÅÅÅ-MM-DD)"), required=False)

    def __init__(self, *args, statuses=None, lang="nb", **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", gettext("Vet ikke – svar på spørsmålene nedenfor"))]
        choices += [(code, labels[lang]) for code, labels in (statuses or {}).items()]
        self.fields["status"].choices = choices

    QUESTION_FIELDS = ("q_resident", "q_asylum", "q_reflection", "q_limited", "q_permit", "q_eea", "eea_stay")
    FACT_FIELDS = ("pregnant", "ehic", "employed", "close_relation")

    def question_fields(self):
        return [self[name] for name in self.QUESTION_FIELDS]

    def fact_fields(self):
        return [self[name] for name in self.FACT_FIELDS]
