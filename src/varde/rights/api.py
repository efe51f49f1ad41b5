"""API endpoints of the rights capability, mounted under /api/v1/rights/ by varde.api.

``GET /api/v1/rights`` evaluates the rules for the facts in the query string (status, or the plain
questions that derive it; age or ``under18``; date; pregnant, ehic, employed, close_relation, acts).
``GET /api/v1/rights/rules`` returns every rule and duty as data. Nothing sent is stored or logged;
evaluation responses carry ``Cache-Control: no-store``.
"""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.responses import Status

from varde.core.api import ApiError
from varde.rights import engine
from varde.rights.forms import facts_error_message

router = Router(tags=["rights"])

Lang = Literal["nb", "nn", "en"]


ErrorOut = ApiError  # the shared error shape of /api/v1/


def _documented(description: str, **schema: Any):
    """A query parameter read as text, with the values it accepts documented in the OpenAPI schema.

    The engine checks them, so a wrong value gets a 400 with a message in the reader's language (and the
    field's name), not a validation error in English.
    """
    return Field(None, description=description, json_schema_extra=schema)


_YES_NO = sorted((engine.TRUE_WORDS | engine.FALSE_WORDS) - {""})


def _yes_no(description: str):
    return _documented(description, enum=_YES_NO)


class RightsQuery(Schema):
    status: str | None = _documented(
        "Residence status code (see /rights/rules); leave out to derive it from the q_ questions",
        enum=[*engine.get_ruleset().statuses, "unknown"],
    )
    age: str | None = _documented(f"Age in whole years, 0–{engine.MAX_AGE}", pattern=r"^[0-9]{1,3}$")
    under18: str | None = _yes_no("The person may be under 18")
    date: str | None = _documented("The date to assess, YYYY-MM-DD (default today)", format="date")
    pregnant: str | None = _yes_no("Pregnant")
    ehic: str | None = _yes_no("Has a European Health Insurance Card")
    employed: str | None = _yes_no("In work in Norway")
    close_relation: str | None = _yes_no("The exploiter is a partner or family member (close relation)")
    acts: str | None = _documented(
        "Where the exploitation took place: unknown, norway, abroad (only) or both",
        enum=list(engine.ACTS_VALUES),
    )
    q_resident: str | None = _yes_no("Norwegian citizen or registered as resident in Norway")
    q_asylum: str | None = _yes_no("Has applied for asylum and awaits the final answer")
    q_reflection: str | None = _yes_no("Has a reflection period")
    q_limited: str | None = _yes_no("Has a limited residence permit as a victim of trafficking")
    q_permit: str | None = _yes_no(
        "Has another residence permit (protection, witness, strong humanitarian grounds)"
    )
    q_eea: str | None = _yes_no("Is an EU/EEA citizen")
    eea_stay: str | None = _documented(
        "An EEA citizen's stay: short (under three months), long (with work, study or own means), lapsed",
        enum=list(engine.EEA_STAY_VALUES),
    )
    lang: Lang = "nb"


@router.get(
    "",
    response={200: dict[str, Any], 400: ErrorOut},
    summary="What is this person entitled to, as of a date?",
    description=(
        "Give `status` (one of the codes in /rights/rules) or answer the plain questions "
        "(q_resident, q_asylum, q_reflection, q_limited, q_permit, q_eea, eea_stay=short|long|lapsed). "
        "`age` in years or `under18=true` when the person may be a child; `date` as YYYY-MM-DD "
        "(default today). Uncertain rules read 'Uncertain – ask …' in `display`."
    ),
)
def rights(request: HttpRequest, response: HttpResponse, query: Query[RightsQuery]):
    response["Cache-Control"] = "no-store"
    ruleset = engine.get_ruleset()
    params = query.dict(exclude={"lang"})
    try:
        facts = engine.facts_from_params(params, ruleset.statuses, timezone.localdate())
        return ruleset.evaluate(facts, query.lang)
    except engine.FactsError as exc:
        return Status(400, {"error": facts_error_message(exc), "field": exc.field})


@router.get("/rules", response=dict[str, Any], summary="All rights rules, duties and their vocabulary")
def rules(request: HttpRequest):
    ruleset = engine.get_ruleset()
    return {
        "statuses": ruleset.statuses,
        "age_bands": ruleset.age_bands,
        "entitlements": ruleset.entitlements,
        "groups": ruleset.groups,
        "rules": ruleset.rules_as_data(),
        "duties": [
            {
                "id": d.id,
                "ages": list(d.ages),
                "confidence": d.confidence,
                "basis": [b.as_dict() for b in d.basis],
                "sources": list(d.sources),
                "title": dict(d.title),
                "text": dict(d.text),
            }
            for d in ruleset.duties
        ],
        "sources": ruleset.sources,
    }
