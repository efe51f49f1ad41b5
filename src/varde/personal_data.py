"""The personal-data guard: one pure implementation for every place where people write free text.

Used by the network workspace (experience exchange, comments, minutes) and by the competence surveys'
free-text answers. No Django here (see .importlinter): each form turns the findings into messages in
the user's language.

The guard looks for what must never be stored:

* fødselsnummer with valid mod-11 control digits (``DDMMYY`` + individual number + two control digits),
* D-numbers (the same, with 4 added to the first digit of the day),
* Norwegian phone numbers (8 digits, optionally with +47/0047),
* e-mail addresses,

and it warns on words that look like a person's name, which it cannot know for sure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

BLOCK_FNR = "fnr"
BLOCK_DNR = "dnr"
BLOCK_PHONE = "phone"
BLOCK_EMAIL = "email"
WARN_NAME = "name"

_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

# Public helplines may be named in posts: they identify a service, not a person.
PUBLIC_NUMBERS = frozenset({"22331160", "46615000", "80030030", "11610611"})

_ELEVEN_DIGITS = re.compile(r"(?<![\d])(\d{6})[ .]?(\d{5})(?![\d])")
_PHONE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)47[ ]?)?"
    r"([2-9]\d{7}|[2-9]\d (?:\d{2} ){2}\d{2}|[2-9]\d{2} \d{2} \d{3})"
    r"(?![\d])"
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w])")
_CAPITALISED = re.compile(r"\b([A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?)\s+([A-ZÆØÅ][a-zæøåéü]+)\b")

# Common first names in Norway (SSB top lists) and in the countries most victims in Norway come from.
FIRST_NAMES = frozenset(
    [
        "anne",
        "inger",
        "kari",
        "marit",
        "ingrid",
        "liv",
        "eva",
        "berit",
        "astrid",
        "bjørg",
        "hilde",
        "anna",
        "solveig",
        "marianne",
        "randi",
        "ida",
        "nina",
        "maria",
        "elisabeth",
        "kristin",
        "bente",
        "heidi",
        "silje",
        "hanne",
        "linda",
        "tone",
        "tove",
        "elin",
        "anita",
        "wenche",
        "gro",
        "ragnhild",
        "camilla",
        "sara",
        "nora",
        "emma",
        "olivia",
        "ingeborg",
        "sofie",
        "maja",
        "leah",
        "ella",
        "jan",
        "per",
        "bjørn",
        "ole",
        "lars",
        "kjell",
        "knut",
        "svein",
        "arne",
        "thomas",
        "hans",
        "geir",
        "tor",
        "morten",
        "terje",
        "odd",
        "erik",
        "martin",
        "andreas",
        "john",
        "anders",
        "rune",
        "trond",
        "tore",
        "jon",
        "harald",
        "olav",
        "gunnar",
        "kristian",
        "stian",
        "espen",
        "magnus",
        "jonas",
        "henrik",
        "emil",
        "jakob",
        "noah",
        "oliver",
        "william",
        "filip",
        "lukas",
        "aksel",
        "isak",
        "mohammed",
        "mohammad",
        "ahmed",
        "ali",
        "fatima",
        "aisha",
        "amina",
        "blessing",
        "joy",
        "precious",
        "faith",
        "mercy",
        "grace",
        "esther",
        "ana",
        "elena",
        "ioana",
        "mihai",
        "andrei",
        "alexandru",
        "natalia",
        "olga",
        "irina",
        "svetlana",
        "tatiana",
        "oksana",
        "anastasia",
        "dmitri",
        "sergei",
        "ivan",
        "nguyen",
        "thi",
        "linh",
        "mai",
        "lan",
        "hoa",
        "minh",
        "joseph",
        "peter",
        "paul",
        "mary",
    ]
)

# Capitalised words that are organisations, places or titles rather than people.
NOT_NAMES = frozenset(
    [
        "rosa",
        "nav",
        "rvts",
        "kom",
        "bufdir",
        "hdir",
        "helsedirektoratet",
        "htso",
        "ous",
        "nkvts",
        "nonemi",
        "oslo",
        "bergen",
        "trondheim",
        "stavanger",
        "tromsø",
        "norge",
        "norway",
        "politiet",
        "barnevernet",
        "helse",
        "fonna",
        "stord",
        "universitetssykehus",
        "nasjonalt",
        "nettverk",
        "menneskehandel",
        "pro",
        "sentret",
        "olafiaklinikken",
        "legevakt",
        "den",
        "det",
        "de",
        "vi",
        "jeg",
        "hun",
        "han",
        "en",
        "et",
        "når",
        "etter",
        "før",
        "under",
        "mandag",
        "tirsdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lørdag",
        "søndag",
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ]
)


@dataclass(frozen=True)
class Finding:
    """One problem in a text: ``kind`` is one of the constants above; ``masked`` hides most of the value."""

    kind: str
    masked: str
    start: int
    end: int


@dataclass
class GuardResult:
    blocks: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.blocks

    def kinds(self) -> set[str]:
        return {finding.kind for finding in self.blocks}


def _control_digits(first_nine: str) -> tuple[int, int] | None:
    digits = [int(c) for c in first_nine]
    k1 = 11 - sum(d * w for d, w in zip(digits, _WEIGHTS_1, strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    k2 = 11 - sum(d * w for d, w in zip([*digits, k1], _WEIGHTS_2, strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return k1, k2


def has_valid_checksum(number: str) -> bool:
    """True when an 11-digit number has valid mod-11 control digits."""
    if len(number) != 11 or not number.isdecimal():
        return False
    control = _control_digits(number[:9])
    return control is not None and control == (int(number[9]), int(number[10]))


def _valid_date(day: int, month: int, year_2: int) -> bool:
    # Synthetic test numbers (Skatteetaten's Tenor) add 80 to the month; treat them like real ones.
    if month > 80:
        month -= 80
    elif month > 40:  # H-numbers add 40 to the month
        month -= 40
    for century in (1900, 2000):
        try:
            dt.date(century + year_2, month, day)
            return True
        except ValueError:
            continue
    return False


def classify_eleven_digits(number: str) -> str | None:
    """``fnr``, ``dnr`` or None for an 11-digit string."""
    if not has_valid_checksum(number):
        return None
    day, month, year = int(number[0:2]), int(number[2:4]), int(number[4:6])
    if day > 40 and _valid_date(day - 40, month, year):
        return BLOCK_DNR
    if _valid_date(day, month, year):
        return BLOCK_FNR
    return None


def control_digits_for(first_nine: str) -> str | None:
    """The two control digits for nine digits, or None when no valid number exists (for tests)."""
    control = _control_digits(first_nine)
    return None if control is None else f"{control[0]}{control[1]}"


def _mask(value: str) -> str:
    visible = value[:2]
    return visible + "•" * max(len(value) - 2, 1)


def scan(text: str) -> GuardResult:
    """Find personal data in ``text``. Blocks must be removed; warnings should be checked by the writer."""
    result = GuardResult()
    if not text:
        return result
    taken: list[tuple[int, int]] = []

    for match in _ELEVEN_DIGITS.finditer(text):
        kind = classify_eleven_digits(match.group(1) + match.group(2))
        if kind:
            result.blocks.append(Finding(kind, _mask(match.group(0)), match.start(), match.end()))
            taken.append(match.span())

    for match in _EMAIL.finditer(text):
        result.blocks.append(Finding(BLOCK_EMAIL, _mask(match.group(0)), match.start(), match.end()))
        taken.append(match.span())

    for match in _PHONE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        digits = re.sub(r"\D", "", match.group(1))
        if digits in PUBLIC_NUMBERS:
            continue
        result.blocks.append(Finding(BLOCK_PHONE, _mask(match.group(0).strip()), match.start(), match.end()))

    for match in _CAPITALISED.finditer(text):
        first, second = match.group(1), match.group(2)
        if first.lower() in NOT_NAMES or second.lower() in NOT_NAMES:
            continue
        if first.split("-")[0].lower() in FIRST_NAMES:
            result.warnings.append(Finding(WARN_NAME, f"{first} {second}", match.start(), match.end()))
    return result
