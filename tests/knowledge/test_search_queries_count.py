"""/sok/ costs a fixed number of SQL queries, however many pages match: one search query per search,
snippets from the index (no page is loaded or rendered per hit)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from varde.knowledge.models import GuidancePage, TopicIndexPage
from varde.knowledge.search import PAGE_SIZE, guidance_search

SEARCH_BUDGET = 6  # locale, vocabulary version is in the cache; the search; the rest is the page chrome


def _count(client, url):
    client.get(url)  # warm per-process memos (vocabulary, parsed queries), as in production
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


def _add_matching_pages(count: int) -> None:
    index = TopicIndexPage.objects.get(slug="kunnskap", locale__language_code="nb")
    template = GuidancePage.objects.get(slug="kvalifisert-tolk", locale__language_code="nb")
    for i in range(count):
        page = GuidancePage(
            title=f"Tolk i praksis {i}",
            slug=f"tolk-i-praksis-{i}",
            intro=template.intro,
            body=template.body.raw_data,
            owner_unit="Test",
            last_substantive_change=datetime.date(2026, 1, 1),
            next_review=datetime.date(2027, 1, 1),
        )
        index.add_child(instance=page)
        page.save_revision().publish()


def test_search_query_count_does_not_grow_with_the_hits(knowledge_site, client):
    before, html = _count(client, "/sok/?q=tolk")
    assert before <= SEARCH_BUDGET, before
    assert "<mark>" in html
    _add_matching_pages(PAGE_SIZE + 5)
    after, html = _count(client, "/sok/?q=tolk")
    assert after == before
    assert html.count('class="v-hit"') == PAGE_SIZE
    assert "/kunnskap/tolk-i-praksis-" in html


def test_typo_search_runs_two_searches_at_most(knowledge_site, client):
    count, html = _count(client, "/sok/?q=refleksjonsperode")
    assert "/kunnskap/refleksjonsperiode/" in html
    assert count <= SEARCH_BUDGET + 2, count  # the suggestion look-up and the search for it


def test_snippets_come_from_the_index_not_from_rendering_pages(knowledge_site, monkeypatch):
    def fail(self):
        raise AssertionError("plain_text() renders the page body; snippets must use the index")

    monkeypatch.setattr(GuidancePage, "plain_text", fail)
    outcome = guidance_search(query="tolk", locale=Locale.objects.get(language_code="nb"))
    assert outcome.hits
    assert any(marked for hit in outcome.hits for _text, marked in hit.snippet)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="storage settings exist on PostgreSQL only")
def test_search_vectors_are_stored_in_the_row_on_postgresql(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute WHERE attrelid = 'wagtailsearch_indexentry'::regclass"
            " AND attname IN ('title', 'body')"
        )
        assert dict(cursor.fetchall()) == {"title": "m", "body": "m"}
        cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'knowledge_searchterm_term_trgm'")
        assert cursor.fetchone()


def test_a_word_no_page_had_is_found_once_a_page_with_it_is_published(
    knowledge_site, client, django_capture_on_commit_callbacks
):
    # The PostgreSQL search leaves out forms no page contains; publishing must make it look again
    # (once the publish is committed: the vocabulary's new version is announced then).
    assert "0 treff" in client.get("/sok/?q=blåbærsyltetøy").content.decode()
    index = TopicIndexPage.objects.get(slug="kunnskap", locale__language_code="nb")
    page = GuidancePage(
        title="Om blåbærsyltetøy",
        slug="om-blabaersyltetoy",
        intro="Blåbærsyltetøy på skiva.",
        owner_unit="Test",
        last_substantive_change=datetime.date(2026, 1, 1),
        next_review=datetime.date(2027, 1, 1),
    )
    index.add_child(instance=page)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert "/kunnskap/om-blabaersyltetoy/" in client.get("/sok/?q=blåbærsyltetøy").content.decode()


def test_a_query_with_a_word_no_page_has_finds_nothing(knowledge_site, client):
    html = client.get("/sok/?q=tolk+qqxyzzq").content.decode()
    assert 'class="v-hit"' not in html


def test_wagtails_backend_path_finds_the_page_with_plain_snippet_text(knowledge_site, settings):
    # The path used with SQLite or another search backend (e.g. OpenSearch): Wagtail's own search.
    from varde.knowledge import search

    locale = Locale.objects.get(language_code="nb")
    ours = [hit.page.slug for hit in guidance_search(query="kvalifisert tolk", locale=locale).hits]
    configured = settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**configured["default"], "BACKEND": "some.search.server"}}
    assert not search._uses_postgres_index()
    settings.WAGTAILSEARCH_BACKENDS = configured
    found, total = search._backend_hits(
        [["kvalifisert"], ["tolk"]], vocabulary=None, locale=locale, audience="", topic="", limit=5, offset=0
    )
    assert found and total >= len(found)
    assert "kvalifisert-tolk" in [page.slug for page, _text in found] and "kvalifisert-tolk" in ours[:5]
    assert all(
        "tolk" in text.lower() and "'" not in text[:40] for _page, text in found
    )  # plain text, not a tsvector


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the index is made on PostgreSQL only")
def test_live_pages_have_an_index_for_search_and_topic_listings(db):
    """Search and topic pages read the live pages of a language from this index alone (knowledge.0004,
    with the page type since knowledge.0005). Which plan PostgreSQL picks depends on table statistics,
    so the bench shows it is used at 10 000 pages (docs/knowledge.md); here: it exists, is valid, and
    has the columns, operator class and condition that let a prefix ``path LIKE`` and the page type be
    answered from it; the index it replaced is gone."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, pg_get_indexdef(i.indexrelid), i.indisvalid FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname LIKE 'varde_page_live%%'"
        )
        found = {name: (definition, valid) for name, definition, valid in cursor.fetchall()}
    assert list(found) == ["varde_page_live_tree_type"]
    definition, valid = found["varde_page_live_tree_type"]
    assert valid
    assert "ON public.wagtailcore_page" in definition
    assert "(locale_id, path text_pattern_ops, depth, id) INCLUDE (content_type_id) WHERE live" in definition
