"""Write-side services of the knowledge portal (HackSoft style: ``<entity>_<action>``, keyword-only)."""

from __future__ import annotations

import datetime
import time
from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _

from varde.knowledge import engine
from varde.knowledge.models import GuidancePage, SearchTerm, ZeroResultQuery

PUBLIC_MAX_AGE = 300
VOCABULARY_CACHE_KEY = "knowledge:vocabulary-version"
VOCABULARY_KEPT_SECONDS = 300  # how long a vocabulary stays current while the cache has no version
_vocabulary_memo: dict[str, object] = {}


def add_cache_headers(request, response):
    """Public pages may be cached by a front cache; logged-in editors always get a fresh page."""
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    patch_vary_headers(response, ["Cookie"])  # the language is in the URL, never from Accept-Language
    return response


# --- vocabulary -----------------------------------------------------------------------------------
def vocabulary_add_page(*, page: GuidancePage) -> int:
    """Add the words of a published page to the vocabulary. Returns how many words were offered."""
    return vocabulary_add_text(text=page.plain_text())


def vocabulary_add_text(*, text: str) -> int:
    words = {w for w in engine.tokenize(text) if 2 <= len(w) <= 80}
    SearchTerm.objects.bulk_create([SearchTerm(term=w) for w in words], ignore_conflicts=True)
    # After the commit: a process that saw the new version earlier would reload the words without
    # these and keep that vocabulary until the next publish (a workflow approval publishes in a
    # transaction).
    transaction.on_commit(lambda: cache.set(VOCABULARY_CACHE_KEY, timezone.now().timestamp(), None))
    return len(words)


def vocabulary_rebuild() -> int:
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        for page in GuidancePage.objects.live().specific().iterator():
            vocabulary_add_page(page=page)
    return SearchTerm.objects.count()


def vocabulary_get() -> engine.Vocabulary:
    """The vocabulary, memoised per process until a page is published (version kept in the cache).

    When the cache holds no version (Redis restarted empty, or is down: varde/core/cache.py), a
    vocabulary this process built less than ``VOCABULARY_KEPT_SECONDS`` ago stays current, and its
    version is offered to the other processes (``add``: the first one wins). Without that, every search
    while Redis is down would read and rebuild the whole vocabulary, and every process would rebuild it
    once after a Redis restart."""
    version = cache.get(VOCABULARY_CACHE_KEY)
    if version is None:
        memo_age = time.monotonic() - float(_vocabulary_memo.get("built", float("-inf")))
        version = (
            _vocabulary_memo["version"] if memo_age < VOCABULARY_KEPT_SECONDS else timezone.now().timestamp()
        )
        cache.add(VOCABULARY_CACHE_KEY, version, None)
    if _vocabulary_memo.get("version") != version:
        words = SearchTerm.objects.values_list("term", flat=True)
        _vocabulary_memo.update(
            version=version, vocabulary=engine.Vocabulary.build(words), built=time.monotonic()
        )
    return _vocabulary_memo["vocabulary"]


# --- zero-result queries --------------------------------------------------------------------------
def zero_result_record(*, query: str) -> None:
    """Count a search without results. Only the normalised query string is kept."""
    query = engine.normalise(query)
    if not query:
        return
    today = timezone.localdate()
    updated = ZeroResultQuery.objects.filter(query=query).update(count=F("count") + 1, last_seen=today)
    if not updated:
        _obj, created = ZeroResultQuery.objects.get_or_create(
            query=query, defaults={"count": 1, "last_seen": today}
        )
        if not created:
            ZeroResultQuery.objects.filter(query=query).update(count=F("count") + 1, last_seen=today)


# --- review reminders -----------------------------------------------------------------------------
def review_reminders_send(*, today: datetime.date | None = None, days: int = 30) -> int:
    """E-mail each owner the list of their pages past or near review. Returns the number of e-mails."""
    from varde.knowledge.selectors import pages_for_review

    today = today or timezone.localdate()
    by_owner: dict[str, list[GuidancePage]] = defaultdict(list)
    for page in pages_for_review(today=today, days=days):
        if page.owner_email:
            by_owner[page.owner_email].append(page)
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for email, pages in by_owner.items():
        lines = []
        for page in pages:
            state = _("forfalt") if page.next_review < today else _("snart")
            lines.append(
                f"- {page.title} ({page.locale.language_code}): {page.next_review:%d.%m.%Y} ({state})\n"
                f"  {base}/admin/pages/{page.pk}/edit/"
            )
        send_mail(
            subject=_("Varde: %(count)s sider skal gjennomgås faglig") % {"count": len(pages)},
            message=_("Disse sidene har passert eller nærmer seg datoen for faglig gjennomgang:")
            + "\n\n"
            + "\n".join(lines)
            + "\n",
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[email],
        )
    return len(by_owner)
