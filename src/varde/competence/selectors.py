"""Read side: survey results with small-cell suppression, the catalogue and the gap analysis."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from varde.competence import engine
from varde.competence.choices import NATIONAL, ServiceType, Topic, region_label
from varde.competence.models import Answer, QuestionKind, Response, SurveyRound, TrainingOffer

PUBLISHED_KINDS = (QuestionKind.LIKERT, QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.NUMBER)


@dataclass
class Group:
    key: str  # "total", "region:03", "service:legevakt"
    label: str
    kind: str  # total | region | service
    n: int | None  # None: hidden


@dataclass
class QuestionResult:
    question: object
    columns: list[str]  # headings of the figure columns
    rows: list[dict] = field(default_factory=list)  # {"group": Group, "values": [display strings]}
    bars: list[engine.Bar] = field(default_factory=list)
    chart_title: str = ""
    maximum: float | None = None

    def chart_svg(self, chart_id: str) -> str:
        return engine.bar_chart_svg(
            self.bars,
            title=self.chart_title,
            chart_id=chart_id,
            maximum=self.maximum,
            description=_("Samme tall står i tabellen under figuren."),
        )


def _fmt(value: float | None, *, percent: bool = False, decimals: int = 1) -> str:
    if value is None:
        return _("skjult")
    text = f"{value:.{decimals}f}".replace(".", ",")
    return f"{text} %" if percent else text


def public_rounds(survey):
    return survey.rounds.filter(results_public=True).order_by("name")


def round_groups(round_: SurveyRound):
    """The region × service type table of respondent counts, suppressed, and the groups it allows."""
    responses = list(Response.objects.filter(round=round_).values_list("id", "region", "service_type"))
    regions = sorted({r for _, r, _s in responses})
    services = [code for code in ServiceType.values if any(s == code for _, _r, s in responses)]
    counts = Counter((r, s) for _, r, s in responses)
    cells = [[counts[(r, s)] for s in services] for r in regions]
    table = engine.suppress_counts(
        cells or [[0]],
        rows=[region_label(r) for r in regions] or [""],
        columns=[str(ServiceType(s).label) for s in services] or [""],
    )
    members: dict[str, set[int]] = defaultdict(set)
    for pk, region, service in responses:
        members["total"].add(pk)
        members[f"region:{region}"].add(pk)
        members[f"service:{service}"].add(pk)
    groups = [Group("total", _("Alle"), "total", table.grand_total if responses else 0)]
    groups += [
        Group(f"region:{r}", region_label(r), "region", table.row_totals[i]) for i, r in enumerate(regions)
    ]
    groups += [
        Group(f"service:{s}", str(ServiceType(s).label), "service", table.column_totals[i])
        for i, s in enumerate(services)
    ]
    return table if responses else None, groups, members


def _question_result(question, groups, members, answers_by_response) -> QuestionResult:
    options = question.option_list
    if question.kind == QuestionKind.LIKERT:
        columns = [_("Gjennomsnitt (1–5)"), _("Andel 4 eller 5")]
        title = _("Gjennomsnitt per gruppe, skala 1–5")
        maximum = 5.0
    elif question.kind == QuestionKind.NUMBER:
        columns = [_("Gjennomsnitt")]
        title = _("Gjennomsnitt per gruppe")
        maximum = None
    else:
        columns = [label for _code, label in options]
        title = _("Andel som valgte hvert alternativ, alle svar (prosent)")
        maximum = 100.0
    result = QuestionResult(question=question, columns=columns, chart_title=title, maximum=maximum)
    for group in groups:
        values: list[float | None]
        answers = [answers_by_response[pk] for pk in members.get(group.key, ()) if pk in answers_by_response]
        if group.n is None or group.n == 0:
            values = [None] * len(columns)
        elif question.kind == QuestionKind.LIKERT:
            numbers = [a.number for a in answers if a.number is not None]
            mean = sum(numbers) / len(numbers) if numbers else None
            share = 100 * sum(1 for v in numbers if v >= 4) / len(numbers) if numbers else None
            values = [mean, share]
        elif question.kind == QuestionKind.NUMBER:
            numbers = [a.number for a in answers if a.number is not None]
            values = [sum(numbers) / len(numbers) if numbers else None]
        else:
            chosen = Counter(code for a in answers for code in a.choices)
            values = [100 * chosen[code] / len(answers) if answers else None for code, _label in options]
        if question.kind == QuestionKind.LIKERT:
            display = [_fmt(values[0]), _fmt(values[1], percent=True, decimals=0)]
        elif question.kind == QuestionKind.NUMBER:
            display = [_fmt(values[0])]
        else:
            display = [_fmt(v, percent=True, decimals=0) for v in values]
        result.rows.append({"group": group, "values": display, "raw": values})
        if question.kind in (QuestionKind.LIKERT, QuestionKind.NUMBER):
            result.bars.append(engine.Bar(f"{group.label}", values[0], display[0]))
    if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        total_row = result.rows[0]
        result.bars = [
            engine.Bar(label, raw, text)
            for label, raw, text in zip(columns, total_row["raw"], total_row["values"], strict=True)
        ]
    return result


def round_results(round_: SurveyRound) -> dict:
    """Everything the results page, the CSV and the XLSX show for one round; hidden figures are None."""
    table, groups, members = round_groups(round_)
    questions = [q for q in round_.survey.questions.all() if q.kind in PUBLISHED_KINDS]
    answers = defaultdict(dict)
    for answer in Answer.objects.filter(response__round=round_, question__in=questions):
        answers[answer.question_id][answer.response_id] = answer
    return {
        "round": round_,
        "table": table,
        "groups": groups,
        "questions": [_question_result(q, groups, members, answers[q.pk]) for q in questions],
    }


def comparison(current: dict, previous: dict) -> list[dict]:
    """Side by side, per question: the first figure for each group present in both rounds."""
    out = []
    prev_by_q = {r.question.pk: r for r in previous["questions"]}
    for result in current["questions"]:
        before = prev_by_q.get(result.question.pk)
        if before is None:
            continue
        before_rows = {row["group"].key: row for row in before.rows}
        rows = []
        bars = []
        for row in result.rows:
            old = before_rows.get(row["group"].key)
            if old is None:
                continue
            rows.append({"label": row["group"].label, "before": old["values"][0], "now": row["values"][0]})
            if row["group"].kind == "total":
                name = result.columns[0]
                bars += [
                    engine.Bar(f"{previous['round'].name}: {name}", old["raw"][0], old["values"][0]),
                    engine.Bar(f"{current['round'].name}: {name}", row["raw"][0], row["values"][0]),
                ]
        out.append(
            {
                "question": result.question,
                "column": result.columns[0],
                "rows": rows,
                "bars": bars,
                "maximum": result.maximum,
            }
        )
    return out


# --- Free text (staff only) -------------------------------------------------------------------------


@dataclass
class FreeTextItem:
    id: int
    text: str  # after the personal-data guard; "" when withheld
    withheld: list[str]
    names_masked: int
    hidden: bool


def free_text_answers(round_: SurveyRound) -> dict:
    """Free-text answers of a round for staff with the permission, never for a public page.

    Shown only when the round's respondent count is published and at least the suppression threshold,
    and only for the whole round: no breakdown by fylke or service type, because comparing the lists of
    two overlapping groups would reveal the answers of a small cell. Every answer passes the
    personal-data guard again (``engine.screen_free_text``); the order is alphabetical, so it says
    nothing about when an answer came in.
    """
    _table, groups, _members = round_groups(round_)
    respondents = groups[0].n
    data = {
        "round": round_,
        "respondents": respondents,
        "allowed": engine.free_text_allowed(respondents),
        "questions": [],
    }
    if not data["allowed"]:
        return data
    for question in round_.survey.questions.filter(kind=QuestionKind.TEXT):
        items = []
        for answer_id, text, hidden in (
            Answer.objects.filter(response__round=round_, question=question)
            .exclude(text="")
            .values_list("id", "text", "hidden")
        ):
            screened = engine.screen_free_text(text)
            items.append(
                FreeTextItem(answer_id, screened.text, screened.withheld, screened.names_masked, hidden)
            )
        items.sort(key=lambda item: (item.text.casefold(), item.id))
        data["questions"].append(
            {
                "question": question,
                "shown": [i for i in items if not i.hidden and not i.withheld],
                "hidden": [i for i in items if i.hidden and not i.withheld],
                "withheld": [i for i in items if i.withheld],
            }
        )
    return data


def free_text_export_rows(data: dict) -> list[list[str]]:
    """CSV/XLSX rows of the free text that is shown: round, question, answer. No group columns."""
    rows = [[_("Runde"), _("Spørsmål"), _("Svar")]]
    for entry in data["questions"] if data["allowed"] else []:
        for item in entry["shown"]:
            rows.append([data["round"].name, entry["question"].text, spreadsheet_safe(item.text)])
    return rows


def spreadsheet_safe(text: str) -> str:
    """Text a respondent wrote, made inert for spreadsheets: a cell that starts like a formula (=, +, -,
    @, tab, carriage return) gets a leading apostrophe, so Excel and LibreOffice show it as text and
    openpyxl does not store it as a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_rows(results: dict) -> list[list[str]]:
    """Flat rows for CSV and XLSX: only published figures; hidden ones read «skjult»."""
    rows = [[_("Runde"), _("Spørsmål"), _("Gruppe"), _("Antall svar"), _("Mål"), _("Verdi")]]
    for result in results["questions"]:
        for row in result.rows:
            group = row["group"]
            n = _("skjult") if group.n is None else str(group.n)
            for column, value in zip(result.columns, row["values"], strict=True):
                rows.append([results["round"].name, result.question.text, group.label, n, column, value])
    return rows


