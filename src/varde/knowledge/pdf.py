"""PDF of a guidance page or of a whole section, rendered with WeasyPrint. Never fetches from the network."""

from __future__ import annotations

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _


def _no_network_fetcher(url: str, *args, **kwargs):
    raise ValueError(f"PDF rendering does not fetch {url}")


def render_pdf(*, html: str) -> bytes:
    from weasyprint import CSS, HTML

    stylesheet = CSS(filename=finders.find("knowledge/css/knowledge-pdf.css"))
    return HTML(string=html, url_fetcher=_no_network_fetcher, base_url="/").write_pdf(
        stylesheets=[stylesheet]
    )


def _page_context(page) -> dict:
    sources = page.numbered_sources()
    return {
        "page": page,
        "numbered_sources": sources,
        "citation_numbers": {s.pk: n for n, s in enumerate(sources, 1)},
    }


# A section's PDF is rendered on request, about 80 ms per guidance page here: past this many pages it
# would take longer than a reader waits (and than the server's request timeout); each page has its own.
SECTION_PDF_MAX_PAGES = 100


def section_too_large(request) -> HttpResponse:
    from varde.core.middleware import plain_message_response

    return plain_message_response(
        request,
        404,
        _("Ingen PDF for hele seksjonen"),
        _("Seksjonen har for mange sider til én PDF. Last ned sidene hver for seg."),
    )


def pdf_response(request, *, page) -> HttpResponse:
    from varde.knowledge.models import GuidancePage

    page = page.specific
    if isinstance(page, GuidancePage):
        sections = [_page_context(page)]
    else:
        from varde.knowledge.selectors import guidance_count

        if guidance_count(parent=page) > SECTION_PDF_MAX_PAGES:
            return section_too_large(request)
        children = (
            GuidancePage.objects.live().descendant_of(page).filter(locale_id=page.locale_id).order_by("path")
        )
        sections = [_page_context(child) for child in children.specific()]
    html = render_to_string(
        "knowledge/pdf.html",
        {
            "root": page,
            "sections": sections,
            "generated": timezone.localdate(),
            "is_section": len(sections) != 1 or not isinstance(page, GuidancePage),
        },
        request=request,
    )
    response = HttpResponse(render_pdf(html=html), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{slugify(page.title) or "varde"}.pdf"'
    return response
