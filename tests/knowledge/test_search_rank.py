"""The PostgreSQL search ranks, counts and pages exactly as Wagtail's ranking formula would.

The search takes short cuts for speed (the title is ranked only when it holds a query word, the total is
counted once from the ranked matches). This compares every page of results, and the total, with a plain
query that ranks every match by the formula in full: ``ts_rank`` over the title times its norm, plus
``ts_rank`` over the body, with Wagtail's weights.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Locale

from tests.knowledge.test_search_queries import QUERIES
from varde.knowledge import engine, search
from varde.knowledge.models import GuidancePage
from varde.knowledge.services import vocabulary_get

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the ranked SQL runs on PostgreSQL only"
)

# Broad words (many hits, more than one page of results), several groups, and alternatives of two words.
EXTRA = [
    ("helse", "nb"),
    ("utnytting arbeid", "nb"),
    ("menneskehandel barn", "nb"),
    ("helse tolk rettigheter", "nb"),
    ("health", "en"),
]


def _reference(query: str, locale) -> list[int]:
    """Page ids of every hit, best first, ranked by the full formula."""
    from modelsearch.backends.database.postgres.weights import get_sql_weights

    vocabulary = vocabulary_get()
    groups = engine.expand(engine.normalise(query), vocabulary)
    group_queries = search._group_tsqueries(groups, search._config(), vocabulary)
    if not group_queries:
        return []
    whole = " & ".join(f"( {q} )" for q in group_queries)
    must_match = " AND ".join(["(e.title @@ %s::tsquery OR e.body @@ %s::tsquery)"] * len(group_queries))
    weights = get_sql_weights()
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT p.id FROM wagtailsearch_indexentry e
            JOIN wagtailcore_page p ON p.id = e.object_id::integer
            WHERE e.content_type_id = %s AND {must_match} AND p.live AND p.locale_id = %s
            ORDER BY ts_rank(%s::float4[], e.title, %s::tsquery) * e.title_norm
                     + ts_rank(%s::float4[], e.body, %s::tsquery) DESC, p.id DESC
            """,  # noqa: S608 (only placeholders are formatted in)
            [
                ContentType.objects.get_for_model(GuidancePage).pk,
                *[q for q in group_queries for _ in range(2)],
                locale.pk,
                weights,
                whole,
                weights,
                whole,
            ],
        )
        return [row[0] for row in cursor.fetchall()]


def test_every_page_of_results_matches_the_full_ranking(knowledge_site, monkeypatch):
    monkeypatch.setattr(search, "PAGE_SIZE", 3)  # the demo has few pages: make broad queries span pages
    locales = {code: Locale.objects.get(language_code=code) for code in ("nb", "nn", "en")}
    cases = [(q, lang) for q, _slug, lang in QUERIES] + EXTRA
    compared_pages = 0
    for query, language in cases:
        expected = _reference(query, locales[language])
        found: list[int] = []
        page = 1
        while True:
            outcome = search.guidance_search(query=query, locale=locales[language], page=page)
            if outcome.corrected:  # the hits are for the suggestion, not for this query
                break
            assert outcome.paging.total == len(expected), query
            found += [hit.page.pk for hit in outcome.hits]
            compared_pages += 1
            if page >= outcome.paging.pages:
                break
            page += 1
        if not outcome.corrected:
            assert found == expected, query
    assert compared_pages > len(cases)  # some queries had more than one page of results
