"""Form state of the identification check.

The whole state travels in the POST body (context fields plus one ``a_<indicator id>`` field per
answered question); nothing is kept on the server. A field a normal user cannot produce (unknown id,
unknown value, unknown step) is tampering and raises ``BadState`` (the view answers 400).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django import forms as djforms
from django.utils.translation import gettext_lazy as _

from varde.identification import engine

ANSWER_PREFIX = "a_"


class BadState(ValueError):
    """The posted state is not something the flow can produce."""


class ContextForm(djforms.Form):
    age = djforms.ChoiceField(
        label=_("Kan personen være under 18 år?"),
        choices=[
            ("under_18", _("Ja, personen er under 18 år")),
            ("maybe_under_18", _("Vet ikke – personen kan være under 18 år")),
            ("adult", _("Nei, personen er 18 år eller eldre")),
        ],
        widget=djforms.RadioSelect,
        error_messages={"required": _("Svar på om personen kan være under 18 år.")},
    )
    forms = djforms.MultipleChoiceField(
        label=_("Hva slags utnytting kan det dreie seg om?"),
        help_text=_("Velg alle som passer. Velger du ingen, får du spørsmål om alle former."),
        choices=[
            ("sexual", _("Seksuell utnytting")),
            ("labour", _("Arbeid eller tjenester")),
            ("begging_crime", _("Tigging eller kriminalitet")),
            ("organ_removal", _("Fjerning av organer")),
        ],
        widget=djforms.CheckboxSelectMultiple,
        required=False,
    )
    ongoing = djforms.ChoiceField(
        label=_("Pågår utnyttingen fortsatt?"),
        choices=[("yes", _("Ja")), ("no", _("Nei")), ("unknown", _("Vet ikke"))],
        widget=djforms.RadioSelect,
        initial="unknown",
        required=False,
    )
    acute_danger = djforms.ChoiceField(
        label=_("Er personen i akutt fare nå?"),
        help_text=_("For eksempel trusler om vold i dag, eller at noen venter utenfor for å hente personen."),
        choices=[("yes", _("Ja")), ("no", _("Nei")), ("unknown", _("Vet ikke"))],
        widget=djforms.RadioSelect,
        initial="unknown",
        required=False,
    )


@dataclass
class State:
    context: dict = field(default_factory=dict)  # raw context values (strings / list of forms)
    answers: dict[str, str] = field(default_factory=dict)

    def engine_context(self) -> engine.Context:
        return engine.Context(
            age=self.context.get("age", "maybe_under_18"),
            forms=tuple(self.context.get("forms", ())),
            ongoing=self.context.get("ongoing", "unknown"),
            acute_danger=self.context.get("acute_danger", "unknown"),
        )


CONTEXT_CHOICES = {name: {c for c, _label in f.choices} for name, f in ContextForm.base_fields.items()}


def parse_state(data, rules: engine.RuleSet) -> State:
    """Read context and answers from POST data. Raises BadState on anything tampered."""
    state = State()
    for name, allowed in CONTEXT_CHOICES.items():
        values = data.getlist(name)
        if any(v not in allowed for v in values):
            raise BadState(f"ugyldig verdi for {name}")
        if name == "forms":
            state.context["forms"] = list(dict.fromkeys(values))
        elif len(values) > 1:
            raise BadState(f"flere verdier for {name}")
        elif values:
            state.context[name] = values[0]
    ids = rules.by_id
    for key in data:
        if not key.startswith(ANSWER_PREFIX):
            continue
        ind_id = key[len(ANSWER_PREFIX) :]
        if ind_id not in ids:
            raise BadState(f"ukjent indikator: {ind_id}")
        values = data.getlist(key)
        if len(values) != 1 or values[0] not in engine.ANSWERS:
            raise BadState(f"ugyldig svar for {ind_id}")
        state.answers[ind_id] = values[0]
    return state
