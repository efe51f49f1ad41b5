"""Admin integration: the review report and the zero-result search report under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem, MenuItem

from varde.knowledge.admin_views import ReviewDueReportView, ZeroResultReportView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/faglig-gjennomgang/", ReviewDueReportView.as_view(), name="knowledge_review_due"),
        path(
            "reports/faglig-gjennomgang/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="knowledge_review_due_results",
        ),
        path("reports/sok-uten-treff/", ZeroResultReportView.as_view(), name="knowledge_zero_results"),
        path(
            "reports/sok-uten-treff/results/",
            ZeroResultReportView.as_view(results_only=True),
            name="knowledge_zero_results_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return MenuItem(_("Faglig gjennomgang"), reverse("knowledge_review_due"), icon_name="time", order=700)


@hooks.register("register_reports_menu_item")
def register_zero_result_menu_item():
    return AdminOnlyMenuItem(
        _("Søk uten treff"), reverse("knowledge_zero_results"), icon_name="search", order=710
    )
