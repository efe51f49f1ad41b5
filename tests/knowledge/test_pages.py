"""The knowledge index, guidance pages, translations, PDF, cache headers and the content API."""

import pytest
from wagtail.models import Locale

from varde.knowledge.content import PAGES
from varde.knowledge.models import GuidancePage, Source, TopicIndexPage


def test_demo_content_has_25_pages_10_translated_and_is_idempotent(knowledge_site):
    from varde.core.demo import load_demo_content

    nb = Locale.objects.get(language_code="nb")
    assert GuidancePage.objects.live().filter(locale=nb).count() >= 25
    for code in ("nn", "en"):
        assert GuidancePage.objects.live().filter(locale__language_code=code).count() >= 10
    counts = (GuidancePage.objects.count(), TopicIndexPage.objects.count(), Source.objects.count())
    load_demo_content()  # the full loader, with every capability, leaves the knowledge content as it was
    assert (GuidancePage.objects.count(), TopicIndexPage.objects.count(), Source.objects.count()) == counts
    assert len(PAGES) >= 25


def test_every_guidance_page_has_sources_owner_and_dates(knowledge_site):
    for page in GuidancePage.objects.live().specific():
        assert page.numbered_sources(), page.slug
        assert page.owner_unit and page.last_substantive_change and page.next_review


def test_translations_share_translation_key(knowledge_site):
    page = GuidancePage.objects.get(slug="samtalen", locale__language_code="nb")
    english = page.get_translation(Locale.objects.get(language_code="en"))
    assert english.title.startswith("The conversation")


@pytest.mark.parametrize(
    ("path", "title"),
    [("/kunnskap/", "Kunnskap"), ("/nn/kunnskap/", "Kunnskap"), ("/en/kunnskap/", "Knowledge")],
)
def test_index_page_lists_guidance(knowledge_site, client, path, title):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f">{title}</h1>" in html
    assert 'href="' + path + 'samtalen/"' in html


def test_index_filters_by_audience_and_topic(knowledge_site, client):
    html = client.get("/kunnskap/?malgruppe=student-underviser").content.decode()
    assert "kompetanse-og-undervisning/" in html
    assert "nav-og-sosiale-tjenester/" not in html
    html = client.get("/kunnskap/?tema=barn").content.decode()
    assert "barn-og-alderstvil/" in html and "samtalen/" not in html
    # An unknown filter value is ignored, not an error.
    assert client.get("/kunnskap/?malgruppe=%3Cscript%3E").status_code == 200


@pytest.mark.parametrize(
    "query", ["", "?malgruppe=barnevern", "?tema=barn", "?malgruppe=barnevern&tema=barn"]
)
def test_index_count_is_the_pages_it_lists(knowledge_site, client, query):
    """The count is taken from the page table by page type (knowledge.0005); it must still be exactly
    the live guidance pages listed: not drafts, not sub-sections, not pages in another language."""
    index = TopicIndexPage.objects.get(slug="kunnskap", locale__language_code="nb")
    index.add_child(instance=TopicIndexPage(title="Undertema", slug="undertema"))
    draft = GuidancePage.objects.live().descendant_of(index).filter(locale=index.locale).first()
    draft.unpublish()
    html = client.get(f"/kunnskap/{query}").content.decode()
    listed = html.count('class="ds-card v-card"')
    assert 0 < listed < 30  # the demo fits on one page, so the cards are all of them
    assert f'<span class="v-count">({listed})</span>' in html
    assert f'href="/kunnskap/{draft.slug}/"' not in html and 'href="/kunnskap/undertema/"' not in html


def test_guidance_page_shows_sources_owner_and_substantive_change(knowledge_site, client):
    html = client.get("/kunnskap/taushetsplikt-og-avvergingsplikt/").content.decode()
    assert "Siste faglige endring" in html
    assert "10. juni 2026" in html
    assert "Helsedirektoratet, juridisk avdeling (demo)" in html
    assert 'id="kilde-1"' in html and 'href="#kilde-1"' in html
    assert "lovdata.no/dokument/NL/lov/2005-05-20-28" in html
    assert "Usikker opplysning" in html  # [U] facts are shown as uncertain
    assert "Endringslogg" in html


def test_guidance_page_in_english(knowledge_site, client):
    html = client.get("/en/kunnskap/samtalen/").content.decode()
    assert 'lang="en"' in html
    assert "The conversation" in html
    assert "Last substantive change" in html and "Siste faglige endring" not in html


