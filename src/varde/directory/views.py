"""Public pages: find help, a service, its vCard, and "Foreslå endring". Thin: logic lives elsewhere."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from varde.directory import engine, models, selectors, services
from varde.directory.filtering import FilterProblem, query_to_filters
from varde.directory.forms import SuggestionForm, new_form_token, rate_limited
from varde.directory.vcard import service_vcard

RANK_LABELS = {0: "local", 1: "regional", 2: "national"}


def _choices_context() -> dict:
    return {
        "category_choices": models.CATEGORY_CHOICES,
        "group_choices": models.GROUP_CHOICES,
        "gender_choices": models.GENDER_CHOICES,
        "status_choices": models.STATUS_CHOICES,
        "language_choices": models.LANGUAGE_CHOICES,
    }


def find_help(request):
    context = _choices_context()
    context["q"] = {key: request.GET.get(key, "") for key in engine.FILTER_KEYS}
    context["q_needs"] = request.GET.getlist("need")
    context["place_names"] = selectors.place_names()
    status = 200
    try:
        filters, place = query_to_filters(dict(request.GET.lists()))
    except FilterProblem as problem:
        context["problem"] = problem
        status = 400
    else:
        results = selectors.service_search(filters=filters, place=place)
        context.update(
            filters=filters,
            place=place,
            results=[(service, RANK_LABELS[rank]) for service, rank in results],
            searched=not filters.is_empty,
        )
    return render(request, "directory/find_help.html", context, status=status)


def _service_or_404(slug: str) -> models.Service:
    service = selectors.service_get(slug=slug)
    if service is None:
        raise Http404(_("Fant ikke tjenesten."))
    return service


def service_detail(request, slug: str):
    service = _service_or_404(slug)
    return render(
        request,
        "directory/service_detail.html",
        {"service": service, "thanks": request.GET.get("takk") == "1", **_choices_context()},
    )


def service_vcard_download(request, slug: str):
    service = _service_or_404(slug)
    response = HttpResponse(
        service_vcard(service, url=request.build_absolute_uri(service.get_absolute_url()))
    )
    response["Content-Type"] = "text/vcard; charset=utf-8"
    response["Content-Disposition"] = f'attachment; filename="{service.slug}.vcf"'
    return response


@csrf_exempt
@never_cache
def suggest_change(request, slug: str):
    """Anonymous and sessionless, so CSRF (acting with someone's login) does not apply; it also keeps the
    public pages free of a CSRF cookie. Abuse is held back by the signed timestamp, a honeypot and a
    rate limit, and nothing is published before an editor has read it. (With the site-wide
    ``Referrer-Policy: no-referrer`` Chromium sends ``Origin: null`` on form posts, which Django's CSRF
    check rejects.) Never cached: the form carries its own signed timestamp."""
    service = _service_or_404(slug)
    status = 200
    if request.method == "POST":
        form = SuggestionForm(request.POST)
        if rate_limited(request):
            form.is_valid()
            form.add_error(None, _("Du har sendt mange forslag på kort tid. Prøv igjen om en time."))
            status = 429
        elif form.is_valid():
            services.suggestion_create(
                service=service, message=form.cleaned_data["message"], contact=form.cleaned_data["contact"]
            )
            return redirect(reverse("directory:service", kwargs={"slug": service.slug}) + "?takk=1")
        else:
            status = 400
        # Keep what was written, with a fresh token so the next try can pass.
        data = request.POST.copy()
        data["token"] = new_form_token()
        errors = form.errors
        form = SuggestionForm(data)
        form._errors = errors
    else:
        form = SuggestionForm(initial={"token": new_form_token()})
    return render(request, "directory/suggest.html", {"service": service, "form": form}, status=status)
