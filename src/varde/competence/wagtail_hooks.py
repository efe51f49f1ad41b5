"""Admin: surveys, rounds, links, catalogue offers and teaching resources as Wagtail snippets, and
two screens of our own in the same menu: invitation links in bulk and the free-text answers."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from varde.competence.admin_views import FreeTextViewSet, InvitationViewSet
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