def test_public_pages_are_cacheable_and_editors_get_fresh(knowledge_site, client, django_user_model):
    response = client.get("/kunnskap/samtalen/")
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    user = django_user_model.objects.create_user("ed", password="x" * 12, is_staff=True)
    client.force_login(user)
    response = client.get("/kunnskap/samtalen/")
    assert "private" in response["Cache-Control"] and "no-cache" in response["Cache-Control"]


def test_pdf_of_page_and_section(knowledge_site, client):
    response = client.get("/kunnskap/samtalen/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]
    section = client.get("/en/kunnskap/pdf/")
    assert section.status_code == 200 and section.content.startswith(b"%PDF")
    assert len(section.content) > len(response.content)
    # Cached like the page (publish refreshes both), never a stale copy for a signed-in editor.
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("prefix", "message"),
    [
        ("", "for mange sider til én PDF"),
        ("/nn", "for mange sider til éin PDF"),
        ("/en", "too many pages for one PDF"),
    ],
)
def test_a_section_too_large_for_one_pdf_says_so_and_offers_no_link(
    knowledge_site, client, monkeypatch, prefix, message
):
    """A section's PDF renders every guidance page (about 80 ms each): past SECTION_PDF_MAX_PAGES it
    is not offered, and asking for it anyway answers 404 with a message, never a render that times
    out. Each page keeps its own PDF."""
    from varde.knowledge import pdf

    link = 'pdf/" download'
    assert link in client.get(f"{prefix}/kunnskap/").content.decode()
    monkeypatch.setattr(pdf, "SECTION_PDF_MAX_PAGES", 3)
    assert link not in client.get(f"{prefix}/kunnskap/").content.decode()
    # With a filter on, the section is still judged whole: its PDF holds every page.
    assert link not in client.get(f"{prefix}/kunnskap/?tema=barn").content.decode()
    refused = client.get(f"{prefix}/kunnskap/pdf/")
    assert refused.status_code == 404 and message in refused.content.decode()
    assert client.get(f"{prefix}/kunnskap/samtalen/pdf/").status_code == 200


def test_pdf_html_contains_sources_and_substantive_change(knowledge_site, rf):
    from django.template.loader import render_to_string
    from django.utils import translation

    page = GuidancePage.objects.get(slug="samtalen", locale__language_code="nb")
    sources = page.numbered_sources()
    with translation.override("nb"):
        html = render_to_string(
            "knowledge/pdf.html",
            {
                "root": page,
                "sections": [{"page": page, "numbered_sources": sources, "citation_numbers": {}}],
                "is_section": False,
                "generated": page.next_review,
            },
            request=rf.get("/"),
        )
    assert "Siste faglige endring" in html and "Kilder" in html and sources[0].url in html


def test_content_api_lists_pages_with_licence(knowledge_site, client):
    response = client.get(
        "/api/content/pages/?type=knowledge.GuidancePage&fields=owner_unit,source_list&locale=nn"
    )
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["licence"]["url"] == "https://data.norge.no/nlod/no/2.0"
    assert data["meta"]["total_count"] >= 10
    assert data["items"][0]["source_list"][0]["url"].startswith("http")
    detail = client.get(data["items"][0]["meta"]["detail_url"].replace("http://localhost", ""))
    assert detail.json()["meta"]["licence"]["name"].startswith("Norsk lisens")


def test_content_api_hides_unpublished_pages(knowledge_site, client):
    page = GuidancePage.objects.get(slug="samtykke")
    page.unpublish()
    response = client.get(f"/api/content/pages/{page.pk}/")
    assert response.status_code == 404


def test_index_lists_its_pages_thirty_at_a_time(knowledge_site, client):
    import datetime

    from varde.knowledge.selectors import INDEX_PAGE_SIZE

    index = TopicIndexPage.objects.get(slug="kunnskap", locale__language_code="nb")
    before = GuidancePage.objects.live().descendant_of(index).count()
    for i in range(INDEX_PAGE_SIZE):
        index.add_child(
            instance=GuidancePage(
                title=f"Ekstra {i}",
                slug=f"ekstra-{i}",
                owner_unit="Test",
                last_substantive_change=datetime.date(2026, 1, 1),
                next_review=datetime.date(2027, 1, 1),
            )
        )
    total = before + INDEX_PAGE_SIZE
    first = client.get("/kunnskap/").content.decode()
    assert f'<span class="v-count">({total})</span>' in first
    assert first.count('class="ds-card v-card"') == INDEX_PAGE_SIZE
    assert 'href="?side=2#veiledning"' in first
    second = client.get("/kunnskap/?side=2").content.decode()
    assert second.count('class="ds-card v-card"') == total - INDEX_PAGE_SIZE
    assert client.get("/kunnskap/?side=x").status_code == 200
