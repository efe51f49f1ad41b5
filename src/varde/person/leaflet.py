"""Leaflet for the person: a one-page A4 PDF (WeasyPrint, Debian Noto fonts) and a QR code (segno).

Nothing is stored or fetched: the QR code is generated in memory, the PDF renderer refuses every URL.
"""

from __future__ import annotations

import io

import segno
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string


def _data_only_fetcher():
    """A fetcher that only reads ``data:`` URIs (the QR code); every other URL is refused."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols=("data",))


def qr_svg(url: str, *, scale: int = 4) -> str:
    """An inline SVG QR code for ``url`` (no XML declaration, decorative: the URL is shown as text)."""
    qr = segno.make(url, error="m", micro=False)
    return qr.svg_inline(scale=scale, dark="#000", light="#fff", svgclass="qr", omitsize=False)


def qr_data_uri(url: str, *, scale: int = 4) -> str:
    return segno.make(url, error="m", micro=False).svg_data_uri(scale=scale)


def qr_png(url: str, *, scale: int = 8) -> bytes:
    out = io.BytesIO()
    segno.make(url, error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def render_pdf(*, context: dict) -> bytes:
    from weasyprint import CSS, HTML

    html = render_to_string("person/leaflet_pdf.html", context)
    stylesheet = CSS(filename=finders.find("person/leaflet.css"))
    return HTML(string=html, url_fetcher=_data_only_fetcher(), base_url="/").write_pdf(
        stylesheets=[stylesheet]
    )
