"""API endpoints of the competence capability, mounted under /api/v1/competence/ by varde.api.

Read-only. Survey results carry the same small-cell suppression as the results page: hidden figures are
``null``.
"""

from __future__ import annotations

import datetime
from typing import Literal

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Path, Query, Router, Schema

from varde.competence import selectors
from varde.competence.choices import Level, OfferFormat, Topic
from varde.competence.models import Survey, SurveyRound
from varde.core.api import ApiError

router = Router(tags=["competence"])


class OfferOut(Schema):
    title: str
    provider: str
    description: str
    audience: str
    level: str
    format: str
    region: str
    topics: list[str]
    starts_on: datetime.date | None
    ends_on: datetime.date | None
    language: str
    url: str


class OfferFilter(Schema):
    q: str = ""
    level: Literal[tuple(Level.values)] | None = None  # type: ignore[valid-type]
    format: Literal[tuple(OfferFormat.values)] | None = None  # type: ignore[valid-type]
    region: str = ""
    topic: Literal[tuple(Topic.values)] | None = None  # type: ignore[valid-type]
    language: str = ""


@router.get("/catalogue", response=list[OfferOut], summary="Training offers, filtered")
def catalogue(request, filters: Query[OfferFilter]):
    offers = selectors.offers_filtered(**{k: v for k, v in filters.dict().items() if v})
    return [
        OfferOut(
            title=o.title,
            provider=o.provider,
            description=o.description,
            audience=o.audience,
            level=o.level,
            format=o.format,
            region=o.region,
            topics=o.topic_list,
            starts_on=o.starts_on,
            ends_on=o.ends_on,
            language=o.language,
            url=o.url,
        )
        for o in offers
    ]


class GroupOut(Schema):
    group: str
    kind: str
    respondents: int | None
    values: list[float | None]


class QuestionOut(Schema):
    question: str
    kind: str
    columns: list[str]
    groups: list[GroupOut]


class ResultsOut(Schema):
    survey: str
    round: str
    questions: list[QuestionOut]


@router.get(
    "/surveys/{slug}/results",
    response={200: ResultsOut, 404: ApiError},
    summary="Suppressed results of a survey round",
    description="404 when no survey has this slug, or it has no published round (with that name).",
)
def results(request, slug: str = Path(..., examples=["kompetansebehov-menneskehandel"]), round: str = ""):
    survey = get_object_or_404(Survey, slug=slug)
    rounds = list(selectors.public_rounds(survey))
    chosen = next((r for r in rounds if r.name == round), None) if round else (rounds[-1] if rounds else None)
    if chosen is None:
        raise Http404
    data = selectors.round_results(chosen)
    return ResultsOut(
        survey=survey.title,
        round=chosen.name,
        questions=[
            QuestionOut(
                question=r.question.text,
                kind=r.question.kind,
                columns=[str(c) for c in r.columns],
                groups=[
                    GroupOut(
                        group=row["group"].label,
                        kind=row["group"].kind,
                        respondents=row["group"].n,
                        values=[None if v is None else round_(v) for v in row["raw"]],
                    )
                    for row in r.rows
                ],
            )
            for r in data["questions"]
        ],
    )


def round_(value: float) -> float:
    import builtins

    return builtins.round(value, 2)


class GapOut(Schema):
    topic: str
    region: str
    need: int | None
    offers: int
    gap: bool


@router.get("/gaps", response=list[GapOut], summary="Needs against offers by topic and fylke")
def gaps(request):
    survey_round = SurveyRound.objects.filter(results_public=True).order_by("-name").first()
    rows, _national = selectors.gap_analysis(survey_round)
    return [GapOut(topic=r.topic, region=r.region, need=r.need, offers=r.offers, gap=r.gap) for r in rows]
