"""Read-side queries of the knowledge portal."""

from __future__ import annotations

import datetime

from django.utils import timezone

from varde.knowledge.labels import AUDIENCES, TOPICS
from varde.knowledge.models import REVIEW_SOON_DAYS, GuidancePage


def filter_guidance(queryset, *, audience: str = "", topic: str = ""):
    if audience:
        queryset = queryset.filter(audience_items__tag__slug=audience)
    if topic:
        queryset = queryset.filter(topic_items__tag__slug=topic)
    return queryset.distinct()


def guidance_list(*, parent, audience: str = "", topic: str = "") -> dict:
    """Live guidance pages under ``parent`` with the audience/topic filter and the filter choices."""
    audience = audience if audience in AUDIENCES else ""
    topic = topic if topic in TOPICS else ""
    pages = GuidancePage.objects.live().descendant_of(parent).filter(locale_id=parent.locale_id)
    pages = filter_guidance(pages, audience=audience, topic=topic).order_by("path")
    return {
        # Already GuidancePage rows (``.specific()`` would cost a second query); the bodies are not shown.
        "guidance_pages": list(pages.defer_streamfields()),
        "audience_choices": list(AUDIENCES.items()),
        "topic_choices": list(TOPICS.items()),
        "selected_audience": audience,
        "selected_topic": topic,
        "subsections": parent.get_children().live().type(parent.specific_class).specific()
        if parent.specific_class
        else [],
    }


def pages_for_review(*, today: datetime.date | None = None, days: int = REVIEW_SOON_DAYS):
    """Guidance pages (all languages) whose next review is past or within ``days`` days."""
    today = today or timezone.localdate()
    return (
        GuidancePage.objects.filter(next_review__lte=today + datetime.timedelta(days=days))
        .select_related("locale")
        .order_by("next_review", "title")
    )
