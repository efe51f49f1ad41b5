"""The /sok/ page: results with highlighted snippets, filters, "Mente du …?" and zero-result counts."""

import pytest

from varde.knowledge.models import ZeroResultQuery


def test_search_page_without_query(knowledge_site, client):
    response = client.get("/sok/")
    assert response.status_code == 200
    assert "Søk i veiledningen" in response.content.decode()


def test_search_shows_highlighted_snippets(knowledge_site, client):
    html = client.get("/sok/?q=kvalifisert+tolk").content.decode()
    assert "/kunnskap/kvalifisert-tolk/" in html
    assert "<mark>" in html


def test_search_escapes_the_query(knowledge_site, client):
    html = client.get("/sok/?q=%3Cscript%3Ealert(1)%3C/script%3E").content.decode()
    assert "<script>alert" not in html


def test_search_filters_by_audience(knowledge_site, client):
    html = client.get("/sok/?q=barn&malgruppe=barnevern").content.decode()
    assert "/kunnskap/barn-og-alderstvil/" in html
    assert "/kunnskap/fjerning-av-organer/" not in html


def test_filter_only_lists_pages(knowledge_site, client):
    html = client.get("/sok/?tema=plikter").content.decode()
    assert "/kunnskap/samtykke/" in html


def test_typo_shows_mente_du_and_results(knowledge_site, client):
    html = client.get("/sok/?q=refleksjonsperode").content.decode()
    assert "refleksjonsperiode" in html
    assert "/kunnskap/refleksjonsperiode/" in html


def test_zero_result_queries_are_counted_anonymously(knowledge_site, client):
    client.get("/sok/?q=Qwxyzzz+Blorp")
    client.get("/sok/?q=qwxyzzz  blorp!")
    entry = ZeroResultQuery.objects.get()
    assert entry.query == "qwxyzzz blorp"
    assert entry.count == 2
    assert {f.name for f in ZeroResultQuery._meta.get_fields()} == {"id", "query", "count", "last_seen"}


def test_search_in_nynorsk_and_english(knowledge_site, client):
    assert "/nn/kunnskap/kvalifisert-tolk/" in client.get("/nn/sok/?q=tolk").content.decode()
    assert "/en/kunnskap/kvalifisert-tolk/" in client.get("/en/sok/?q=interpreter").content.decode()


def test_results_come_in_pages_with_the_total_and_links(knowledge_site, client):
    from tests.knowledge.test_search_queries_count import _add_matching_pages
    from varde.knowledge.search import PAGE_SIZE

    _add_matching_pages(PAGE_SIZE)
    first = client.get("/sok/?q=tolk").content.decode()
    total = int(first.split('id="treff">')[1].split(" treff")[0])
    assert total > PAGE_SIZE
    assert first.count('class="v-hit"') == PAGE_SIZE
    assert 'rel="next" href="?q=tolk&amp;side=2#treff"' in first
    second = client.get("/sok/?q=tolk&side=2").content.decode()
    assert second.count('class="v-hit"') == min(PAGE_SIZE, total - PAGE_SIZE)
    assert 'rel="prev" href="?q=tolk&amp;side=1#treff"' in second
    assert not _hit_links(first) & _hit_links(second)


def _hit_links(html: str) -> set[str]:
    marker = '<h3 class="ds-heading" data-size="xs"><a class="ds-link" href="'
    return {part.split('"')[0] for part in html.split(marker)[1:]}


@pytest.mark.parametrize("side", ["abc", "0", "-1", "²", "9999999999"])
def test_a_bad_page_number_shows_a_page_not_an_error(knowledge_site, client, side):
    response = client.get(f"/sok/?q=menneskehandel&side={side}")
    assert response.status_code == 200
    assert 'class="v-hit"' in response.content.decode()


def test_a_page_past_the_last_shows_the_last_page(knowledge_site, client):
    html = client.get("/sok/?q=tolk&side=500").content.decode()
    assert 'class="v-hit"' in html
    assert ZeroResultQuery.objects.count() == 0


def test_snippet_html_escapes_the_text_and_marks_hits():
    from varde.knowledge.search import SearchHit

    hit = SearchHit(page=None, snippet=[("<b>fet</b> ", False), ("tolk<", True)])
    assert hit.snippet_html == "&lt;b&gt;fet&lt;/b&gt; <mark>tolk&lt;</mark>"


def test_a_published_word_reaches_the_vocabulary_after_the_commit(
    knowledge_site, django_capture_on_commit_callbacks
):
    """Other processes reload the vocabulary when its version changes. A new version before the commit
    would let one reload the words without the new ones and keep that until the next publish."""
    from django.core.cache import cache
    from django.db import transaction

    from varde.knowledge.models import GuidancePage
    from varde.knowledge.services import VOCABULARY_CACHE_KEY, vocabulary_get

    vocabulary_get()
    version = cache.get(VOCABULARY_CACHE_KEY)
    page = GuidancePage.objects.live().filter(locale__language_code="nb").first()
    page.intro += " Klippfiskbåtene."
    with django_capture_on_commit_callbacks(execute=False) as callbacks, transaction.atomic():
        page.save_revision().publish()
    assert cache.get(VOCABULARY_CACHE_KEY) == version
    for callback in callbacks:
        callback()
    assert cache.get(VOCABULARY_CACHE_KEY) != version
    assert "klippfiskbåtene" in vocabulary_get().words
