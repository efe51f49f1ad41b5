"""vCard 3.0 (RFC 2426) for a service: name, organisation, phone, e-mail, web, address."""

from __future__ import annotations


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets are folded with CRLF + space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > 75:
            out.append(current)
            current = " " + char
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


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
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
