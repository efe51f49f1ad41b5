"""The competence capability's public interface for other capabilities.

The network's period report (varde.workspace) includes a summary of the competence mapping. It asks
for it here and gets plain data back, with small cells already suppressed by the engine: no figure
from fewer than five respondents leaves this module.
"""

from __future__ import annotations

import datetime as dt

from varde.competence import selectors
from varde.competence.models import SurveyRound


def mapping_summary(*, start: dt.date, end: dt.date) -> list[dict]:
    """One entry per survey round held in the period (rounds are named by year, e.g. "2026").

    Each entry: survey title, round name, respondents (None when suppressed) and, per published
    question, its text and the national figures as display strings ("skjult" where suppressed).
    """
    years = {str(year) for year in range(start.year, end.year + 1)}
    rounds = (
        SurveyRound.objects.filter(name__in=years).select_related("survey").order_by("name", "survey__title")
    )
    summary = []
    for round_ in rounds:
        results = selectors.round_results(round_)
        summary.append(
            {
                "survey": round_.survey.title,
                "round": round_.name,
                "respondents": results["table"].grand_total,
                "questions": [
                    {"text": str(q.question), "figures": [f"{bar.label}: {bar.display}" for bar in q.bars]}
                    for q in results["questions"]
                ],
            }
        )
    return summary
