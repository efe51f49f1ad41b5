"""The PostgreSQL search ranks, counts and pages exactly as Wagtail's ranking formula would.

The search takes short cuts for speed (the title is ranked only when it holds a query word, the total is
counted once from the ranked matches). This compares every page of results, and the total, with a plain
query that ranks every match by the formula in full: ``ts_rank`` over the title times its norm, plus
``ts_rank`` over the body, with Wagtail's weights.
"""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
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


@pytest.mark.parametrize("entries_know_live_locale", [True, False], ids=["entry-column", "page-join"])
def test_every_page_of_results_matches_the_full_ranking(
    knowledge_site, monkeypatch, entries_know_live_locale
):
    monkeypatch.setattr(search, "PAGE_SIZE", 3)  # the demo has few pages: make broad queries span pages
    # Both ways of keeping to live pages in one language: the entry's own column (knowledge.0006) and,
    # where it is missing, the join to the page table.
    monkeypatch.setattr(search, "_entries_know_live_locale", lambda: entries_know_live_locale)
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


# --- knowledge.0006: the entry's live language, kept by triggers -------------------------------------------
def _entry_locale(page) -> int | None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT varde_live_locale_id FROM wagtailsearch_indexentry"
            " WHERE content_type_id = %s AND object_id = %s",
            [ContentType.objects.get_for_model(GuidancePage).pk, str(page.pk)],
        )
        return cursor.fetchone()[0]


def _tolk_page(locale) -> GuidancePage:
    return GuidancePage.objects.live().get(slug="kvalifisert-tolk", locale=locale)


def _total(query: str, locale) -> int:
    return search.guidance_search(query=query, locale=locale).paging.total


def test_after_the_migrations_search_reads_the_entry_column(knowledge_site, monkeypatch):
    monkeypatch.setattr(search, "_LIVE_LOCALE", {})  # ask the database, not this process's memo
    assert search._entries_know_live_locale()
    nb = Locale.objects.get(language_code="nb")
    search.guidance_search(query="tolk", locale=nb)
    with CaptureQueriesContext(connection) as ctx:
        search.guidance_search(query="tolk", locale=nb)
    ranked = [q["sql"] for q in ctx.captured_queries if "WITH matches" in q["sql"]]
    assert len(ranked) == 1
    matches = ranked[0].split("), top AS")[0]
    assert "varde_live_locale_id" in matches
    assert "wagtailcore_page" not in matches  # no match is joined to the page table


def test_unpublishing_takes_a_page_out_of_search_and_publishing_brings_it_back(knowledge_site):
    nb = Locale.objects.get(language_code="nb")
    page = _tolk_page(nb)
    assert _entry_locale(page) == nb.pk
    before = _total("tolk", nb)

    page.unpublish()
    assert _entry_locale(page) is None
    assert _total("tolk", nb) == before - 1
    assert page.pk not in [h.page.pk for h in search.guidance_search(query="tolk", locale=nb).hits]

    page.save_revision().publish()
    assert _entry_locale(page) == nb.pk
    assert _total("tolk", nb) == before


def test_a_bulk_update_without_signals_is_followed_too(knowledge_site):
    """Nothing in Python sees ``QuerySet.update``; the trigger on the page table does."""
    nb = Locale.objects.get(language_code="nb")
    page = _tolk_page(nb)
    before = _total("tolk", nb)
    GuidancePage.objects.filter(pk=page.pk).update(live=False)
    assert _entry_locale(page) is None
    assert _total("tolk", nb) == before - 1
    GuidancePage.objects.filter(pk=page.pk).update(live=True)
    assert _entry_locale(page) == nb.pk


def test_a_draft_is_not_found_until_it_is_published(knowledge_site):
    nb = Locale.objects.get(language_code="nb")
    parent = _tolk_page(nb).get_parent()
    draft = GuidancePage(
        title="Tolkeutkast",
        slug="tolkeutkast",
        intro="Om tolk.",
        live=False,
        owner_unit="Test",
        last_substantive_change=datetime.date(2026, 1, 1),
        next_review=datetime.date(2027, 1, 1),
    )
    parent.add_child(instance=draft)
    draft.save_revision()
    assert _entry_locale(draft) is None
    assert "tolkeutkast" not in [
        h.page.slug for h in search.guidance_search(query="tolkeutkast", locale=nb).hits
    ]
    draft.get_latest_revision().publish()
    assert _entry_locale(draft) == nb.pk
    assert "tolkeutkast" in [h.page.slug for h in search.guidance_search(query="tolkeutkast", locale=nb).hits]


