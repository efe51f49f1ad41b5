"""Pure filtering and ordering of help services. No Django: plain data in, plain data out.

The web layer turns query parameters into :class:`Filters` with :func:`parse_filters`, turns services
into :class:`ServiceRecord` and a place into :class:`Place`, and asks :func:`search` for the ordered
result. Errors are reported as :class:`FilterError` with a stable ``code`` that the web layer
translates into the reader's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time

# Stable public slugs: other tools link to /hjelp/?need=<slug>. Never rename; only add.
CATEGORIES: tuple[str, ...] = (
    "helpline",
    "health",
    "shelter",
    "welfare",
    "legal",
    "police",
    "child_welfare",
    "trauma_competence",
    "interpreter",
    "reception",
)
GROUPS: tuple[str, ...] = ("adult", "child")
GENDERS: tuple[str, ...] = ("woman", "man", "other")
RESIDENCE_STATUSES: tuple[str, ...] = ("lawful", "asylum_seeker", "reflection_period", "undocumented")
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")
COVERAGE_LEVELS: tuple[str, ...] = ("local", "regional", "national")
FILTER_KEYS: tuple[str, ...] = ("need", "place", "group", "gender", "status", "language", "open")
OPEN_VALUES: tuple[str, ...] = ("now", "24-7")
MAX_PLACE_LENGTH = 80


class FilterError(ValueError):
    """A filter value that is not allowed. ``code`` is stable; ``field`` and ``value`` say which."""

    def __init__(self, code: str, field: str, value: str = "") -> None:
        super().__init__(f"{field}: {code} ({value!r})")
        self.code = code
        self.field = field
        self.value = value


@dataclass(frozen=True)
class Filters:
    needs: tuple[str, ...] = ()
    place: str = ""
    group: str = ""
    gender: str = ""
    status: str = ""
    language: str = ""
    open: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(
            (self.needs, self.place, self.group, self.gender, self.status, self.language, self.open)
        )


@dataclass(frozen=True)
class Place:
    """A resolved place: a kommune (with its fylke) or a whole fylke."""

    kommune_number: str = ""
    fylke_number: str = ""
    label: str = ""


@dataclass(frozen=True)
class OpeningSlot:
    weekday: int  # 0 = Monday … 6 = Sunday
    opens: time
    closes: time  # closes <= opens means the slot runs past midnight


@dataclass(frozen=True)
class ServiceRecord:
    key: str
    name: str
    categories: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()  # empty = everyone
    genders: frozenset[str] = frozenset()  # empty = all genders
    statuses: frozenset[str] = frozenset()  # empty = regardless of residence status
    languages: frozenset[str] = frozenset()
    coverage: str = "national"
    fylker: frozenset[str] = frozenset()
    kommuner: frozenset[str] = frozenset()
    is_24_7: bool = False
    hours: tuple[OpeningSlot, ...] = field(default_factory=tuple)


def _single(raw: Mapping[str, object], key: str) -> str:
    value = raw.get(key, "")
    if isinstance(value, (list, tuple)):
        values = [str(v).strip() for v in value if str(v).strip()]
        if len(set(values)) > 1:
            raise FilterError("repeated", key, ", ".join(values))
        value = values[0] if values else ""
    return str(value or "").strip()


def _many(raw: Mapping[str, object], key: str) -> list[str]:
    value = raw.get(key, "")
    items = value if isinstance(value, (list, tuple)) else [value]
    out: list[str] = []
    for item in items:
        for part in str(item or "").split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def _choice(value: str, allowed: Iterable[str], key: str) -> str:
    if value and value not in allowed:
        raise FilterError("unknown_value", key, value)
    return value


def parse_filters(raw: Mapping[str, object]) -> Filters:
    """Validate query parameters. Empty values mean "no filter". Raises :class:`FilterError`."""
    needs = _many(raw, "need")
    for need in needs:
        _choice(need, CATEGORIES, "need")
    place = _single(raw, "place")
    if len(place) > MAX_PLACE_LENGTH:
        raise FilterError("too_long", "place", place[:MAX_PLACE_LENGTH])
    language = _single(raw, "language").lower()
    if language and not LANGUAGE_RE.match(language):
        raise FilterError("unknown_value", "language", language)
    return Filters(
        needs=tuple(needs),
        place=place,
        group=_choice(_single(raw, "group"), GROUPS, "group"),
        gender=_choice(_single(raw, "gender"), GENDERS, "gender"),
        status=_choice(_single(raw, "status"), RESIDENCE_STATUSES, "status"),
        language=language,
        open=_choice(_single(raw, "open"), OPEN_VALUES, "open"),
    )


def is_open_at(service: ServiceRecord, moment: datetime) -> bool:
    """True if the service is 24/7 or one of its opening slots covers ``moment`` (local time)."""
    if service.is_24_7:
        return True
    weekday, now = moment.weekday(), moment.time()
    for slot in service.hours:
        overnight = slot.closes <= slot.opens
        if slot.weekday == weekday and slot.opens <= now and (overnight or now < slot.closes):
            return True
        if overnight and (slot.weekday + 1) % 7 == weekday and now < slot.closes:
            return True
    return False


def place_rank(service: ServiceRecord, place: Place | None) -> int | None:
    """0 = local (covers the kommune), 1 = regional (covers the fylke), 2 = national; None = not here."""
    if service.coverage == "national":
        return 2
    if place is None:
        return 1 if service.coverage == "regional" else 0
    if place.kommune_number and place.kommune_number in service.kommuner:
        return 0
    if place.fylke_number and place.fylke_number in service.fylker:
        return 1
    # A whole fylke was asked for: local services in that fylke's kommuner count as local.
    if (
        not place.kommune_number
        and place.fylke_number
        and any(number[:2] == place.fylke_number for number in service.kommuner)
    ):
        return 0
    return None


def matches(service: ServiceRecord, filters: Filters, *, moment: datetime | None = None) -> bool:
    if filters.needs and not service.categories.intersection(filters.needs):
        return False
    if filters.group and service.groups and filters.group not in service.groups:
        return False
    if filters.gender and service.genders and filters.gender not in service.genders:
        return False
    if filters.status and service.statuses and filters.status not in service.statuses:
        return False
    if filters.language and filters.language not in service.languages:
        return False
    if filters.open == "24-7" and not service.is_24_7:
        return False
    return not (filters.open == "now" and (moment is None or not is_open_at(service, moment)))


def search(
    services: Iterable[ServiceRecord],
    filters: Filters,
    *,
    place: Place | None = None,
    moment: datetime | None = None,
) -> list[tuple[ServiceRecord, int]]:
    """Matching services with their place rank, local first, then regional, then national, then by name."""
    found: list[tuple[ServiceRecord, int]] = []
    for service in services:
        if not matches(service, filters, moment=moment):
            continue
        rank = place_rank(service, place)
        if rank is None:
            continue
        found.append((service, rank))
    found.sort(key=lambda item: (item[1], not item[0].is_24_7, item[0].name.casefold()))
    return found


def normalise_place(text: str) -> str:
    """Lower-case, trimmed, with the SSB disambiguation "(Fylke)" kept: for matching kommune names."""
    return " ".join(text.casefold().split())
