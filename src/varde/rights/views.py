"""Public pages of the rights navigator. Thin: parsing and rules live in ``engine``.

Nothing about the person is stored or logged; the check page answers with ``Cache-Control: no-store``.
"""

from urllib.parse import urlencode

from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language

from varde.core.i18n import localized_path
from varde.rights import engine
from varde.rights.forms import RightsForm, facts_error_message

# Rights groups -> the help directory's category slugs (a documented contract, docs/directory.md).
HELP_NEEDS = {"health": "health", "welfare": "welfare", "legal": "legal", "residence": "reception"}


def _lang() -> str:
    lang = get_language() or engine.DEFAULT_LANGUAGE
    return lang if lang in engine.LANGUAGES else engine.DEFAULT_LANGUAGE


def _help_url(group: str, child: bool, lang: str) -> str:
    query = urlencode({"need": HELP_NEEDS.get(group, group), "group": "child" if child else "adult"})
    return f"{localized_path('/hjelp/', lang)}?{query}"


def check(request):
    """/rettigheter/sjekk/: the question form and, when submitted, the answer."""
    lang = _lang()
    ruleset = engine.get_ruleset()
    submitted = bool(request.GET)
    form = RightsForm(request.GET or None, statuses=ruleset.statuses, lang=lang)
    context = {"form": form, "submitted": submitted, "result": None, "error": None}
    status = 200
    if submitted:
        try:
            facts = engine.facts_from_params(request.GET, ruleset.statuses, timezone.localdate())
            result = ruleset.evaluate(facts, lang)
            for group in result["groups"]:
                group["help_url"] = _help_url(group["code"], result["child"], lang)
            context["result"] = result
            # "Gi informasjon til personen": the person-information leaflet, pre-selected (URL contract
            # in docs/person.md; capabilities meet by URL only).
            context["leaflet_url"] = "/info/brosjyre/?" + urlencode(
                {"status": facts.status, "barn": "1" if result["child"] else "0"}
            )
        except engine.FactsError as exc:
            context["error"] = {"field": exc.field, "message": facts_error_message(exc)}
            status = 400
    response = render(request, "rights/check.html", context, status=status)
    response["Cache-Control"] = "no-store"
    return response


def overview(request):
    """/rettigheter/oversikt/: the public matrix (statuses × entitlements) for one age band."""
    lang = _lang()
    ruleset = engine.get_ruleset()
    band = request.GET.get("band") or "27+"
    raw_date = request.GET.get("date") or ""
    context = {"bands": [(code, b[lang]) for code, b in ruleset.age_bands.items()], "error": None}
    status = 200
    try:
        day = engine.facts_from_params(
            {"status": "nor", "date": raw_date}, ruleset.statuses, timezone.localdate()
        ).date
        context["matrix"] = ruleset.matrix(band, day, lang)
    except engine.FactsError as exc:
        context["error"] = facts_error_message(exc)
        context["matrix"] = ruleset.matrix("27+", timezone.localdate(), lang)
        status = 400
    context["groups"] = ruleset.groups
    return render(request, "rights/overview.html", context, status=status)


def changes(request):
    """/rettigheter/endringer/: rule changes by date, derived from the rules' validity dates."""
    return render(request, "rights/changes.html", {"changes": engine.get_ruleset().changelog(_lang())})
