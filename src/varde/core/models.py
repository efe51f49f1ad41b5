"""Page types of the site chrome: the home page and a plain content page.

Guidance pages with sources and review cycles belong to the knowledge capability; these two are
enough for the home page, capability landing pages and the accessibility statement.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from varde.core.blocks import BaseStreamBlock
from varde.core.routing import RoutedPageMixin, SiteRootRoutingMixin


class HomePage(SiteRootRoutingMixin, Page):
    """The front page: what Varde is for and the way into each capability."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True, verbose_name=_("Ingress"))
    urgent_title = models.CharField(max_length=120, blank=True, verbose_name=_("Tittel for akutt fare"))
    urgent_text = RichTextField(features=["bold", "link"], blank=True, verbose_name=_("Tekst for akutt fare"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("urgent_title"),
        FieldPanel("urgent_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("Forside")


class ContentPage(RoutedPageMixin, Page):
    """A plain page: an introduction and a body of headings, text and callouts."""

    intro = models.TextField(blank=True, verbose_name=_("Ingress"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("Innhold"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("Innholdsside")
