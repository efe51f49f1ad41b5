"""Admin: surveys, rounds, links, catalogue offers and teaching resources as Wagtail snippets, and
two screens of our own in the same menu: invitation links in bulk and the free-text answers."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from varde.competence.admin_views import (
    PERM_LINKS,
    PERM_VIEW_FREE_TEXT,
    FreeTextViewSet,
    InvitationViewSet,
)
from varde.competence.models import DistributionLink, Survey, SurveyRound, TeachingResource, TrainingOffer


class SurveyViewSet(SnippetViewSet):
    model = Survey
    icon = "form"
    list_display = ["title", "slug"]


class RoundViewSet(SnippetViewSet):
    model = SurveyRound
    icon = "date"
    list_display = ["survey", "name", "is_open", "results_public"]


class LinkViewSet(SnippetViewSet):
    model = DistributionLink
    icon = "link"
    list_display = ["__str__", "service_type", "region", "key", "active"]


class OfferViewSet(SnippetViewSet):
    model = TrainingOffer
    icon = "list-ul"
    list_display = ["title", "provider", "level", "format", "region"]
    search_fields = ["title", "provider"]


class TeachingViewSet(SnippetViewSet):
    model = TeachingResource
    icon = "doc-full"
    list_display = ["title", "level"]


class CompetenceGroup(SnippetViewSetGroup):
    menu_label = _("Kompetanse")
    menu_icon = "group"
    items = (
        SurveyViewSet,
        RoundViewSet,
        LinkViewSet,
        InvitationViewSet,
        FreeTextViewSet,
        OfferViewSet,
        TeachingViewSet,
    )


register_snippet(CompetenceGroup)


@hooks.register("register_snippet_listing_buttons")
def round_listing_buttons(snippet, user, next_url=None):
    """On each round in the list of rounds: make invitation links for it, read its free text."""
    if not isinstance(snippet, SurveyRound):
        return
    if snippet.is_open and user.has_perm(PERM_LINKS):
        yield Button(
            _("Lag invitasjonslenker"),
            reverse("kompetanse-invitasjoner:index") + f"?runde={snippet.pk}",
            icon_name="link",
            priority=60,
        )
    if user.has_perm(PERM_VIEW_FREE_TEXT):
        yield Button(
            _("Fritekstsvar"),
            reverse("kompetanse-fritekst:round", args=[snippet.pk]),
            icon_name="comment",
            priority=61,
        )
