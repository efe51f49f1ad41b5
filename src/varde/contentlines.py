"""Content lines for vCard (RFC 2426/6350) and iCalendar (RFC 5545): text escaping and line folding.

Pure helpers shared by the directory's vCards and the workspace's calendar export. No Django here.
"""

from __future__ import annotations

MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon and comma, and line breaks as ``\\n``."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line so that no physical line is longer than 75 octets (CRLF + space).

    A line is never split inside a UTF-8 character. The leading space of a continuation line
    counts towards its 75 octets.
    """
    if len(line.encode("utf-8")) <= MAX_OCTETS:
        return line
    parts: list[str] = []
    current, size, limit = [], 0, MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


def join_lines(lines: list[str]) -> str:
    """Fold every line and end each with CRLF, as both formats require."""
    return "".join(fold(line) + "\r\n" for line in lines)
