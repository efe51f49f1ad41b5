"""Read-side queries of the knowledge portal."""

from __future__ import annotations

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail.models import Page

from varde.knowledge.labels import AUDIENCES, TOPICS
from varde.knowledge.models import REVIEW_SOON_DAYS, AudienceTag, GuidancePage, TopicTag
from varde.knowledge.paging import clamp

INDEX_PAGE_SIZE = 30


def filter_guidance(queryset, *, audience: str = "", topic: str = ""):
    """Pages tagged with the audience and the topic. EXISTS, not joins: no duplicate rows, so no
    DISTINCT over whole page rows (which made counting 10 000 pages take a tenth of a second)."""
    if audience:
        queryset = queryset.filter(
            Exists(AudienceTag.objects.filter(content_object_id=OuterRef("pk"), tag__slug=audience))
        )
    if topic:
        queryset = queryset.filter(
            Exists(TopicTag.objects.filter(content_object_id=OuterRef("pk"), tag__slug=topic))
        )
    return queryset


def guidance_count(*, parent, audience: str = "", topic: str = "") -> int:
    """How many live guidance pages ``guidance_list`` has under ``parent`` with the filter.

    Counted on the page table by page type: the same pages (every guidance page has its row in both
    tables), but PostgreSQL answers it from the live-pages index alone (knowledge.0005) instead of
    joining the guidance table once per page."""
    counted = (
        Page.objects.live()
        .descendant_of(parent)
        .filter(locale_id=parent.locale_id, content_type=ContentType.objects.get_for_model(GuidancePage))
    )
    return filter_guidance(counted, audience=audience, topic=topic).count()


def guidance_list(*, parent, audience: str = "", topic: str = "", page: int = 1) -> dict:
    """Live guidance pages under ``parent`` with the audience/topic filter, one page of
    ``INDEX_PAGE_SIZE`` at a time (two queries however many there are), and the filter choices."""
    audience = audience if audience in AUDIENCES else ""
    topic = topic if topic in TOPICS else ""
    pages = GuidancePage.objects.live().descendant_of(parent).filter(locale_id=parent.locale_id)
    pages = filter_guidance(pages, audience=audience, topic=topic).order_by("path")
    paging = clamp(
        page, size=INDEX_PAGE_SIZE, total=guidance_count(parent=parent, audience=audience, topic=topic)
    )
    return {
        # Already GuidancePage rows (``.specific()`` would cost a second query); the bodies are not shown.
        "guidance_pages": list(pages.defer_streamfields()[paging.offset : paging.offset + paging.size]),
        "paging": paging,
        "audience_choices": list(AUDIENCES.items()),
        "topic_choices": list(TOPICS.items()),
        "selected_audience": audience,
        "selected_topic": topic,
    }


def pages_for_review(*, today: datetime.date | None = None, days: int = REVIEW_SOON_DAYS):
    """Guidance pages (all languages) whose next review is past or within ``days`` days."""
    today = today or timezone.localdate()
    return (
        GuidancePage.objects.filter(next_review__lte=today + datetime.timedelta(days=days))
        .select_related("locale")
        .order_by("next_review", "title")
    )
