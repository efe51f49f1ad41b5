"""The knowledge search: query expansion (synonyms, compounds, stems), typo fallback and snippets.

One request runs at most two searches (the query, then the "Mente du …?" correction if the query
found nothing), each a single SQL query that also brings the text the snippets are cut from:

* PostgreSQL: a query written here over Wagtail's own index table (``wagtailsearch_indexentry``, the
  table the bare-SQL baseline of ``bench/bench_knowledge.py`` reads). Each group of alternatives must
  match the body or the title (``body @@ g OR title @@ g``, which the GIN index on each column can
  answer); hits are ranked with ``ts_rank`` over the title (scaled by Wagtail's title norm) and the
  body, with Wagtail's weights (the title only when it holds a query word: otherwise its rank is 0);
  the alternatives are stemmed once and duplicates dropped; ranking runs on ids only, and only the page
  of results shown (``PAGE_SIZE`` rows, with the total count) is joined to its page and text. Only live
  pages in the reader's language count: the index entry says so itself (``varde_live_locale_id``,
  knowledge.0006, kept right by database triggers), so no match is joined to the page table; without
  that column the page table is joined as before. ``tests/knowledge/test_search_rank.py`` checks, both
  ways, that every page of results and the total equal the full formula's over the page table.
  Wagtail's own backend matched ``title || body``, which no index covers, ranked each alternative
  separately (two ``ts_rank`` calls per alternative per row) and carried whole page rows through the
  sort.
* Other databases (SQLite in development and tests), or another search backend: Wagtail's backend,
  with the snippet texts read from the database index table in one more query (the intro when the
  table has no entry, as with OpenSearch).

Snippets are cut from the indexed text (title and body as Wagtail indexed them), never by loading and
rendering each page's StreamField.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils.html import format_html, format_html_join
from wagtail.search.query import And, Or, PlainText

from varde.knowledge import engine
from varde.knowledge.labels import AUDIENCES, TOPICS
from varde.knowledge.models import AudienceTag, GuidancePage, SearchTerm, TopicTag
from varde.knowledge.paging import PageInfo, clamp
from varde.knowledge.selectors import filter_guidance
from varde.knowledge.services import vocabulary_get, zero_result_record

logger = logging.getLogger(__name__)

PAGE_SIZE = 20
TRIGRAM_MIN_SIMILARITY = 0.35
_JOINED_PARTS = re.compile(r"([.!?:]), ")  # Wagtail joins the indexed parts with ", "


@dataclass
class SearchHit:
    page: GuidancePage
    snippet: list[tuple[str, bool]]

    @property
    def snippet_html(self) -> str:
        """The snippet with hits in ``<mark>``, every part escaped (one string, not a template loop)."""
        return format_html_join(
            "", "{}", ((format_html("<mark>{}</mark>", t) if m else t,) for t, m in self.snippet)
        )


@dataclass
class SearchOutcome:
    query: str = ""
    normalised: str = ""
    hits: list[SearchHit] = field(default_factory=list)  # the hits on the page shown
    paging: PageInfo = field(default_factory=lambda: PageInfo(number=1, size=PAGE_SIZE, total=0))
    suggestion: str | None = None
    corrected: bool = False  # True when the hits are for ``suggestion`` because the query found nothing


def build_query(groups: list[list[str]]):
    """The expanded query for Wagtail's search backend: AND of groups, OR of alternatives."""

    def term(alternative: str):
        # Multi-word alternatives match when all their words occur (phrases would miss inflections).
        return PlainText(alternative, operator="and")

    parts = [Or([term(a) for a in group]) if len(group) > 1 else term(group[0]) for group in groups]
    return parts[0] if len(parts) == 1 else And(parts)


def _readable(text: str) -> str:
    return _JOINED_PARTS.sub(r"\1 ", text or "")


# --- PostgreSQL ---------------------------------------------------------------------------------------
# alternative -> (its tsquery text, whether any indexed guidance page matches it), per search config
_PARSED: dict[tuple[str, str], tuple[str, bool]] = {}
_PARSED_STATE: dict[str, object] = {"vocabulary": None, "since": 0.0}
_PARSED_MAX = 20_000
PRESENCE_TTL_SECONDS = 300


DATABASE_BACKENDS = ("wagtail.search.backends.database", "modelsearch.backends.database")