# --- Catalogue --------------------------------------------------------------------------------------


def offers_filtered(
    *, q: str = "", level: str = "", format: str = "", region: str = "", topic: str = "", language: str = ""
):
    offers = TrainingOffer.objects.select_related("teaching_resource")
    if q:
        offers = offers.filter(
            Q(title__icontains=q)
            | Q(provider__icontains=q)
            | Q(description__icontains=q)
            | Q(audience__icontains=q)
        )
    if level:
        offers = offers.filter(level=level)
    if format:
        offers = offers.filter(format=format)
    if region:
        offers = (
            offers.filter(region__in=[region, NATIONAL])
            if region != NATIONAL
            else offers.filter(region=NATIONAL)
        )
    if topic:
        offers = offers.filter(topics__contains=topic)
    if language:
        offers = offers.filter(language=language)
    return offers.order_by("starts_on", "title")


# --- Gap analysis -----------------------------------------------------------------------------------


def gap_analysis(round_: SurveyRound | None) -> tuple[list[engine.GapRow], dict[str, int]]:
    """Needs: respondents who want training on a topic (multiple-choice options coded by topic), by
    fylke. Offers: catalogue offers on the topic held in that fylke. National and digital offers are
    returned apart, per topic: they are open to all, but they do not replace local training capacity."""
    needs: Counter = Counter()
    if round_ is not None:
        for answer in Answer.objects.filter(
            response__round=round_, question__kind=QuestionKind.MULTIPLE
        ).select_related("response", "question"):
            topic_options = {code for code, _label in answer.question.option_list if code in Topic.values}
            if not topic_options:
                continue
            for code in answer.choices:
                if code in topic_options:
                    needs[(code, answer.response.region)] += 1
    offers: Counter = Counter()
    national: Counter = Counter()
    for offer in TrainingOffer.objects.all():
        for topic in offer.topic_list:
            if offer.region == NATIONAL:
                national[topic] += 1
            else:
                offers[(topic, offer.region)] += 1
    return engine.gap_rows(dict(needs), dict(offers)), dict(national)
