"""Reads: resolve a place, find services, list stale services and the suggestion queue."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from varde.directory import engine
from varde.directory.models import STALE_AFTER, ChangeSuggestion, Fylke, Kommune, OpeningHours, Service


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


def _numbers(field: str, number: str, order: str) -> dict[int, list[str]]:
    """Service id -> the numbers of its fylker or kommuner, in the model's order: one query over the
    link table (prefetching the related rows through modelcluster cost ten times as much)."""
    through = Service._meta.get_field(field).remote_field.through
    result: dict[int, list[str]] = defaultdict(list)
    for service_id, value in through.objects.order_by(order).values_list("service_id", number):
        result[service_id].append(value)
    return result


def _opening_slots() -> dict[int, tuple[engine.OpeningSlot, ...]]:
    result: dict[int, list[engine.OpeningSlot]] = defaultdict(list)
    rows = OpeningHours.objects.order_by("sort_order", "id").values_list(
        "service_id", "weekday", "opens", "closes"
    )
    for service_id, weekday, opens, closes in rows:
        result[service_id].append(engine.OpeningSlot(weekday, opens, closes))
    return {service_id: tuple(slots) for service_id, slots in result.items()}


def service_record(service: Service, *, hours: tuple[engine.OpeningSlot, ...]) -> engine.ServiceRecord:
    return engine.ServiceRecord(
        key=service.slug,
        name=service.name,
        categories=frozenset(service.categories),
        groups=frozenset(service.groups),
        genders=frozenset(service.genders),
        statuses=frozenset(service.statuses),
        languages=frozenset(service.languages),
        coverage=service.coverage,
        fylker=frozenset(service.fylke_numbers),
        kommuner=frozenset(service.kommune_numbers),
        is_24_7=service.is_24_7,
        hours=hours,
    )


def service_search(
    *, filters: engine.Filters, place: engine.Place | None, moment: datetime | None = None
) -> list[tuple[Service, int]]:
    """Services matching the filters, local first. Returns (service, place rank 0/1/2).

    Four queries whatever the number of services: the services, their fylker, their kommuner and their
    opening hours. Each service returned carries ``fylke_numbers`` and ``kommune_numbers`` (for the API).
    """
    services = {s.slug: s for s in Service.objects.all()}
    fylker = _numbers("fylker", "fylke__number", "fylke__number")
    kommuner = _numbers("kommuner", "kommune__number", "kommune__name")
    hours = _opening_slots()
    for service in services.values():
        service.fylke_numbers = fylker.get(service.pk, [])
        service.kommune_numbers = kommuner.get(service.pk, [])
    moment = moment or timezone.localtime()
    found = engine.search(
        [service_record(s, hours=hours.get(s.pk, ())) for s in services.values()],
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