def test_an_entry_that_is_not_a_page_gets_no_language_and_no_error(knowledge_site):
    from wagtail.search.models import IndexEntry

    nb = Locale.objects.get(language_code="nb")
    page = _tolk_page(nb)
    other = ContentType.objects.get_for_model(Locale)  # another type, with the same id, or none at all
    with connection.cursor() as cursor:
        for object_id in (str(page.pk), "not-a-number", "99999999999999"):
            cursor.execute(
                "INSERT INTO wagtailsearch_indexentry (content_type_id, object_id, title, autocomplete, body,"
                " title_norm, title_text, body_text) VALUES (%s, %s, '', '', '', 1.0, '', '')",
                [other.pk, object_id],
            )
    assert set(IndexEntry.objects.filter(content_type=other).values_list("object_id", flat=True)) == {
        str(page.pk),
        "not-a-number",
        "99999999999999",
    }
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM wagtailsearch_indexentry WHERE content_type_id = %s"
            " AND varde_live_locale_id IS NOT NULL",
            [other.pk],
        )
        assert cursor.fetchone()[0] == 0


def test_the_migration_fills_existing_entries(knowledge_site):
    import importlib

    migration = importlib.import_module("varde.knowledge.migrations.0006_index_entry_live_locale")
    nb = Locale.objects.get(language_code="nb")
    page = _tolk_page(nb)
    expected = {p.pk: p.locale_id for p in GuidancePage.objects.live()}
    with connection.cursor() as cursor:
        cursor.execute("UPDATE wagtailsearch_indexentry SET varde_live_locale_id = NULL")
        assert _entry_locale(page) is None
        cursor.execute(migration.FILL)  # the fill, as the migration ran it
        cursor.execute(
            "SELECT object_id::integer, varde_live_locale_id FROM wagtailsearch_indexentry"
            " WHERE content_type_id = %s AND varde_live_locale_id IS NOT NULL",
            [ContentType.objects.get_for_model(GuidancePage).pk],
        )
        assert dict(cursor.fetchall()) == expected


def test_without_the_column_search_joins_the_pages_and_says_so(knowledge_site, monkeypatch, caplog):
    """As after a Wagtail upgrade that recreated the index table: the same results, and one warning."""
    nb = Locale.objects.get(language_code="nb")
    expected = [h.page.pk for h in search.guidance_search(query="tolk", locale=nb).hits]
    monkeypatch.setattr(search, "_LIVE_LOCALE", {})  # forget what this process saw
    with connection.cursor() as cursor:  # rolled back with the test's transaction
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no deferred checks pending on the table
        cursor.execute("DROP TRIGGER varde_indexentry_live_locale ON wagtailsearch_indexentry")
        cursor.execute("ALTER TABLE wagtailsearch_indexentry DROP COLUMN varde_live_locale_id")
    with caplog.at_level("WARNING", logger="varde.knowledge.search"):
        assert [h.page.pk for h in search.guidance_search(query="tolk", locale=nb).hits] == expected
        search.guidance_search(query="helse", locale=nb)
    warnings = [r for r in caplog.records if "varde_live_locale_id" in r.getMessage()]
    assert len(warnings) == 1
    assert "knowledge.0006" in warnings[0].getMessage()


def test_a_stale_entry_never_shows_an_unpublished_page(knowledge_site):
    """Two transactions racing (an unpublish, and the first index write elsewhere) could leave an entry
    saying "live"; the rows shown are checked against the page table, so the page is left out."""
    nb = Locale.objects.get(language_code="nb")
    page = _tolk_page(nb)
    page.unpublish()
    with connection.cursor() as cursor:
        # The entry's trigger fires only when its page or type changes, so this write stands.
        cursor.execute(
            "UPDATE wagtailsearch_indexentry SET varde_live_locale_id = %s"
            " WHERE content_type_id = %s AND object_id = %s",
            [nb.pk, ContentType.objects.get_for_model(GuidancePage).pk, str(page.pk)],
        )
    assert _entry_locale(page) == nb.pk  # the stale state
    slugs = [h.page.slug for h in search.guidance_search(query="kvalifisert tolk", locale=nb).hits]
    assert "kvalifisert-tolk" not in slugs
