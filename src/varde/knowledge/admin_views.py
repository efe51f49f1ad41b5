"""Editor reports: pages past or near professional review, and searches without results."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from varde.knowledge.models import ZeroResultQuery
from varde.knowledge.selectors import pages_for_review


class ReviewDueReportView(ReportView):
    page_title = _("Faglig gjennomgang")
    header_icon = "time"
    index_url_name = "knowledge_review_due"
    index_results_url_name = "knowledge_review_due_results"
    list_export = ["title", "owner_unit", "owner_email", "next_review", "last_substantive_change"]
    export_headings = {
        "title": _("Tittel"),
        "owner_unit": _("Faglig eier"),
        "owner_email": _("E-post"),
        "next_review": _("Neste faglige gjennomgang"),
        "last_substantive_change": _("Siste faglige endring"),
    }
    columns = [
        TitleColumn("title", label=_("Tittel"), url_name="wagtailadmin_pages:edit"),
        Column("locale", label=_("Språk"), accessor="locale.language_code"),
        Column("owner_unit", label=_("Faglig eier")),
        DateColumn("next_review", label=_("Neste faglige gjennomgang")),
        Column("status", label=_("Status"), accessor="review_label"),
    ]

    def get_queryset(self):
        return pages_for_review()

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.review_label = _("Forfalt") if page.review_status() == "overdue" else _("Snart")
        return object_list


class ZeroResultReportView(ReportView):
    page_title = _("Søk uten treff")
    header_icon = "search"
    index_url_name = "knowledge_zero_results"
    index_results_url_name = "knowledge_zero_results_results"
    list_export = ["query", "count", "last_seen"]
    columns = [
        Column("query", label=_("Søk")),
        Column("count", label=_("Antall")),
        DateColumn("last_seen", label=_("Sist søkt")),
    ]

    def get_queryset(self):
        return ZeroResultQuery.objects.all()
