"""Public pages of the competence capability. Thin: forms, services and selectors do the work."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from varde.competence import selectors, services
from varde.competence.choices import ServiceType, Topic, region_label
from varde.competence.engine import Bar, bar_chart_svg
from varde.competence.exports import csv_response, xlsx_response
from varde.competence.forms import CatalogueFilterForm, SurveyForm
from varde.competence.models import DistributionLink, Survey, SurveyRound, TeachingResource


def _message(request, *, title: str, text: str, status: int):
    return render(request, "competence/message.html", {"title": title, "text": text}, status=status)


@require_http_methods(["GET", "POST"])
def survey_answer(request, key, token=""):
    link = DistributionLink.objects.select_related("round__survey").filter(key=key).first()
    if link is None or not link.active:
        return _message(
            request,
            title=_("Lenken finnes ikke"),
            text=_("Lenken er ikke gyldig lenger. Spør den som sendte deg lenken."),
            status=404,
        )
    if not link.round.is_open:
        return _message(
            request,
            title=_("Kartleggingen er avsluttet"),
            text=_("Denne runden tar ikke imot flere svar. Takk for interessen."),
            status=410,
        )
    if link.require_token and not (token or request.POST.get("token")):
        return _message(
            request,
            title=_("Lenken mangler nøkkel"),
            text=_("Bruk den personlige lenken du fikk tilsendt."),
            status=403,
        )
    questions = list(link.round.survey.questions.all())
    form_token = request.POST.get("token") or token or services.token_issue(link=link)
    try:
        services.token_check(link=link, token=form_token)
    except services.TokenError as exc:
        if str(exc) == "used":
            return _message(
                request,
                title=_("Allerede besvart"),
                text=_("Denne lenken er allerede brukt til å svare. Takk for svaret ditt."),
                status=410,
            )
        return _message(
            request,
            title=_("Ugyldig lenke"),
            text=_("Nøkkelen i lenken er ikke gyldig. Bruk lenken du fikk tilsendt."),
            status=400,
        )
    form = SurveyForm(request.POST or None, questions=questions, ask_target=link.is_open_link)
    if request.method == "POST" and form.is_valid():
        try:
            services.response_submit(
                link=link, token=form_token, cleaned=form.cleaned_data, questions=questions
            )
        except services.TokenError:
            return _message(
                request,
                title=_("Allerede besvart"),
                text=_("Denne lenken er allerede brukt til å svare. Takk for svaret ditt."),
                status=410,
            )
        return redirect("competence:survey_thanks")
    target = None
    if not link.is_open_link:
        target = f"{ServiceType(link.service_type).label}, {region_label(link.region[:2])}"
    return render(
        request,
        "competence/survey_form.html",
        {
            "link": link,
            "survey": link.round.survey,
            "round": link.round,
            "form": form,
            "token": form_token,
            "target": target,
        },
        status=400 if request.method == "POST" else 200,
    )


def survey_thanks(request):
    return render(request, "competence/thanks.html")


def results_index(request):
    surveys = [s for s in Survey.objects.order_by("title") if selectors.public_rounds(s).exists()]
    return render(request, "competence/results_index.html", {"surveys": surveys})


def _round_or_404(survey, name):
    rounds = list(selectors.public_rounds(survey))
    if not rounds:
        raise Http404
    if not name:
        return rounds[-1], rounds
    for round_ in rounds:
        if round_.name == name:
            return round_, rounds
    raise Http404


def results_detail(request, slug):
    survey = get_object_or_404(Survey, slug=slug)
    round_, rounds = _round_or_404(survey, request.GET.get("runde", ""))
    results = selectors.round_results(round_)
    compare_name = request.GET.get("sammenlign", "")
    compared = None
    if compare_name and compare_name != round_.name:
        other = next((r for r in rounds if r.name == compare_name), None)
        if other is None:
            return _message(
                request,
                title=_("Ukjent runde"),
                text=_("Runden du ville sammenligne med finnes ikke."),
                status=400,
            )
        compared = {
            "round": other,
            "questions": selectors.comparison(results, selectors.round_results(other)),
        }
        for i, item in enumerate(compared["questions"]):
            item["svg"] = bar_chart_svg(
                item["bars"],
                title=item["column"],
                chart_id=f"cmp-{i}",
                maximum=item["maximum"],
                description=_("Samme tall står i tabellen under figuren."),
            )
    charts = [result.chart_svg(f"chart-{i}") for i, result in enumerate(results["questions"])]
    return render(
        request,
        "competence/results_detail.html",
        {
            "survey": survey,
            "round": round_,
            "rounds": rounds,
            "results": results,
            "questions": list(zip(results["questions"], charts, strict=True)),
            "compared": compared,
            "cross_rows": list(zip(t.rows, t.cells, t.row_totals, strict=True))
            if (t := results["table"])
            else [],
        },
    )


def results_export(request, slug, round_name, fmt):
    survey = get_object_or_404(Survey, slug=slug)
    round_ = get_object_or_404(SurveyRound, survey=survey, name=round_name, results_public=True)
    rows = selectors.export_rows(selectors.round_results(round_))
    filename = f"{survey.slug}-{round_.name}"
    if fmt == "csv":
        return csv_response(rows, filename)
    response = xlsx_response(rows, filename, sheet_title=_("Resultater"))
    if response is None:  # pragma: no cover - openpyxl is installed in the project
        return _message(
            request, title=_("Ikke tilgjengelig"), text=_("Excel-eksport er ikke installert."), status=404
        )
    return response


def catalogue(request):
    form = CatalogueFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    offers = selectors.offers_filtered(**{k: v for k, v in filters.items() if v})
    return render(
        request,
        "competence/catalogue.html",
        {"form": form, "offers": offers, "topic_labels": dict(Topic.choices)},
        status=200 if not form.errors else 400,
    )


def gap_analysis(request):
    survey_round = SurveyRound.objects.filter(results_public=True).order_by("-name").first()
    rows, national = selectors.gap_analysis(survey_round)
    topics = dict(Topic.choices)
    display_rows = [
        {
            "topic": topics.get(r.topic, r.topic),
            "region": region_label(r.region),
            "need": r.need,
            "offers": r.offers,
            "gap": r.gap,
        }
        for r in rows
    ]
    gaps = [r for r in display_rows if r["gap"]]
    svg = (
        bar_chart_svg(
            [Bar(f"{r['topic']} – {r['region']}", r["need"], str(r["need"])) for r in gaps],
            title=_("Ønsker opplæring der behovet er større enn tilbudet (antall svar)"),
            chart_id="gap-chart",
            description=_("Samme tall står i tabellen under figuren."),
        )
        if gaps
        else ""
    )
    return render(
        request,
        "competence/gap.html",
        {
            "round": survey_round,
            "rows": display_rows,
            "gaps": gaps,
            "svg": svg,
            "national": [(topics.get(k, k), v) for k, v in sorted(national.items())],
        },
    )


def teaching_index(request):
    resources = TeachingResource.objects.prefetch_related("offers")
    return render(request, "competence/teaching_index.html", {"resources": resources})


def teaching_detail(request, slug):
    resource = get_object_or_404(TeachingResource.objects.prefetch_related("cases", "offers"), slug=slug)
    return render(request, "competence/teaching_detail.html", {"resource": resource})
