"""Demo content of the knowledge portal: the index page, sources, guidance pages and the review workflow.

Idempotent and fast: pages that already exist are left alone (editors may have changed them), and new
pages are published directly without creating revisions, because this runs in test fixtures.
"""

from __future__ import annotations

import datetime
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.html import escape
from modelsearch import signal_handlers as search_signals
from modelsearch.backends import get_search_backends
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.signal_handlers import disable_reference_index_auto_update

from varde.knowledge.content import INDEX, PAGES, SOURCES
from varde.knowledge.models import GuidanceChange, GuidancePage, GuidanceSourceLink, Source, TopicIndexPage
from varde.knowledge.services import vocabulary_add_text

INDEX_SLUG = "kunnskap"
REVIEW_GROUP = "Fagansvarlige"
WORKFLOW_NAME = "Faglig godkjenning"
TASK_NAME = "Faglig gjennomgang"
OWNER_EMAIL = "fagredaksjonen@varde.invalid"
UNCERTAIN_TITLE = {"nb": "Usikker opplysning", "nn": "Usikker opplysning", "en": "Uncertain information"}


def _p(text: str) -> str:
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n"))


def build_body(items, *, language: str, sources: dict[str, Source]) -> list[tuple[str, object]]:
    """Turn the compact content notation into StreamField data (see content/__init__.py)."""
    body: list[tuple[str, object]] = []
    for item in items:
        kind = item[0]
        if kind == "h":
            body.append(("heading", {"text": item[1], "level": "h2"}))
        elif kind == "p":
            body.append(("paragraph", _p(item[1])))
        elif kind == "cite":
            body.append(("cited", {"text": _p(item[1]), "sources": [sources[key] for key in item[2]]}))
        elif kind in ("important", "note", "children"):
            body.append(("callout", {"kind": kind, "title": item[1], "text": _p(item[2])}))
        elif kind == "uncertain":
            body.append(
                ("callout", {"kind": "note", "title": UNCERTAIN_TITLE[language], "text": _p(item[1])})
            )
        elif kind == "check":
            body.append(("checklist", {"title": item[1], "items": list(item[2])}))
        elif kind == "acc":
            body.append(("accordion", {"items": [{"summary": s, "text": _p(t)} for s, t in item[1]]}))
        elif kind == "contact":
            _kind, name, url, phone, text = item
            body.append(("contact", {"name": name, "url": url, "phone": phone, "text": text}))
        elif kind == "src":
            body.append(
                ("source_reference", {"source": sources[item[1]], "note": item[2] if len(item) > 2 else ""})
            )
        else:  # pragma: no cover - a content typo should fail loudly while editing content
            raise ValueError(f"Unknown content block {kind!r}")
    return body


def ensure_sources() -> dict[str, Source]:
    existing = {s.url: s for s in Source.objects.filter(url__in=[v[2] for v in SOURCES.values()])}
    result = {}
    for key, (title, publisher, url, source_type, date_read) in SOURCES.items():
        source = existing.get(url)
        if source is None:
            source = Source.objects.create(
                title=title,
                publisher=publisher,
                url=url,
                source_type=source_type,
                date_read=datetime.date.fromisoformat(date_read),
            )
        result[key] = source
    return result


def _mark_live(page: Page, now) -> None:
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.first_published_at or now
    page.last_published_at = now


def ensure_index(home, locales: dict[str, Locale]) -> dict[str, TopicIndexPage]:
    now = timezone.now()
    index = TopicIndexPage.objects.child_of(home).filter(slug=INDEX_SLUG).first()
    if index is None:
        # An older demo made /kunnskap/ a plain content page; the knowledge portal now owns the slug.
        for old in home.get_children().filter(slug=INDEX_SLUG):
            for translation in old.get_translations():
                translation.delete()
            old.delete()
        title, intro = INDEX["nb"]
        index = TopicIndexPage(title=title, slug=INDEX_SLUG, intro=intro, locale=home.locale)
        _mark_live(index, now)
        home.add_child(instance=index)
    result = {"nb": index}
    for code, locale in locales.items():
        if code == "nb":
            continue
        translation = index.get_translation_or_none(locale)
        if translation is None:
            translation = index.copy_for_translation(locale, copy_parents=True).specific
            translation.title, translation.intro = INDEX[code]
            _mark_live(translation, now)
            translation.save()
        result[code] = translation.specific
    return result


