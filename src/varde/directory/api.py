"""API endpoints of the directory capability, mounted under /api/v1/services/ by varde.api.

Same filters as the /hjelp/ page: need (repeatable or comma-separated), place, group, gender, status,
language, open. Bad values → 400 with {"error": message, "problems": [{"field", "message"}]}.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from django.http import HttpResponse
from ninja import Router, Schema, Status

from varde.core.api import ApiError
from varde.directory import models, selectors
from varde.directory.filtering import FilterProblem, query_to_filters

router = Router(tags=["directory"])

LEVELS = {0: "local", 1: "regional", 2: "national"}


class ServiceOut(Schema):
    slug: str
    name: str
    organisation: str
    url: str
    categories: list[str]
    groups: list[str]
    genders: list[str]
    statuses: list[str]
    languages: list[str]
    description_nb: str
    description_nn: str
    description_en: str
    coverage: str
    fylker: list[str]
    kommuner: list[str]
    match_level: str
    address: str
    phone: str
    email: str
    web: str
    is_24_7: bool
    hours_note: str
    confidentiality: str
    how_to_refer: str
    cost: str
    sources: list[str]
    source_read: date | None
    uncertain: bool
    last_verified: date | None
    verified_by: str
    stale: bool


class ServiceList(Schema):
    count: int
    place: str | None
    results: list[ServiceOut]


class Problem(Schema):
    field: str
    message: str


ErrorOut = ApiError  # the shared error shape of /api/v1/


def _out(service: models.Service, rank: int) -> dict:
    return {
        "slug": service.slug,
        "name": service.name,
        "organisation": service.organisation,
        "url": service.get_absolute_url(),
        "categories": service.categories,
        "groups": service.groups,
        "genders": service.genders,
        "statuses": service.statuses,
        "languages": service.languages,
        "description_nb": service.description_nb,
        "description_nn": service.description_nn,
        "description_en": service.description_en,
        "coverage": service.coverage,
        "fylker": service.fylke_numbers,
        "kommuner": service.kommune_numbers,
        "match_level": LEVELS[rank],
        "address": service.address,
        "phone": service.phone,
        "email": service.email,
        "web": service.web,
        "is_24_7": service.is_24_7,
        "hours_note": service.hours_note,
        "confidentiality": service.confidentiality,
        "how_to_refer": service.how_to_refer,
        "cost": service.cost,
        "sources": service.source_list,
        "source_read": service.source_read,
        "uncertain": service.uncertain,
        "last_verified": service.last_verified,
        "verified_by": service.verified_by,
        "stale": service.is_stale,
    }


def _search(request):
    filters, place = query_to_filters(dict(request.GET.lists()))
    return place, selectors.service_search(filters=filters, place=place)


def _error(problem: FilterProblem) -> dict:
    return {"error": problem.message, "problems": [{"field": problem.field, "message": problem.message}]}


@router.get(
    "",
    response={200: ServiceList, 400: ErrorOut},
    summary="Search help services",
    description=(
        "Query parameters: need (category slug, repeatable), place (kommune name or number, fylke name or "
        "number), group (adult|child), gender (woman|man|other), status (lawful|asylum_seeker|"
        "reflection_period|undocumented), language (ISO 639 code), open (now|24-7). Local services first."
    ),
)
def list_services(request):
    try:
        place, results = _search(request)
    except FilterProblem as problem:
        return Status(400, _error(problem))
    return Status(
        200,
        {
            "count": len(results),
            "place": place.label if place else None,
            "results": [_out(service, rank) for service, rank in results],
        },
    )


CSV_FIELDS = [
    "slug", "name", "organisation", "categories", "groups", "genders", "statuses", "languages",
    "coverage", "fylker", "kommuner", "match_level", "phone", "email", "web", "address", "is_24_7",
    "hours_note", "cost", "confidentiality", "how_to_refer", "description_nb", "sources", "source_read",
    "uncertain", "last_verified", "verified_by", "stale",
]  # fmt: skip


@router.get(
    "/export.csv",
    response={200: None, 400: ErrorOut},
    summary="Export help services as CSV (same filters)",
)
def export_services_csv(request):
    try:
        _place, results = _search(request)
    except FilterProblem as problem:
        return Status(400, _error(problem))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_FIELDS)
    for service, rank in results:
        row = _out(service, rank)
        writer.writerow(
            [
                "; ".join(v) if isinstance(v, list) else ("" if v is None else v)
                for v in (row[f] for f in CSV_FIELDS)
            ]
        )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="hjelpetjenester.csv"'
    return response
