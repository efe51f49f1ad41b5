"""Pure rules of the workspace: the iCalendar writer, and the personal-data guard's names.

No Django here (see .importlinter). The guard itself lives in ``varde.personal_data`` (shared with the
competence surveys); its names are re-exported here for the workspace's forms and tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from varde.personal_data import (  # noqa: F401 - re-exported for the workspace
    BLOCK_DNR,
    BLOCK_EMAIL,
    BLOCK_FNR,
    BLOCK_PHONE,
    PUBLIC_NUMBERS,
    WARN_NAME,
    Finding,
    GuardResult,
    classify_eleven_digits,
    control_digits_for,
    has_valid_checksum,
    scan,
)

# --- iCalendar ------------------------------------------------------------------------------------


def _ical_escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold lines longer than 75 octets as RFC 5545 asks."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > 74:
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    starts_at: dt.datetime  # aware, any zone
    ends_at: dt.datetime
    summary: str
    location: str = ""
    url: str = ""
    description: str = ""


def to_ical(events: list[CalendarEvent], *, stamp: dt.datetime) -> str:
    """An iCalendar (RFC 5545) document with times in UTC."""

    def utc(value: dt.datetime) -> str:
        return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Varde//Nettverkets arbeidsrom//NO",
        "CALSCALE:GREGORIAN",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{utc(stamp)}",
            f"DTSTART:{utc(event.starts_at)}",
            f"DTEND:{utc(event.ends_at)}",
            f"SUMMARY:{_ical_escape(event.summary)}",
        ]
        if event.location:
            lines.append(f"LOCATION:{_ical_escape(event.location)}")
        if event.url:
            lines.append(f"URL:{event.url}")
        if event.description:
            lines.append(f"DESCRIPTION:{_ical_escape(event.description)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
