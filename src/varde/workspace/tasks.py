"""Background task: build the period report (HTML and PDF) step by step, recording progress."""

from __future__ import annotations

import logging

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override
from django_tasks import task

from varde.competence import interface as competence_interface

from . import selectors
from .models import ReportRun

logger = logging.getLogger(__name__)


def _progress(run: ReportRun, value: int, status: str = ReportRun.Status.RUNNING) -> None:
    run.progress = value
    run.status = status
    run.save(update_fields=["progress", "status"])


def report_context(*, start, end) -> dict:
    meetings = list(selectors.meetings_between(start=start, end=end))
    return {
        "start": start,
        "end": end,
        "organisations": selectors.organisations_with_members(),
        "meetings": meetings,
        "focus_areas": selectors.focus_areas().filter(period_start__lte=end.year, period_end__gte=start.year),
        "recommended": selectors.practices(status="recommended"),
        "proposals": selectors.proposals_between(start=start, end=end),
        "measures": selectors.measures_between(start=start, end=end),
        # Through the competence capability's documented interface (docs/architecture.md).
        "competence_mapping": competence_interface.mapping_summary(start=start, end=end),
    }


@task()
def generate_period_report(run_id: int) -> None:
    run = ReportRun.objects.get(pk=run_id)
    try:
        _progress(run, 10)
        with override("nb"):
            context = report_context(start=run.period_start, end=run.period_end)
            _progress(run, 40)
            run.html = render_to_string("workspace/report/body.html", context)
            _progress(run, 60)
            pdf_source = render_to_string("workspace/report/pdf.html", {**context, "body": run.html})
        from weasyprint import HTML

        run.pdf = HTML(string=pdf_source).write_pdf()
        run.status = ReportRun.Status.DONE
        run.progress = 100
        run.finished_at = timezone.now()
        run.save(update_fields=["html", "pdf", "status", "progress", "finished_at"])
    except Exception:  # recorded as failed and visible in the interface; never a 500 for the reader
        logger.exception("Period report %s failed", run_id)
        run.status = ReportRun.Status.FAILED
        run.finished_at = timezone.now()
        run.save(update_fields=["status", "finished_at"])
