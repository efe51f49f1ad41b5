"""Pure rules of the workspace: the iCalendar writer, and the personal-data guard's names.

No Django here (see .importlinter). The guard itself lives in ``varde.personal_data`` (shared with the
competence surveys); its names are re-exported here for the workspace's forms and tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from varde.contentlines import escape_text as _ical_escape
from varde.contentlines import join_lines
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
    return join_lines(lines)
