"""Wagtail admin screens of the competence capability (staff only, never public):

* **Invitasjonslenker**: links for many targets at once (service types × kommune/fylke), as a list to
  copy and as CSV. Needs the permission to add distribution links.
* **Fritekstsvar**: the free-text answers of a round, after the personal-data guard, only when the
  round has at least five respondents, with moderation (hide / show again). Reading needs
  ``competence.view_free_text``, hiding ``competence.moderate_free_text``.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from varde.competence import engine, selectors, services
from varde.competence.exports import csv_response, xlsx_response
from varde.competence.forms import InvitationForm, ModerationForm
from varde.competence.models import SurveyRound

PERM_LINKS = "competence.add_distributionlink"
PERM_VIEW_FREE_TEXT = "competence.view_free_text"
PERM_MODERATE_FREE_TEXT = "competence.moderate_free_text"


class _PermissionMixin:
    permission = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class _AdminPage(_PermissionMixin, WagtailAdminTemplateMixin, View):
    index_url_name = ""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def render(self, status=200, **context):
        return self.render_to_response(self.get_context_data(**context), status=status)


class InvitationView(_AdminPage):
    permission = PERM_LINKS
    template_name = "competence/admin/invitations.html"
    page_title = gettext_lazy("Invitasjonslenker")
    header_icon = "link"

    def get(self, request):
        initial = {}
        round_id = request.GET.get("runde", "")
        if round_id.isdecimal():
            initial["round"] = int(round_id)
        return self.render(form=InvitationForm(initial=initial))

    def post(self, request):
        form = InvitationForm(request.POST)
        if not form.is_valid():
            return self.render(form=form, status=400)
        data = form.cleaned_data
        invitations = services.invitation_links_bulk(
            round_=data["round"],
            service_types=data["service_types"],
            regions=data["regions"],
            personal=data["personal"],
            count=data["count"],
            base_url=request.build_absolute_uri("/"),
        )
        if "csv" in request.POST:
            rows = [[_("Tjenestetype"), _("Fylke"), _("Kommune- eller fylkesnummer"), _("Lenke")]]
            rows += [[i.service_label, i.region_label, i.region, i.url] for i in invitations]
            round_ = data["round"]
            return csv_response(rows, f"invitasjoner-{round_.survey.slug}-{round_.name}")
        return self.render(form=form, invitations=invitations, all_urls="\n".join(i.url for i in invitations))


class FreeTextIndexView(_AdminPage):
    permission = PERM_VIEW_FREE_TEXT
    template_name = "competence/admin/free_text_index.html"
    page_title = gettext_lazy("Fritekstsvar")
    header_icon = "comment"

    def get(self, request):
        rounds = SurveyRound.objects.select_related("survey").order_by("survey__title", "-name")
        return self.render(rounds=rounds, threshold=engine.THRESHOLD)


class FreeTextRoundView(_AdminPage):
    permission = PERM_VIEW_FREE_TEXT
    template_name = "competence/admin/free_text_round.html"
    page_title = gettext_lazy("Fritekstsvar")
    header_icon = "comment"

    def get_page_subtitle(self):
        return str(self.round)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("kompetanse-fritekst:index"), "label": _("Fritekstsvar")},
            {"url": "", "label": str(self.round)},
        ]

    def dispatch(self, request, round_id, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied  # before looking the round up: no probing of ids
        self.round = get_object_or_404(SurveyRound.objects.select_related("survey"), pk=round_id)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        data = selectors.free_text_answers(self.round)
        fmt = request.GET.get("format", "")
        if fmt in ("csv", "xlsx") and data["allowed"]:
            rows = selectors.free_text_export_rows(data)
            filename = f"fritekst-{self.round.survey.slug}-{self.round.name}"
            if fmt == "csv":
                return csv_response(rows, filename)
            response = xlsx_response(rows, filename, sheet_title=_("Fritekstsvar"))
            if response is not None:
                return response
        return self.render(
            data=data, can_moderate=request.user.has_perm(PERM_MODERATE_FREE_TEXT), threshold=engine.THRESHOLD
        )

    def post(self, request):
        if not request.user.has_perm(PERM_MODERATE_FREE_TEXT):
            raise PermissionDenied
        form = ModerationForm(request.POST)
        if not form.is_valid() or not services.answer_moderate(
            round_=self.round,
            answer_id=form.cleaned_data["answer"],
            hidden=form.cleaned_data["action"] == "hide",
        ):
            messages.error(request, _("Fant ikke svaret. Last siden på nytt og prøv igjen."))
            return self.render(
                data=selectors.free_text_answers(self.round),
                can_moderate=True,
                threshold=engine.THRESHOLD,
                status=400,
            )
        if form.cleaned_data["action"] == "hide":
            messages.success(
                request, _("Svaret er skjult. Det telles fortsatt, men vises ikke og eksporteres ikke.")
            )
        else:
            messages.success(request, _("Svaret vises igjen."))
        return redirect("kompetanse-fritekst:round", round_id=self.round.pk)


class _PermissionMenuItem(MenuItem):
    permission = ""

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class _AdminViewSet(ViewSet):
    permission = ""

    @property
    def menu_item_class(self):
        return type(f"{type(self).__name__}MenuItem", (_PermissionMenuItem,), {"permission": self.permission})


class InvitationViewSet(_AdminViewSet):
    name = "kompetanse-invitasjoner"
    icon = "link"
    menu_label = gettext_lazy("Invitasjonslenker")
    permission = PERM_LINKS

    def get_urlpatterns(self):
        return [path("", InvitationView.as_view(), name="index")]


class FreeTextViewSet(_AdminViewSet):
    name = "kompetanse-fritekst"
    icon = "comment"
    menu_label = gettext_lazy("Fritekstsvar")
    permission = PERM_VIEW_FREE_TEXT

    def get_urlpatterns(self):
        return [
            path("", FreeTextIndexView.as_view(), name="index"),
            path("<int:round_id>/", FreeTextRoundView.as_view(), name="round"),
        ]
