"""Every language file against the bokmål source: same keys, same placeholders, same phone numbers,
the right script, and a one-page leaflet with real glyphs."""

import datetime as dt
import re
import unicodedata

import pytest

from tests.person.pdftools import pdf_fonts, pdf_pages, pdf_text
from varde.person import catalogue

SOURCE = catalogue.load(catalogue.SOURCE_LANGUAGE)
TRANSLATIONS = [code for code in catalogue.available() if code != catalogue.SOURCE_LANGUAGE]
PHONE = re.compile(r"\b\d{3} \d{3}\b|\b\d{2} \d{2} \d{2} \d{2}\b|\b\d{3,5}\b")

#: The Unicode script each language must be written in (checked on the title and a few texts).
SCRIPTS = {
    "ru": "CYRILLIC", "uk": "CYRILLIC", "bg": "CYRILLIC", "ar": "ARABIC", "ti": "ETHIOPIC",
    "th": "THAI", "ro": "LATIN", "pl": "LATIN", "lt": "LATIN", "es": "LATIN", "fr": "LATIN",
    "pt": "LATIN", "vi": "LATIN", "nn": "LATIN", "en": "LATIN",
}  # fmt: skip


def test_every_language_the_issue_asks_for_has_a_file():
    assert catalogue.available()[: len(catalogue.LANGUAGE_ORDER)] == list(catalogue.LANGUAGE_ORDER)


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_same_keys_as_bokmal(lang):
    assert list(catalogue.load(lang).texts) == list(SOURCE.texts)


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_same_placeholders_and_phone_numbers_per_key(lang):
    texts = catalogue.load(lang).texts
    for key, original in SOURCE.texts.items():
        assert catalogue.placeholders(texts[key]) == catalogue.placeholders(original), key
        assert sorted(PHONE.findall(texts[key])) == sorted(PHONE.findall(original)), key
        assert ("ROSA" in texts[key]) == ("ROSA" in original), key


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_meta_and_script(lang):
    c = catalogue.load(lang)
    assert c.language == lang
    assert c.status == "draft" and c.translator
    dt.date.fromisoformat(c.date)
    assert c.dir == ("rtl" if lang == "ar" else "ltr")
    for key in ("title", "intro", "reflection", "draft_notice"):
        text = c.texts[key]
        assert unicodedata.is_normalized("NFC", text), key
        assert "\ufffd" not in text
        letters = [ch for ch in text if ch.isalpha()]
        in_script = [ch for ch in letters if unicodedata.name(ch, "").startswith(SCRIPTS[lang])]
        assert len(in_script) >= 0.9 * len(letters), (key, text)
    if lang != "en":
        assert c.texts["title"] != catalogue.load("en").texts["title"]


@pytest.mark.parametrize("lang", catalogue.available())
def test_leaflet_is_one_page_with_real_glyphs(client, lang):
    # No db fixture: any database access in the view would raise.
    response = client.get(f"/info/brosjyre/pdf/?sprak={lang}&situasjon=refleksjon")
    assert response.status_code == 200
    pdf = response.content
    assert pdf_pages(pdf) == 1
    text = " ".join(pdf_text(pdf).split())
    fonts = pdf_fonts(pdf)
    assert "\ufffd" not in text and ".notdef" not in fonts
    t = catalogue.load(lang).texts
    for key in ("police_title", "reflection_heading"):
        # pdftotext may break lines anywhere; compare without whitespace.
        assert re.sub(r"\s", "", t[key]) in re.sub(r"\s", "", text), key
    if lang == "th":
        assert "Noto-Sans-Thai" in fonts
    if lang == "ti":
        assert "Noto-Sans-Ethiopic" in fonts
