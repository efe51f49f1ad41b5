"""The /sok/ page: results with highlighted snippets, filters, "Mente du …?" and zero-result counts."""

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
