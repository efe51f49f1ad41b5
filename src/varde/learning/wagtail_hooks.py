"""Admin: a «Last ned som SCORM 1.2» button in the header of a course page (edit and listing views)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from varde.learning.models import CoursePage


@hooks.register("register_page_header_buttons")
def scorm_export_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, CoursePage) and user.is_staff:
        yield Button(
            _("Last ned som SCORM 1.2"),
            reverse("learning:scorm_export", args=[page.pk]),
            icon_name="download",
            attrs={"data-scorm-export": "", "download": ""},
            priority=90,
        )
