"""Person pages: generated from the rights rules, discreet, small, no database, no caching."""

import dataclasses
import datetime as dt

import pytest

from varde.person import catalogue, selectors
from varde.rights import interface as rights

LANGS = catalogue.available()


@pytest.mark.parametrize("lang", LANGS)
def test_every_catalogue_is_valid_and_draft_unless_source(lang):
    assert catalogue.validate_file(lang) == []
    c = catalogue.load(lang)
    assert c.status in ("source", "draft")  # nobody qualified has reviewed any translation yet
    assert (c.status == "source") == (lang == "nb")


@pytest.mark.parametrize("lang", LANGS)
def test_situation_page_in_every_language(client, lang):
    # No db fixture: any database access in the view would raise.
    response = client.get(f"/info/{lang}/refleksjon/")
    assert response.status_code == 200
    html = response.content.decode()
    c = catalogue.load(lang)
    assert f'lang="{lang}" dir="{c.dir}"' in html
    assert 'id="quick-exit"' in html and "data-quick-exit-url=" in html and "quick-exit.js" in html
    assert 'href="#main"' in html
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert len(response.content) <= 30 * 1024
    assert "<img" not in html
    assert html.count('data-entitlement="') == len(selectors.ENTITLEMENTS)
    if c.is_draft:
        assert c.texts["draft_notice"] in html
        assert catalogue.load("en").texts["draft_notice"] in html


def test_arabic_is_right_to_left(client):
    html = client.get("/info/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


def test_rights_follow_the_rules_engine():
    today = dt.date(2026, 11, 23)
    rules = rights.get_ruleset()
    for code, sit in selectors.SITUATIONS.items():
        answer = rules.evaluate(rights.Facts(status=sit.status, date=today, age=sit.age), "en")
        expected = {i["entitlement"]: i["conclusion"] for g in answer["groups"] for i in g["items"]}
        got = selectors.rights_for(situation=code, language="en", today=today)
        assert [r["entitlement"] for r in got] == list(selectors.ENTITLEMENTS)
        for r in got:
            assert r["conclusion"] == expected[r["entitlement"]]


def test_uncertain_rules_say_who_to_ask():
    rows = selectors.rights_for(situation="refleksjon", language="en", today=dt.date(2026, 11, 23))
    uncertain = [r for r in rows if r["conclusion"] == "uncertain"]
    assert uncertain
    assert all(r["sentence"].startswith("This is not certain. Ask: ") for r in uncertain)
    ro = selectors.rights_for(situation="refleksjon", language="vi", today=dt.date(2026, 11, 23))
    assert all("ROSA" in r["sentence"] for r in ro if r["conclusion"] == "uncertain")


@pytest.fixture
def changed_rules(monkeypatch):
    """The shipped rules with the dental rule for undocumented adults turned into a plain 'yes'."""
    original = rights.get_ruleset()
    rule = original.rule_for("unl", "27+", "dental", dt.date(2026, 11, 23))
    changed = dataclasses.replace(rule, conclusion="yes", confidence="V")
    new_rules = [changed if r is rule else r for r in original.rules]
    ruleset = rights.RuleSet(
        statuses=original.statuses,
        age_bands=original.age_bands,
        entitlements=original.entitlements,
        groups=original.groups,
        sources=original.sources,
        rules=new_rules,
        duties=original.duties,
    )
    monkeypatch.setattr(rights, "get_ruleset", lambda: ruleset)
    return rule


def test_a_rule_change_changes_page_and_leaflet(client, changed_rules):
    assert changed_rules.conclusion == "no"
    html = client.get("/info/en/uten-opphold/").content.decode()
    assert 'data-entitlement="dental" data-conclusion="yes"' in html
    pdf = client.get("/info/brosjyre/pdf/?sprak=en&situasjon=uten-opphold")
    from tests.person.pdftools import pdf_text

    text = pdf_text(pdf.content)
    assert "Dentist: You have a right to this." in text


def test_without_the_change_dental_is_no(client):
    html = client.get("/info/en/uten-opphold/").content.decode()
    assert 'data-entitlement="dental" data-conclusion="no"' in html


def test_discreet_page_has_a_neutral_title(client):
    html = client.get("/info/nb/uten-opphold/?diskret=1").content.decode()
    assert "<title>Nyttige telefonnumre</title>" in html
    assert "tvinger" not in html and "menneskehandel" not in html.lower()
    assert "22 33 11 60" in html


@pytest.mark.parametrize("path", ["/info/xx/", "/info/nb/ukjent/"])
def test_unknown_language_or_situation_is_404(client, db, path):
    assert client.get(path).status_code == 404


def test_index_lists_every_language(client):
    html = client.get("/info/").content.decode()
    for lang in LANGS:
        assert f'href="/info/{lang}/"' in html


@pytest.mark.parametrize(
    ("status", "child", "expected"),
    [("unl", False, "uten-opphold"), ("eea-x", False, "eos"), ("asy", False, "asyl"), ("ref", False, "refleksjon"),
     ("asy", True, "barn"), ("nor", False, None), ("", False, None)],
)  # fmt: skip
def test_status_to_situation(status, child, expected):
    assert selectors.situation_for(status=status, child=child) == expected
