"""The query → expected page test set (bokmål unless marked). Must pass on SQLite and PostgreSQL."""

import pytest
from wagtail.models import Locale

from varde.knowledge.search import guidance_search

# (query, slug expected among the top results, language)
QUERIES = [
    ("menneskehandel", "hva-er-menneskehandel", "nb"),
    ("menneskehandelsofre", "hva-er-menneskehandel", "nb"),  # compound with linking s
    ("arbeidsutnytting", "utnytting-i-arbeid", "nb"),  # compound: arbeid + utnytting
    ("trafficking", "hva-er-menneskehandel", "nb"),  # synonym
    ("papirløse", "helsehjelp-uten-lovlig-opphold", "nb"),  # synonym of uten lovlig opphold
    ("uten lovlig opphold", "helsehjelp-uten-lovlig-opphold", "nb"),
    ("tolk", "kvalifisert-tolk", "nb"),
    ("kvalifisert tolk", "kvalifisert-tolk", "nb"),
    ("taushetsplikt", "taushetsplikt-og-avvergingsplikt", "nb"),
    ("avvergeplikt", "taushetsplikt-og-avvergingsplikt", "nb"),  # spelling variant via synonyms
    ("opplysningsplikt barnevernet", "opplysningsplikt-til-barnevernet", "nb"),
    ("meldeplikt", "opplysningsplikt-til-barnevernet", "nb"),
    ("samtykke", "samtykke", "nb"),
    ("refleksjonsperiode", "refleksjonsperiode", "nb"),
    ("refleksjonsperioden", "refleksjonsperiode", "nb"),  # inflection
    ("seksuell utnytting", "seksuell-utnytting", "nb"),
    ("prostitusjon", "seksuell-utnytting", "nb"),
    ("tvangsarbeid", "utnytting-i-arbeid", "nb"),
    ("tigging", "tvungen-tigging-og-kriminalitet", "nb"),
    ("organer", "fjerning-av-organer", "nb"),
    ("hushjelp", "utnytting-i-private-hjem", "nb"),
    ("alderstvil", "barn-og-alderstvil", "nb"),
    ("mindreårig", "barn-og-alderstvil", "nb"),
    ("ID-papirer", "personer-uten-id-papirer", "nb"),
    ("pasientjournal", "dokumentere-bekymring-i-journal", "nb"),
    ("journalen", "dokumentere-bekymring-i-journal", "nb"),
    ("ROSA", "henvisning-og-samarbeid", "nb"),
    ("bistandsadvokat", "rettshjelp-og-bistandsadvokat", "nb"),
    ("NAV", "nav-og-sosiale-tjenester", "nb"),
    ("traumebevisst", "traumebevisst-oppfolging", "nb"),
    ("psykiske plager", "helsefolger", "nb"),
    ("tegn", "tegn-pa-menneskehandel", "nb"),
    ("helserettigheter", "rettigheter-etter-oppholdsstatus", "nb"),
    ("screeningverktøy", "kartleggingsverktoy", "nb"),
    ("samtalen alene", "samtalen", "nb"),
    ("interpreter", "kvalifisert-tolk", "en"),
    ("reflection period", "rettigheter-etter-oppholdsstatus", "en"),
    ("teieplikt", "taushetsplikt-og-avvergingsplikt", "nn"),
    ("tolkelova", "kvalifisert-tolk", "nn"),
]

TOP = 5


def test_query_set_has_at_least_30_queries():
    assert len(QUERIES) >= 30


def test_every_query_finds_its_page_in_the_top_results(knowledge_site):
    locales = {code: Locale.objects.get(language_code=code) for code in ("nb", "nn", "en")}
    failures = []
    for query, slug, language in QUERIES:
        outcome = guidance_search(query=query, locale=locales[language])
        slugs = [hit.page.slug for hit in outcome.hits[:TOP]]
        if slug not in slugs:
            failures.append(f"{query!r} ({language}): expected {slug}, got {slugs}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        ("menneskehandl", "menneskehandel"),
        ("refleksjonsperode", "refleksjonsperiode"),
        ("taushetsplkt", "taushetsplikt"),
    ],
)
def test_typo_gets_a_suggestion_and_results(knowledge_site, typo, word):
    outcome = guidance_search(query=typo, locale=Locale.objects.get(language_code="nb"))
    assert outcome.suggestion == word
    assert outcome.corrected
    assert outcome.hits
