"""Knowledge portal: sources, topic index pages and guidance pages with a review cycle."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Value
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from varde.core.routing import RoutedPageMixin
from varde.knowledge.blocks import GuidanceStreamBlock

REVIEW_SOON_DAYS = 30


class SourceType(models.TextChoices):
    LAW = "law", _("Lov")
    REGULATION = "regulation", _("Forskrift")
    GUIDE = "guide", _("Veileder")
    CIRCULAR = "circular", _("Rundskriv")
    RESEARCH = "research", _("Forskning og rapporter")
    WEB_PAGE = "web_page", _("Nettside")


class Source(index.Indexed, models.Model):
    """A source a guidance page builds on. Language-neutral: the same source serves nb, nn and en."""

    title = models.CharField(max_length=300, verbose_name=_("Tittel"))
    publisher = models.CharField(max_length=200, verbose_name=_("Utgiver"))
    url = models.URLField(max_length=500, unique=True, verbose_name=_("Nettadresse"))
    source_type = models.CharField(
        max_length=20, choices=SourceType.choices, default=SourceType.WEB_PAGE, verbose_name=_("Type")
    )
    date_read = models.DateField(verbose_name=_("Lest dato"))

    panels = [
        FieldPanel("title"),
        FieldPanel("publisher"),
        FieldPanel("url"),
        FieldPanel("source_type"),
        FieldPanel("date_read"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("publisher"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        verbose_name = _("Kilde")
        verbose_name_plural = _("Kilder")
        ordering = ["title"]

    def __str__(self) -> str:
        return f"{self.title} ({self.publisher})"


register_snippet(Source)


class AudienceTag(TaggedItemBase):
    content_object = ParentalKey(
        "knowledge.GuidancePage", related_name="audience_items", on_delete=models.CASCADE
    )


class TopicTag(TaggedItemBase):
    content_object = ParentalKey(
        "knowledge.GuidancePage", related_name="topic_items", on_delete=models.CASCADE
    )


class PdfMixin(RoutablePageMixin):
    """``<page url>pdf/`` serves the page (or section) as a PDF."""

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.serve_cached(request)

    @path("pdf/")
    def pdf_route(self, request):
        from varde.knowledge.pdf import pdf_response
        from varde.knowledge.services import add_cache_headers

        # The same cache rules as the page: the front cache keeps it until publish refreshes it.
        return add_cache_headers(request, pdf_response(request, page=self))

    def serve_cached(self, request):
        response = Page.serve(self, request)
        from varde.knowledge.services import add_cache_headers

        return add_cache_headers(request, response)


class TopicIndexPage(RoutedPageMixin, PdfMixin, Page):
    """A section of the knowledge portal: lists its guidance pages, filterable by audience and topic."""

    intro = models.TextField(blank=True, verbose_name=_("Ingress"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]
    subpage_types = ["knowledge.TopicIndexPage", "knowledge.GuidancePage"]
    template = "knowledge/topic_index_page.html"

    class Meta:
        verbose_name = _("Temaside")

    def get_context(self, request, *args, **kwargs):
        from varde.knowledge.paging import PAGE_PARAM, page_number
        from varde.knowledge.selectors import guidance_list

        context = super().get_context(request, *args, **kwargs)
        audience = request.GET.get("malgruppe", "")[:60]
        topic = request.GET.get("tema", "")[:60]
        page = page_number(request.GET.get(PAGE_PARAM))
        context.update(guidance_list(parent=self, audience=audience, topic=topic, page=page))
        context["section_pdf"] = self._section_pdf_offered(context)
        return context

    def _section_pdf_offered(self, context) -> bool:
        """The section PDF is offered while it is small enough to render (``SECTION_PDF_MAX_PAGES``);
        it always holds the whole section, so with a filter on, the section is counted again."""
        from varde.knowledge.pdf import SECTION_PDF_MAX_PAGES
        from varde.knowledge.selectors import guidance_count

        filtered = context["selected_audience"] or context["selected_topic"]
        total = guidance_count(parent=self) if filtered else context["paging"].total
        return total <= SECTION_PDF_MAX_PAGES


class GuidancePage(RoutedPageMixin, PdfMixin, Page):
    """A guidance page: body with sources, owner, substantive-change date, review date and change log."""

    intro = models.TextField(blank=True, verbose_name=_("Ingress"))
    body = StreamField(GuidanceStreamBlock(), blank=True, verbose_name=_("Innhold"))
    owner_unit = models.CharField(
        max_length=200,
        verbose_name=_("Faglig eier"),
        help_text=_("Enhet eller rolle som har faglig ansvar for siden."),
    )
    owner_email = models.EmailField(
        blank=True,
        verbose_name=_("E-post til faglig eier"),
        help_text=_("Får påminnelse når siden skal gjennomgås."),
    )
    last_substantive_change = models.DateField(
        verbose_name=_("Siste faglige endring"),
        help_text=_("Endre bare når innholdet er faglig endret, ikke ved retting av skrivefeil."),
    )
    next_review = models.DateField(verbose_name=_("Neste faglige gjennomgang"))
    audiences = ClusterTaggableManager(
        through=AudienceTag, blank=True, related_name="audience_pages", verbose_name=_("Målgrupper")
    )
    topics = ClusterTaggableManager(
        through=TopicTag, blank=True, related_name="topic_pages", verbose_name=_("Temaer")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("source_links", label=_("Kilder")),
    ]
    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("owner_unit"),
                FieldPanel("owner_email"),
                FieldPanel("last_substantive_change"),
                FieldPanel("next_review"),
            ],
            heading=_("Faglig ansvar"),
        ),
        InlinePanel("changes", label=_("Endringslogg (faglige endringer)")),
        FieldPanel("audiences"),
        FieldPanel("topics"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=1.5),
        index.SearchField("body"),
        index.FilterField("locale"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("body"),
        APIField("owner_unit"),
        APIField("last_substantive_change"),
        APIField("next_review"),
        APIField("audience_names"),
        APIField("topic_names"),
        APIField("source_list"),
        APIField("change_log"),
    ]
    parent_page_types = ["knowledge.TopicIndexPage"]
    subpage_types: list[str] = []
    template = "knowledge/guidance_page.html"

    class Meta:
        verbose_name = _("Veiledningsside")

    def get_cached_paths(self):
        """The page and its PDF, both kept by the front cache, are refreshed on publish. (A section's PDF
        is not: it renders every guidance page of the section, seconds that each publish below would
        wait for; it expires with the page cache's max age.)"""
        return ["/", "pdf/"]

    # --- sources and citations --------------------------------------------------------------------
    def numbered_sources(self) -> list[Source]:
        """Sources in citation order: first those cited in the body, then the page's own list."""
        ordered: dict[int, Source] = {}
        for block in self.body:
            if block.block_type == "cited":
                for source in block.value["sources"]:
                    if source is not None:
                        ordered.setdefault(source.pk, source)
            elif block.block_type == "source_reference" and block.value["source"] is not None:
                ordered.setdefault(block.value["source"].pk, block.value["source"])
        for link in self.source_links.select_related("source"):  # one query, not one per source
            ordered.setdefault(link.source_id, link.source)
        return list(ordered.values())

    def citation_numbers(self) -> dict[int, int]:
        return {source.pk: number for number, source in enumerate(self.numbered_sources(), start=1)}

    @property
    def source_list(self) -> list[dict]:
        return [
            {
                "number": n,
                "title": s.title,
                "publisher": s.publisher,
                "url": s.url,
                "type": s.source_type,
                "date_read": s.date_read.isoformat(),
            }
            for n, s in enumerate(self.numbered_sources(), start=1)
        ]

    @property
    def change_log(self) -> list[dict]:
        return [{"date": c.date.isoformat(), "description": c.description} for c in self.changes.all()]

    @property
    def audience_names(self) -> list[str]:
        return [t.name for t in self.audiences.all()]

    @property
    def topic_names(self) -> list[str]:
        return [t.name for t in self.topics.all()]

    def tag_slugs(self) -> dict[str, list[str]]:
        """The audience and topic slugs, in the order they were added: one query for both lists.

        A preview (tags edited but not saved) reads them from the form's in-memory relations.
        """
        in_memory = getattr(self, "_cluster_related_objects", {})
        if self.pk is None or "audience_items" in in_memory or "topic_items" in in_memory:
            return {
                "audiences": [t.slug for t in self.audiences.all()],
                "topics": [t.slug for t in self.topics.all()],
            }
        audience = AudienceTag.objects.filter(content_object_id=self.pk).annotate(kind=Value("audiences"))
        topic = TopicTag.objects.filter(content_object_id=self.pk).annotate(kind=Value("topics"))
        rows = audience.values_list("kind", "tag__slug", "id").union(
            topic.values_list("kind", "tag__slug", "id"), all=True
        )
        slugs: dict[str, list[str]] = {"audiences": [], "topics": []}
        for kind, slug, _id in sorted(rows, key=lambda row: (row[0], row[2])):
            slugs[kind].append(slug)
        return slugs

    # --- review cycle -----------------------------------------------------------------------------
    def review_status(self, today: datetime.date | None = None) -> str:
        today = today or timezone.localdate()
        if self.next_review < today:
            return "overdue"
        if self.next_review <= today + datetime.timedelta(days=REVIEW_SOON_DAYS):
            return "soon"
        return "ok"

    def plain_text(self) -> str:
        """The readable text of the page, for search snippets and the vocabulary."""
        from django.utils.html import strip_tags

        parts = [self.title, self.intro]
        for block in self.body:
            content = block.block.get_searchable_content(block.value)
            parts.extend(strip_tags(str(item)) for item in content)
        return " ".join(p for p in parts if p)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sources = self.numbered_sources()
        context["numbered_sources"] = sources
        context["citation_numbers"] = {s.pk: n for n, s in enumerate(sources, start=1)}
        return context


GuidancePage.edit_handler = TabbedInterface(
    [
        ObjectList(GuidancePage.content_panels, heading=_("Innhold")),
        ObjectList(GuidancePage.review_panels, heading=_("Faglig ansvar")),
        ObjectList(GuidancePage.promote_panels, heading=_("Synlighet")),
        ObjectList(GuidancePage.settings_panels, heading=_("Innstillinger")),
    ]
)


class GuidanceSourceLink(Orderable):
    page = ParentalKey(GuidancePage, related_name="source_links", on_delete=models.CASCADE)
    source = models.ForeignKey(Source, related_name="+", on_delete=models.PROTECT, verbose_name=_("Kilde"))

    panels = [FieldPanel("source")]


class GuidanceChange(Orderable):
    """A substantive change, shown publicly in the page's change log."""

    page = ParentalKey(GuidancePage, related_name="changes", on_delete=models.CASCADE)
    date = models.DateField(verbose_name=_("Dato"))
    description = models.CharField(max_length=300, verbose_name=_("Hva ble endret"))

    panels = [FieldPanel("date"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("Faglig endring")


class SearchTerm(models.Model):
    """The vocabulary of the published guidance pages: for decompounding and "Mente du …?"."""

    term = models.CharField(max_length=80, unique=True)

    class Meta:
        verbose_name = _("Søkeord i ordlisten")

    def __str__(self) -> str:
        return self.term


class ZeroResultQuery(models.Model):
    """Anonymous count of searches that found nothing: only the normalised query, no user, no IP."""

    query = models.CharField(max_length=200, unique=True, verbose_name=_("Søk"))
    count = models.PositiveIntegerField(default=0, verbose_name=_("Antall"))
    last_seen = models.DateField(default=datetime.date.today, verbose_name=_("Sist søkt"))

    class Meta:
        verbose_name = _("Søk uten treff")
        verbose_name_plural = _("Søk uten treff")
        ordering = ["-count", "query"]

    def __str__(self) -> str:
        return self.query
