"""vCard 3.0 (RFC 2426) for a service: name, organisation, phone, e-mail, web, address."""

from __future__ import annotations

from varde.contentlines import escape_text as _escape
from varde.contentlines import join_lines


def service_vcard(service, *, url: str = "") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(service.name)}", f"N:{_escape(service.name)};;;;"]
    lines.append(f"ORG:{_escape(service.organisation or service.name)}")
    if service.phone:
        lines.append(f"TEL;TYPE=VOICE:{_escape(service.phone)}")
    if service.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{_escape(service.email)}")
    if service.web:
        lines.append(f"URL:{_escape(service.web)}")
    if service.address:
        lines.append(f"ADR;TYPE=WORK:;;{_escape(service.address)};;;;")
    if url:
        lines.append(f"SOURCE:{_escape(url)}")
    lines.append("END:VCARD")
    return join_lines(lines)
