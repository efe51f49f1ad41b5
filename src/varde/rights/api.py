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
from ninja import Query, Router, Schema
from ninja.responses import Status

from varde.core.api import ApiError
from varde.rights import engine
from varde.rights.forms import facts_error_message

router = Router(tags=["rights"])

Lang = Literal["nb", "nn", "en"]


ErrorOut = ApiError  # the shared error shape of /api/v1/


class RightsQuery(Schema):
    status: str | None = None
    age: str | None = None
    under18: str | None = None
    date: str | None = None
    pregnant: str | None = None
    ehic: str | None = None
    employed: str | None = None
    close_relation: str | None = None
    acts: str | None = None
    q_resident: str | None = None
    q_asylum: str | None = None
    q_reflection: str | None = None
    q_limited: str | None = None
    q_permit: str | None = None
    q_eea: str | None = None
    eea_stay: str | None = None
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
