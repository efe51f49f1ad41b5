"""Reads of workspace data."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.models import Page, Revision

from .models import (
    AuditEvent,
    BestPractice,
    FocusArea,
    GuidelineProposal,
    Measure,
    Meeting,
    Membership,
    Organisation,
    Post,
    ReportRun,
)


def post_list(*, kind: str = "", focus_area: str = "", exploitation: str = ""):
    posts = (
        Post.objects.select_related("author")
        .prefetch_related("focus_areas")
        .annotate(n_comments=Count("comments"))
    )
    if kind:
        posts = posts.filter(kind=kind)
    if focus_area.isdecimal():
        posts = posts.filter(focus_areas__id=int(focus_area))
    if exploitation:
        # JSON containment is not portable to SQLite; filter in Python on a bounded list.
        return [post for post in posts[:500] if exploitation in post.exploitation_forms]
    return posts


def meetings_by_year(*, year_from: int | None = None, year_to: int | None = None) -> OrderedDict:
    """Meetings in chronological order, grouped by year, with agenda themes prefetched."""
    meetings = Meeting.objects.prefetch_related("agenda_items__focus_area")
    if year_from:
        meetings = meetings.filter(starts_at__year__gte=year_from)
    if year_to:
        meetings = meetings.filter(starts_at__year__lte=year_to)
    grouped: OrderedDict[int, list[Meeting]] = OrderedDict()
    for meeting in meetings.order_by("starts_at", "id"):
        grouped.setdefault(timezone.localtime(meeting.starts_at).year, []).append(meeting)
    return grouped


def upcoming_meetings(*, limit: int = 3):
    return Meeting.objects.filter(ends_at__gte=timezone.now()).order_by("starts_at")[:limit]


def meetings_between(*, start: dt.date, end: dt.date):
    return (
        Meeting.objects.filter(starts_at__date__gte=start, starts_at__date__lte=end)
        .prefetch_related("agenda_items__focus_area", "attendance")
        .order_by("starts_at")
    )


def members():
    return Membership.objects.filter(is_active=True).select_related("user", "organisation")


def organisations_with_members():
    return Organisation.objects.prefetch_related("memberships__user").order_by("name")


def focus_areas():
    return FocusArea.objects.annotate(n_practices=Count("bestpractice", distinct=True))


def practices(*, status: str = ""):
    qs = BestPractice.objects.select_related("owner__user").prefetch_related("focus_areas")
    return qs.filter(status=status) if status else qs


def proposals(*, status: str = ""):
    qs = GuidelineProposal.objects.select_related("page", "author").annotate(n_followers=Count("followers"))
    return qs.filter(status=status) if status else qs


def proposals_between(*, start: dt.date, end: dt.date):
    return GuidelineProposal.objects.filter(
        created_at__date__gte=start, created_at__date__lte=end
    ).select_related("page", "implemented_revision")


def measures_between(*, start: dt.date, end: dt.date):
    return (
        Measure.objects.filter(period_start__lte=end)
        .filter(Q(period_end__isnull=True) | Q(period_end__gte=start))
        .select_related("owner__user")
        .order_by("strand", "period_start")
    )


def guide_pages():
    """Live pages a proposal can be tied to (the guide and its sections, or any other content page)."""
    return Page.objects.live().filter(depth__gte=2).order_by("path")


def revisions_for_page(page_id: int):
    return Revision.page_revisions.filter(object_id=str(page_id)).order_by("-created_at")


def report_runs():
    return ReportRun.objects.defer("html", "pdf").select_related("requested_by")


def audit_events(*, limit: int = 200):
    return AuditEvent.objects.select_related("actor")[:limit]


def public_page_translations(page) -> list[dict]:
    """The published translations of a practice's portal page, and whether each still waits for a translator."""
    from django.conf import settings
    from wagtail_localize.models import Translation

    if page is None:
        return []
    names = dict(settings.LANGUAGES)
    result = []
    for translated in (
        page.get_translations().live().select_related("locale").order_by("locale__language_code")
    ):
        synced = Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=translated.locale, enabled=True
        ).first()
        total, done = synced.get_progress() if synced else (0, 0)
        result.append(
            {
                "language": names.get(translated.locale.language_code, translated.locale.language_code),
                "url": translated.url,
                "waiting": done < total,
            }
        )
    return result


def second_factors(user) -> dict:
    """What a member has set up as second factor: the code app, security keys (by name) and recovery codes."""
    from allauth.mfa.models import Authenticator

    found = {"totp": False, "keys": [], "recovery_codes": False}
    for authenticator in Authenticator.objects.filter(user_id=user.pk).order_by("created_at", "pk"):
        if authenticator.type == Authenticator.Type.TOTP:
            found["totp"] = True
        elif authenticator.type == Authenticator.Type.WEBAUTHN:
            found["keys"].append(authenticator.data.get("name") or "")
        elif authenticator.type == Authenticator.Type.RECOVERY_CODES:
            found["recovery_codes"] = True
    found["any"] = found["totp"] or bool(found["keys"]) or found["recovery_codes"]
    return found
