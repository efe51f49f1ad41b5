"""API endpoints of the identification capability, mounted under /api/v1/identification/ by varde.api.

Nothing sent to ``assess`` is stored or logged; responses carry ``Cache-Control: no-store``.
"""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest, HttpResponse
from ninja import Field, Router, Schema
from ninja.responses import Status

from varde.core.api import ApiError
from varde.identification import engine

router = Router(tags=["identification"])

Lang = Literal["nb", "nn", "en"]
Answer = Literal["yes", "no", "unknown"]
Tri = Literal["yes", "no", "unknown"]
Form = Literal["sexual", "labour", "begging_crime", "organ_removal"]


class IndicatorOut(Schema):
    id: str
    topic: str
    text: str
    help: str
    dimension: str
    strength: str
    strength_child: str
    forms: list[str]
    applies_to: str
    element: str
    flags: list[str]
    uncertain: bool
    sources: list[str]


class IndicatorsOut(Schema):
    version: str
    valid_from: str
    lang: Lang
    method: str
    uncertain_notes: list[str]
    indicators: list[IndicatorOut]


class ContextIn(Schema):
    age: Literal["adult", "under_18", "maybe_under_18"] = Field(
        "maybe_under_18", description="'maybe_under_18' = age unknown, may be a child: treated as a child."
    )
    forms: list[Form] = Field(
        default_factory=list, description="Suspected forms of exploitation; empty = unknown."
    )
    ongoing: Tri = "unknown"
    acute_danger: Tri = "unknown"


class AssessIn(Schema):
    answers: dict[str, Answer] = Field(..., description="Indicator id -> yes / no / unknown.")
    context: ContextIn = Field(default_factory=ContextIn)
    lang: Lang = "nb"


class DimensionOut(Schema):
    id: str
    positive: bool
    strong: int
    medium: int
    weak: int


class TextOut(Schema):
    id: str
    text: str


class DutyOut(Schema):
    id: str
    status: Literal["applies", "consider"]
    text: str
    source: str


class StepOut(Schema):
    id: str
    text: str
    link: str


class ReasonOut(Schema):
    code: str
    text: str


class AssessOut(Schema):
    level: Literal["none", "some", "strong", "acute"]
    level_text: str
    treated_as_child: bool
    pattern_met: bool
    elements_met: bool
    elements_supported: list[str]
    elements_required: list[str]
    dimensions: list[DimensionOut]
    grave_factors: list[str]
    signs: list[TextOut]
    unknown: list[TextOut]
    reasons: list[ReasonOut]
    duties: list[DutyOut]
    steps: list[StepOut]
    caveats: list[str]
    uncertain: list[str]
    concern_note: str
    rules_version: str
    method: str


ErrorOut = ApiError  # the shared error shape of /api/v1/


def _no_store(response: HttpResponse) -> None:
    response["Cache-Control"] = "no-store"


@router.get("/indicators", response=IndicatorsOut, summary="The indicator set in one language")
def indicators(request: HttpRequest, response: HttpResponse, lang: Lang = "nb"):
    rules = engine.default_rules()
    _no_store(response)
    return {
        "version": rules.version,
        "valid_from": rules.valid_from.isoformat(),
        "lang": lang,
        "method": engine.ILO_URL,
        "uncertain_notes": [n[lang] for n in rules.uncertain_notes],
        "indicators": [
            {
                "id": i.id,
                "topic": i.topic,
                "text": i.text[lang],
                "help": i.help[lang],
                "dimension": i.dimension,
                "strength": i.strength,
                "strength_child": i.strength_child,
                "forms": list(i.forms),
                "applies_to": i.applies_to,
                "element": i.element,
                "flags": list(i.flags),
                "uncertain": i.uncertain,
                "sources": [rules.sources[k] for k in i.sources],
            }
            for i in rules.indicators
        ],
    }


@router.post(
    "/assess",
    response={200: AssessOut, 400: ErrorOut},
    summary="Assess observed signs: concern level, reasons, duties, next steps and a concern note",
)
def assess(request: HttpRequest, response: HttpResponse, payload: AssessIn):
    rules = engine.default_rules()
    _no_store(response)
    lang = payload.lang
    ctx = engine.Context(
        age=payload.context.age,
        forms=tuple(payload.context.forms),
        ongoing=payload.context.ongoing,
        acute_danger=payload.context.acute_danger,
    )
    try:
        result = engine.assess(dict(payload.answers), ctx, rules)
    except engine.InputError as exc:
        return Status(400, {"error": str(exc)})
    by_id = rules.by_id
    body = {
        "level": result.level.key,
        "level_text": engine.text(f"level.{result.level.key}", lang),
        "treated_as_child": result.treated_as_child,
        "pattern_met": result.pattern_met,
        "elements_met": result.elements_met,
        "elements_supported": list(result.elements_supported),
        "elements_required": list(result.elements_required),
        "dimensions": [vars(d) for d in result.dimensions],
        "grave_factors": list(result.grave_factors),
        "signs": [{"id": i, "text": by_id[i].text[lang]} for i in result.yes],
        "unknown": [{"id": i, "text": by_id[i].text[lang]} for i in result.unknown],
        "reasons": [{"code": r.code, "text": engine.reason_text(r, lang)} for r in result.reasons],
        "duties": [
            {"id": d.id, "status": d.status, "text": engine.duty_text(d, lang), "source": d.url}
            for d in result.duties
        ],
        "steps": [{"id": s.id, "text": engine.step_text(s, lang), "link": s.link} for s in result.steps],
        "caveats": [engine.text(f"caveat.{c}", lang) for c in result.caveats],
        "uncertain": engine.uncertain_texts(result, rules, lang),
        "concern_note": engine.concern_note(result, lang, rules),
        "rules_version": result.rules_version,
        "method": engine.ILO_URL,
    }
    return Status(200, body)