def _uses_postgres_index() -> bool:
    """True when Wagtail indexes into PostgreSQL's own table (the database backend on PostgreSQL). With
    another search backend configured (OpenSearch, see docs/operations.md) search goes through it."""
    from django.conf import settings

    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return connection.vendor == "postgresql" and backend.removesuffix(".postgres") in DATABASE_BACKENDS


def _config() -> str:
    from django.conf import settings

    return settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG") or "simple"


def _parse(alternatives: list[str], config: str, vocabulary) -> dict[str, tuple[str, bool]]:
    """Each alternative as PostgreSQL parses it (``plainto_tsquery``: stemmed words AND-ed, stop words
    dropped) and whether any indexed guidance page matches it (a GIN look-up).

    Memoised per process, so a search costs one extra round trip only for alternatives not seen yet.
    Whether a form occurs can change when pages are published: the memo is dropped whenever the
    vocabulary is reloaded (every publish changes its version) and after ``PRESENCE_TTL_SECONDS``.
    """
    now = time.monotonic()
    if (
        _PARSED_STATE["vocabulary"] is not vocabulary
        or now - float(_PARSED_STATE["since"]) > PRESENCE_TTL_SECONDS
        or len(_PARSED) > _PARSED_MAX
    ):
        _PARSED.clear()
        _PARSED_STATE.update(vocabulary=vocabulary, since=now)
    missing = [a for a in dict.fromkeys(alternatives) if (config, a) not in _PARSED]
    if missing:
        with connection.cursor() as cursor:
            cursor.execute(
                """
                SELECT a, q::text, CASE WHEN numnode(q) = 0 THEN false ELSE EXISTS (
                    SELECT 1 FROM wagtailsearch_indexentry e
                    WHERE e.content_type_id = %s AND (e.title @@ q OR e.body @@ q)) END
                FROM unnest(%s::text[]) AS a, LATERAL plainto_tsquery(%s::regconfig, a) AS q
                """,
                [ContentType.objects.get_for_model(GuidancePage).pk, missing, config],
            )
            _PARSED.update({(config, a): (text, present) for a, text, present in cursor.fetchall()})
    return {a: _PARSED[(config, a)] for a in alternatives}


def _group_tsqueries(groups: list[list[str]], config: str, vocabulary) -> list[str] | None:
    """One tsquery text per group: the alternatives that occur in some page, OR-ed, each distinct
    stemmed form once (the inflections the expansion adds often stem alike). Forms no page contains
    cannot change which pages match or their order (``ts_rank`` divides by the number of query terms,
    the same for every page), but each costs time on every row. Groups of stop words only are left out;
    ``None`` when a group matches no page at all, so neither can the query."""
    parsed = _parse([a for group in groups for a in group], config, vocabulary)
    result = []
    for group in groups:
        forms = [parsed[a] for a in dict.fromkeys(group) if parsed[a][0]]
        if not forms:
            continue
        present = list(dict.fromkeys(f"( {text} )" for text, occurs in forms if occurs))
        if not present:
            return None
        result.append(" | ".join(present))
    return result


# The page columns a hit is shown with (its title and address); the others are left out (deferred), since
# building 20 full page objects took longer than the join that brings them. A template that reads
# another field would cost a query per hit: tests/knowledge/test_search_queries_count.py would fail.
_HIT_COLUMNS = ", ".join(
    f"p.{name}"
    for name in ("id", "title", "slug", "url_path", "locale_id", "content_type_id", "live", "path", "depth")
)
_LIVE_LOCALE: dict[str, bool] = {}  # database alias -> whether index entries carry it


def _entries_know_live_locale() -> bool:
    """True when ``wagtailsearch_indexentry.varde_live_locale_id`` exists (knowledge.0006: the page's
    language while it is live, kept right by triggers), so the search needs no join to the page table
    to keep to live pages in one language. Asked once per process."""
    alias = connection.alias
    if alias not in _LIVE_LOCALE:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'wagtailsearch_indexentry'::regclass"
                " AND attname = 'varde_live_locale_id' AND NOT attisdropped)"
            )
            _LIVE_LOCALE[alias] = bool(cursor.fetchone()[0])
        if not _LIVE_LOCALE[alias]:
            logger.warning(
                "Search index has no varde_live_locale_id column: search joins the page table instead"
                " (slower). Re-apply migration knowledge.0006, see docs/operations.md."
            )
    return _LIVE_LOCALE[alias]


