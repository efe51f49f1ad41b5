"""Views for the person's pages, the worker's leaflet form and the editors' translation list.

Person pages and the leaflet never touch the database, set no cookies and log nothing about who viewed
or printed what; they are sent with ``Cache-Control: no-store``.
"""

from __future__ import annotations

import base64

from django.conf import settings
from django.contrib.auth.decorators import user_passes_test
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from varde.person import catalogue, leaflet, selectors, translation


def _languages(current: str, suffix: str = "") -> list[dict]:
    out = []
    for code in catalogue.available():
        c = catalogue.load(code)
        out.append(
            {
                "code": code,
                "name": c.name,
                "title": c.texts.get("title", ""),
                "dir": c.dir,
                "url": f"/info/{code}/{suffix}",
                "current": code == current,
            }
        )
    return out


def _context(request, *, language: str, situation: str | None, discreet: bool = False) -> dict:
    if language not in catalogue.available():
        raise Http404
    if situation is not None and situation not in selectors.SITUATIONS:
        raise Http404
    ctx = selectors.page_get(
        language=language, situation=situation, today=timezone.localdate(), discreet=discreet
    )
    suffix = f"{situation}/" if situation else ""
    ctx["languages"] = _languages(language, suffix + ("?diskret=1" if discreet else ""))
    ctx["base_url"] = f"/info/{language}/"
    ctx["quick_exit_url"] = settings.VARDE_QUICK_EXIT_URL
    return ctx


@require_GET
@never_cache
def index(request):
    ctx = _context(request, language=catalogue.SOURCE_LANGUAGE, situation=None)
    return render(request, "person/index.html", ctx)


@require_GET
@never_cache
def person_page(request, language: str, situation: str | None = None):
    discreet = request.GET.get("diskret") == "1"
    return render(
        request,
        "person/page.html",
        _context(request, language=language, situation=situation, discreet=discreet),
    )


# --- the worker's leaflet ------------------------------------------------------------------------


def _leaflet_choice(params) -> tuple[dict, list[dict]]:
    """Read sprak/situasjon/diskret (or a rights status + child flag); return the choice and errors."""
    language = (params.get("sprak") or "").strip()
    situation = (params.get("situasjon") or "").strip()
    if not situation and params.get("status"):
        situation = (
            selectors.situation_for(status=params.get("status"), child=params.get("barn") in ("1", "true"))
            or ""
        )
    elif not situation and params.get("barn") in ("1", "true"):
        situation = "barn"
    errors = []
    if language and language not in catalogue.available():
        errors.append({"field": "sprak", "message": _("Velg et språk fra listen.")})
    if situation and situation not in selectors.SITUATIONS:
        errors.append({"field": "situasjon", "message": _("Velg en situasjon fra listen.")})
    return {"language": language, "situation": situation, "discreet": params.get("diskret") == "1"}, errors


def _page_url(request, choice: dict) -> str:
    path = f"/info/{choice['language']}/{choice['situation']}/"
    if choice["discreet"]:
        path += "?diskret=1"
    return request.build_absolute_uri(path)


@require_GET
@never_cache
def leaflet_form(request):
    choice, errors = _leaflet_choice(request.GET)
    ready = bool(choice["language"] and choice["situation"] and not errors and "vis" in request.GET)
    ctx = {
        "choice": choice,
        "errors": errors,
        "languages": [{"code": c, "name": catalogue.load(c).name} for c in catalogue.available()],
        "situations": [
            {"code": code, "label": catalogue.load(catalogue.SOURCE_LANGUAGE).texts[f"sit.{code}"]}
            for code in selectors.SITUATIONS
        ],
        "ready": ready,
    }
    if ready:
        url = _page_url(request, choice)
        query = f"sprak={choice['language']}&situasjon={choice['situation']}"
        if choice["discreet"]:
            query += "&diskret=1"
        ctx.update(
            page_url=url,
            pdf_url=f"/info/brosjyre/pdf/?{query}",
            qr_png=base64.b64encode(leaflet.qr_png(url, scale=6)).decode("ascii"),
            draft=catalogue.load(choice["language"]).is_draft,
        )
    return render(request, "person/leaflet_form.html", ctx, status=400 if errors else 200)


@require_GET
@never_cache
def leaflet_pdf(request):
    choice, errors = _leaflet_choice(request.GET)
    if errors or not choice["language"] or not choice["situation"]:
        message = errors[0]["message"] if errors else _("Velg språk og situasjon.")
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    ctx = selectors.page_get(
        language=choice["language"],
        situation=choice["situation"],
        today=timezone.localdate(),
        discreet=choice["discreet"],
    )
    url = _page_url(request, choice)
    ctx.update(page_url=url, qr_data_uri=leaflet.qr_data_uri(url, scale=4))
    response = HttpResponse(leaflet.render_pdf(context=ctx), content_type="application/pdf")
    name = "info" if choice["discreet"] else f"info-{choice['language']}"
    response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
    return response


# --- editors: translation status, export and import -----------------------------------------------

staff_required = user_passes_test(lambda u: u.is_active and u.is_staff)


@staff_required
@never_cache
@require_http_methods(["GET", "POST"])
def translations(request):
    problems: list[str] = []
    imported = ""
    if request.method == "POST":
        language = request.POST.get("sprak", "")
        upload = request.FILES.get("fil")
        if language not in catalogue.LANGUAGE_ORDER or language == catalogue.SOURCE_LANGUAGE:
            problems = [_("Velg et språk å importere.")]
        elif upload is None:
            problems = [_("Velg en PO-fil.")]
        else:
            try:
                text = upload.read(1_000_000).decode("utf-8")
                translation.import_po(
                    language,
                    text,
                    status="reviewed" if request.POST.get("kontrollert") == "1" else "draft",
                    translator=request.POST.get("oversetter", "").strip() or None,
                )
                imported = language
            except UnicodeDecodeError:
                problems = [_("Filen må være UTF-8.")]
            except catalogue.CatalogueError as exc:
                problems = exc.problems
    rows = []
    for code in catalogue.available():
        c = catalogue.load(code)
        rows.append({**c.meta(), "problems": catalogue.validate_file(code)})
    return render(
        request,
        "person/translations.html",
        {"rows": rows, "problems": problems, "imported": imported, "codes": catalogue.LANGUAGE_ORDER[1:]},
        status=400 if problems else 200,
    )


@staff_required
@require_GET
def translation_export(request, language: str):
    if language not in catalogue.LANGUAGE_ORDER:
        raise Http404
    response = HttpResponse(
        translation.export_po(language), content_type="text/x-gettext-translation; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="varde-person-{language}.po"'
    return response