def _fill(page: GuidancePage, data: dict, language: str, sources: dict[str, Source]) -> None:
    texts = data[language]
    page.title = texts["title"]
    page.intro = texts["intro"]
    page.body = build_body(texts["body"], language=language, sources=sources)
    page.owner_unit = texts.get("owner", data["owner"])
    page.owner_email = OWNER_EMAIL
    page.last_substantive_change = datetime.date.fromisoformat(data["changed"])
    page.next_review = datetime.date.fromisoformat(data["review"])


def ensure_guidance(
    indexes: dict[str, TopicIndexPage], locales: dict[str, Locale], sources: dict[str, Source]
) -> int:
    now = timezone.now()
    existing = set(GuidancePage.objects.child_of(indexes["nb"]).values_list("slug", flat=True))
    created = 0
    texts: list[str] = []
    for data in PAGES:
        if data["slug"] in existing:
            continue
        page = GuidancePage(slug=data["slug"], locale=indexes["nb"].locale)
        _fill(page, data, "nb", sources)
        page.source_links = [GuidanceSourceLink(source=sources[key]) for key in data["sources"]]
        page.changes = [
            GuidanceChange(
                date=datetime.date.fromisoformat(data["changed"]), description=data["nb"]["change"]
            )
        ]
        page.audiences.add(*data["audiences"])
        page.topics.add(*data["topics"])
        _mark_live(page, now)
        indexes["nb"].add_child(instance=page)
        texts.append(page.plain_text())
        created += 1
        for code in ("nn", "en"):
            if code not in data:
                continue
            translation = page.copy_for_translation(locales[code]).specific
            _fill(translation, data, code, sources)
            for change in translation.changes.all():
                change.description = data[code]["change"]
            _mark_live(translation, now)
            translation.save()
            texts.append(translation.plain_text())
    if texts:
        vocabulary_add_text(text=" ".join(texts))
    return created


def ensure_review_workflow(indexes: dict[str, TopicIndexPage]) -> Workflow:
    """A workflow with a professional review step (group "Fagansvarlige") on the knowledge section."""
    group, _created = Group.objects.get_or_create(name=REVIEW_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([group])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created or not workflow.workflow_tasks.exists():
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # Reviewers approve the last step, which publishes: they need edit and publish rights on the section.
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=["change_page", "publish_page"]
    )
    for index in indexes.values():
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)
    return workflow


@contextmanager
def _bulk_loading():
    """Skip per-save search and reference indexing while loading; index the new pages in bulk afterwards.

    The reference index (snippet usage counts) is not filled for demo pages; editors' own saves update
    it, and ``manage.py rebuild_references_index`` fills it completely.
    """
    models = (GuidancePage, TopicIndexPage, Source)
    for model in models:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)


def _index_for_search(pks: list[int]) -> None:
    if not pks:
        return
    for model in (TopicIndexPage, GuidancePage):
        objects = list(model.objects.filter(pk__in=pks))
        if objects:
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(model, objects)
    sources = list(Source.objects.all())
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(Source, sources)


@transaction.atomic
def load_knowledge_demo(home) -> dict[str, TopicIndexPage]:
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES
    }
    knowledge_pages = Page.objects.type(TopicIndexPage, GuidancePage)
    before = set(knowledge_pages.values_list("pk", flat=True))
    with _bulk_loading():
        sources = ensure_sources()
        indexes = ensure_index(home, locales)
        ensure_guidance(indexes, locales, sources)
    ensure_review_workflow(indexes)
    after = knowledge_pages.exclude(pk__in=before).values_list("pk", flat=True)
    _index_for_search(list(after))
    return indexes