def _postgres_hits(
    groups, *, vocabulary, locale, audience: str, topic: str, limit: int, offset: int
) -> tuple[list, int]:
    from modelsearch.backends.database.postgres.weights import get_sql_weights

    group_queries = _group_tsqueries(groups, _config(), vocabulary)
    if not group_queries:
        return [], 0
    # Body first: a broad query matches most bodies, and OR stops at the first true operand.
    must_match = " AND ".join(["(e.body @@ %s::tsquery OR e.title @@ %s::tsquery)"] * len(group_queries))
    must_match_params = [q for q in group_queries for _ in range(2)]
    whole = " & ".join(f"( {q} )" for q in group_queries)
    # Every word of the query, OR-ed (plainto_tsquery joins words with " & " only, and a lexeme never
    # holds a space). A title with none of them ranks 0 (``ts_rank`` finds no item), so the title is
    # ranked only when it holds one: most titles do not, and each ``ts_rank`` call costs as much for a
    # short title as the match test for a whole body.
    any_word = whole.replace(" & ", " | ")
    if _entries_know_live_locale():  # live pages in the language, from the entry itself
        entries, page_id, scope = (
            "wagtailsearch_indexentry e",
            "e.object_id::integer",
            "e.varde_live_locale_id = %s",
        )
    else:
        entries = "wagtailsearch_indexentry e JOIN wagtailcore_page p ON p.id = e.object_id::integer"
        page_id, scope = "p.id", "p.live AND p.locale_id = %s"
    # Only placeholders, table names and the fixed strings above are formatted into the SQL; every value
    # is a parameter.
    filters, filter_params = "", []
    for slug, model in ((audience, AudienceTag), (topic, TopicTag)):
        if slug:
            filters += (
                f" AND EXISTS (SELECT 1 FROM {model._meta.db_table} x JOIN taggit_tag t ON t.id = x.tag_id"  # noqa: S608
                f" WHERE x.content_object_id = {page_id} AND t.slug = %s)"
            )
            filter_params.append(slug)
    weights = get_sql_weights()
    # The rows shown are checked against the page table once more (``p.live``): a page unpublished at the
    # very instant its first index entry was written elsewhere could carry a stale language (the two
    # transactions do not see each other); it is then left out rather than shown.
    # Rank every match on ids only (``matches``, materialised so the rank is computed once), then fetch
    # the wide columns for the page of rows kept: otherwise every match would carry its page row and its
    # text through the sort. The total is counted from the materialised matches once (a window count
    # would copy every match into a tuple store first).
    sql = f"""
        WITH matches AS MATERIALIZED (
            SELECT e.id AS entry_id, {page_id} AS page_id,
                   CASE WHEN e.title @@ %s::tsquery
                        THEN ts_rank(%s::float4[], e.title, %s::tsquery) * e.title_norm ELSE 0 END
                   + ts_rank(%s::float4[], e.body, %s::tsquery) AS rank
            FROM {entries}
            WHERE e.content_type_id = %s AND {scope} AND {must_match}{filters}
        ), top AS (
            SELECT entry_id, page_id, rank
            FROM matches
            ORDER BY rank DESC, page_id DESC
            LIMIT %s OFFSET %s
        )
        SELECT {_HIT_COLUMNS}, g.page_ptr_id, e.title_text || ' ' || e.body_text AS search_text,
               (SELECT count(*) FROM matches) AS total
        FROM top
        JOIN wagtailcore_page p ON p.id = top.page_id AND p.live
        JOIN knowledge_guidancepage g ON g.page_ptr_id = p.id
        JOIN wagtailsearch_indexentry e ON e.id = top.entry_id
        ORDER BY top.rank DESC, p.id DESC
    """  # noqa: S608
    params = [
        any_word,
        weights,
        whole,
        weights,
        whole,
        ContentType.objects.get_for_model(GuidancePage).pk,
        locale.pk,
        *must_match_params,
        *filter_params,
        limit,
        offset,
    ]
    rows = list(GuidancePage.objects.raw(sql, params))
    if not rows and offset:  # past the last page: the count comes from the first
        where = {"vocabulary": vocabulary, "locale": locale, "audience": audience, "topic": topic}
        return [], _postgres_hits(groups, limit=1, offset=0, **where)[1]
    return [(page, page.search_text) for page in rows], (rows[0].total if rows else 0)


