"""Reads: resolve a place, find services, list stale services and the suggestion queue."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from varde.directory import engine
from varde.directory.models import STALE_AFTER, ChangeSuggestion, Fylke, Kommune, Service


class PlaceNotFound(ValueError):
    pass


def place_resolve(*, text: str) -> engine.Place | None:
    """Kommune name or number, fylke name or number → Place. Empty text → None. Unknown → PlaceNotFound."""
    text = " ".join(text.split())
    if not text:
        return None
    if text.isdecimal():
        if len(text) == 4:
            kommune = Kommune.objects.select_related("fylke").filter(number=text).first()
            if kommune:
                return engine.Place(kommune.number, kommune.fylke.number, kommune.official_name)
        if len(text) == 2:
            fylke = Fylke.objects.filter(number=text).first()
            if fylke:
                return engine.Place("", fylke.number, fylke.name)
        raise PlaceNotFound(text)
    kommune = (
        Kommune.objects.select_related("fylke")
        .filter(Q(name__iexact=text) | Q(official_name__iexact=text))
        .order_by("number")
        .first()
    )
    if kommune:
        return engine.Place(kommune.number, kommune.fylke.number, kommune.official_name)
    fylke = Fylke.objects.filter(name__iexact=text).first()
    if fylke:
        return engine.Place("", fylke.number, fylke.name)
    # Python-side case-insensitive match for non-ASCII names (SQLite's iexact is ASCII-only).
    wanted = engine.normalise_place(text)
    for kommune in Kommune.objects.select_related("fylke"):
        if wanted in (engine.normalise_place(kommune.name), engine.normalise_place(kommune.official_name)):
            return engine.Place(kommune.number, kommune.fylke.number, kommune.official_name)
    for fylke in Fylke.objects.all():
        if wanted == engine.normalise_place(fylke.name):
            return engine.Place("", fylke.number, fylke.name)
    raise PlaceNotFound(text)


def place_names() -> list[str]:
    """Kommune and fylke names for the place suggestions list."""
    kommuner = list(Kommune.objects.order_by("name").values_list("name", flat=True))
    fylker = list(Fylke.objects.order_by("name").values_list("name", flat=True))
    return sorted(set(kommuner) | set(fylker))


def _service_queryset() -> QuerySet[Service]:
    return Service.objects.prefetch_related("fylker", "kommuner", "hours")


def service_record(service: Service) -> engine.ServiceRecord:
    return engine.ServiceRecord(
        key=service.slug,
        name=service.name,
        categories=frozenset(service.categories),
        groups=frozenset(service.groups),
        genders=frozenset(service.genders),
        statuses=frozenset(service.statuses),
        languages=frozenset(service.languages),
        coverage=service.coverage,
        fylker=frozenset(f.number for f in service.fylker.all()),
        kommuner=frozenset(k.number for k in service.kommuner.all()),
        is_24_7=service.is_24_7,
        hours=tuple(engine.OpeningSlot(h.weekday, h.opens, h.closes) for h in service.hours.all()),
    )


def service_search(
    *, filters: engine.Filters, place: engine.Place | None, moment: datetime | None = None
) -> list[tuple[Service, int]]:
    """Services matching the filters, local first. Returns (service, place rank 0/1/2)."""
    services = {s.slug: s for s in _service_queryset()}
    moment = moment or timezone.localtime()
    found = engine.search(
        [service_record(s) for s in services.values()],
        filters,
        place=place,
        moment=moment.replace(tzinfo=None),
    )
    return [(services[record.key], rank) for record, rank in found]


def service_get(*, slug: str) -> Service | None:
    return _service_queryset().filter(slug=slug).first()


def services_stale() -> QuerySet[Service]:
    limit = timezone.localdate() - STALE_AFTER
    return Service.objects.filter(Q(last_verified__isnull=True) | Q(last_verified__lt=limit)).order_by(
        "last_verified", "name"
    )


def suggestions_open() -> QuerySet[ChangeSuggestion]:
    return ChangeSuggestion.objects.filter(status=ChangeSuggestion.Status.NEW).select_related("service")
