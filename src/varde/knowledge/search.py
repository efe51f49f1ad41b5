"""The knowledge search: query expansion (synonyms, compounds, stems), typo fallback and snippets."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection
from wagtail.search.query import And, Or, PlainText

from varde.knowledge import engine
from varde.knowledge.labels import AUDIENCES, TOPICS
from varde.knowledge.models import GuidancePage, SearchTerm
from varde.knowledge.selectors import filter_guidance
from varde.knowledge.services import vocabulary_get, zero_result_record

MAX_RESULTS = 50


@dataclass
class SearchHit:
    page: GuidancePage
    snippet: list[tuple[str, bool]]


@dataclass
class SearchOutcome:
    query: str = ""
    normalised: str = ""
    hits: list[SearchHit] = field(default_factory=list)
    suggestion: str | None = None
    corrected: bool = False  # True when the hits are for ``suggestion`` because the query found nothing


def build_query(groups: list[list[str]]):
    def term(alternative: str):
        # Multi-word alternatives match when all their words occur (phrases would miss inflections).
        return PlainText(alternative, operator="and")

    parts = [Or([term(a) for a in group]) if len(group) > 1 else term(group[0]) for group in groups]
    return parts[0] if len(parts) == 1 else And(parts)


def _trigram_corrector(word: str) -> str | None:
    from django.contrib.postgres.search import TrigramSimilarity

    match = (
        SearchTerm.objects.annotate(similarity=TrigramSimilarity("term", word))
        .filter(similarity__gte=0.35)
        .order_by("-similarity", "term")
        .values_list("term", flat=True)
        .first()
    )
    return match


def _corrector(vocabulary: engine.Vocabulary):
    if connection.vendor == "postgresql":
        return _trigram_corrector
    return lambda word: engine.closest(word, vocabulary)


def _run(normalised: str, vocabulary, *, locale, audience: str, topic: str) -> tuple[list[SearchHit], list]:
    groups = engine.expand(normalised, vocabulary)
    if not groups:
        return [], groups
    queryset = GuidancePage.objects.live().filter(locale=locale)
    if audience or topic:
        ids = list(filter_guidance(queryset, audience=audience, topic=topic).values_list("id", flat=True))
        queryset = queryset.filter(id__in=ids)
    pages = list(queryset.search(build_query(groups))[:MAX_RESULTS])
    terms = [alt for group in groups for alt in group]
    return [SearchHit(page=p, snippet=engine.snippet(p.plain_text(), terms)) for p in pages], groups


def guidance_search(*, query: str, locale, audience: str = "", topic: str = "") -> SearchOutcome:
    """Search live guidance pages in ``locale``; on no hits, try the "Mente du …?" correction."""
    audience = audience if audience in AUDIENCES else ""
    topic = topic if topic in TOPICS else ""
    outcome = SearchOutcome(query=query, normalised=engine.normalise(query))
    if not outcome.normalised:
        if audience or topic:  # a filter without words lists the matching pages
            pages = filter_guidance(
                GuidancePage.objects.live().filter(locale=locale), audience=audience, topic=topic
            )
            outcome.hits = [
                SearchHit(page=p, snippet=[(p.intro, False)]) for p in pages.order_by("path")[:MAX_RESULTS]
            ]
        return outcome
    vocabulary = vocabulary_get()
    outcome.hits, _groups = _run(
        outcome.normalised, vocabulary, locale=locale, audience=audience, topic=topic
    )
    unknown = engine.unknown_words(outcome.normalised, vocabulary)
    if unknown or not outcome.hits:
        outcome.suggestion = engine.suggest(outcome.normalised, vocabulary, corrector=_corrector(vocabulary))
    if not outcome.hits:
        if not audience and not topic:
            zero_result_record(query=outcome.normalised)
        if outcome.suggestion:
            outcome.hits, _groups = _run(
                outcome.suggestion, vocabulary, locale=locale, audience=audience, topic=topic
            )
            outcome.corrected = bool(outcome.hits)
    return outcome