# --- other databases: Wagtail's backend ------------------------------------------------------------------
def _backend_hits(
    groups, *, vocabulary, locale, audience: str, topic: str, limit: int, offset: int
) -> tuple[list, int]:
    from wagtail.search.models import IndexEntry

    queryset = GuidancePage.objects.live().filter(locale=locale)
    if audience or topic:
        ids = list(filter_guidance(queryset, audience=audience, topic=topic).values_list("id", flat=True))
        queryset = queryset.filter(id__in=ids)
    results = queryset.defer_streamfields().search(build_query(groups))
    total = results.count()
    pages = list(results[offset : offset + limit])
    text_field = "body_text" if connection.vendor == "postgresql" else "body"  # body is a tsvector there
    texts = dict(
        IndexEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(GuidancePage),
            object_id__in=[str(p.pk) for p in pages],
        ).values_list("object_id", text_field)
    )
    return [(p, f"{p.title} {texts.get(str(p.pk)) or p.intro}") for p in pages], total


def _run(normalised: str, vocabulary, *, locale, audience: str, topic: str, page: int):
    """(hits on ``page``, page info) for a normalised query."""
    groups = engine.expand(normalised, vocabulary)
    if not groups:
        return [], PageInfo(number=1, size=PAGE_SIZE, total=0)
    find = _postgres_hits if _uses_postgres_index() else _backend_hits
    where = {
        "vocabulary": vocabulary,
        "locale": locale,
        "audience": audience,
        "topic": topic,
        "limit": PAGE_SIZE,
    }
    found, total = find(groups, offset=(page - 1) * PAGE_SIZE, **where)
    paging = clamp(page, size=PAGE_SIZE, total=total)
    if total and paging.number != page:  # asked for a page past the last: show the last
        found, total = find(groups, offset=paging.offset, **where)
    terms = [alt for group in groups for alt in group]
    hits = [SearchHit(page=p, snippet=engine.snippet(_readable(text), terms)) for p, text in found]
    return hits, paging


# --- "Mente du …?" ----------------------------------------------------------------------------------------
def _trigram_corrector(word: str) -> str | None:
    from django.contrib.postgres.lookups import TrigramSimilar
    from django.contrib.postgres.search import TrigramSimilarity
    from django.db.models import F, Value

    return (
        SearchTerm.objects.filter(TrigramSimilar(F("term"), Value(word)))  # ``term % word``: trigram index
        .annotate(similarity=TrigramSimilarity("term", word))
        .filter(similarity__gte=TRIGRAM_MIN_SIMILARITY)
        .order_by("-similarity", "term")
        .values_list("term", flat=True)
        .first()
    )


def _corrector(vocabulary: engine.Vocabulary):
    if connection.vendor == "postgresql":
        return _trigram_corrector
    return lambda word: engine.closest(word, vocabulary)


def guidance_search(
    *, query: str, locale, audience: str = "", topic: str = "", page: int = 1
) -> SearchOutcome:
    """Search live guidance pages in ``locale`` (``PAGE_SIZE`` hits on ``page``); when nothing is found,
    search for the "Mente du …?" correction instead."""
    audience = audience if audience in AUDIENCES else ""
    topic = topic if topic in TOPICS else ""
    outcome = SearchOutcome(query=query, normalised=engine.normalise(query))
    if not outcome.normalised:
        if audience or topic:  # a filter without words lists the matching pages
            pages = filter_guidance(
                GuidancePage.objects.live().filter(locale=locale), audience=audience, topic=topic
            ).order_by("path")
            outcome.paging = clamp(page, size=PAGE_SIZE, total=pages.count())
            start = outcome.paging.offset
            outcome.hits = [
                SearchHit(page=p, snippet=[(p.intro, False)])
                for p in pages.defer_streamfields()[start : start + PAGE_SIZE]
            ]
        return outcome
    vocabulary = vocabulary_get()
    where = {"locale": locale, "audience": audience, "topic": topic}
    outcome.hits, outcome.paging = _run(outcome.normalised, vocabulary, page=page, **where)
    unknown = engine.unknown_words(outcome.normalised, vocabulary)
    if unknown or not outcome.paging.total:
        outcome.suggestion = engine.suggest(outcome.normalised, vocabulary, corrector=_corrector(vocabulary))
    if not outcome.paging.total:
        if not audience and not topic:
            zero_result_record(query=outcome.normalised)
        if outcome.suggestion:
            outcome.hits, outcome.paging = _run(outcome.suggestion, vocabulary, page=page, **where)
            outcome.corrected = bool(outcome.paging.total)
    return outcome
