"""The flow's own interface text in nynorsk and English (the app's catalogue in identification/locale).

Every step is reached with a plain POST, as a browser without JavaScript would send it. On the English
pages, no bokmål source string of the flow may be left untranslated.
"""

import html as htmllib
import re

import pytest

from varde.identification import engine

pytestmark = pytest.mark.django_db

URL = {"nb": "/avdekke/sjekk/", "nn": "/nn/avdekke/sjekk/", "en": "/en/avdekke/sjekk/"}
CONTEXT = {"age": "adult", "forms": ["labour"], "ongoing": "yes", "acute_danger": "no"}
YES = ("companion_speaks", "no_id_control", "debt_bondage", "excessive_hours", "housing_controlled")

# Bokmål source strings shown on each page (headings, buttons, labels, help text).
NB_CONTEXT_STEP = [
    "Identifiseringssjekk: kan det være menneskehandel?",
    "Kan personen være under 18 år?",
    "Ja, personen er under 18 år",
    "Vet ikke – personen kan være under 18 år",
    "Nei, personen er 18 år eller eldre",
    "Hva slags utnytting kan det dreie seg om?",
    "Velg alle som passer. Velger du ingen, får du spørsmål om alle former.",
    "Seksuell utnytting",
    "Arbeid eller tjenester",
    "Tigging eller kriminalitet",
    "Fjerning av organer",
    "Pågår utnyttingen fortsatt?",
    "Er personen i akutt fare nå?",
    "Ja",
    "Nei",
    "Vet ikke",
    "Neste",
]
NB_TOPIC_STEP = [
    "Det du merker i samtalen",
    "Svar «Vet ikke» hvis du ikke har kunnet avklare det. «Vet ikke» gjør aldri vurderingen svakere.",
    "Område:",
    "Ja",
    "Nei",
    "Vet ikke",
    "Neste",
    "Tilbake",
]
NB_RESULT = [
    "Vurdering",
    "Hva du bør gjøre nå",
    "Dine plikter",
    "Kilde",
    "Hvorfor denne vurderingen",
    "Tegn du har sett",
    "Vurderingen bygger på",
    "Bekymringsnotat til journalen",
    "Notat (kan kopieres)",
    "Skriv ut notatet",
    "Forbehold",
    "Usikkert og ikke kontrollert ennå",
    "Metode:",
    "Kilder for tegnene:",
    "Tilbake og endre svar",
    "Start på nytt",
]


def page(response) -> str:
    return htmllib.unescape(response.content.decode())


def text_nodes(html: str) -> set[str]:
    """Every piece of visible text between tags, whitespace-normalised (scripts and styles dropped)."""
    body = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    return {" ".join(t.split()) for t in re.split(r"<[^>]+>", body) if t.strip()}


def assert_no_bokmal(html: str, sources: list[str]) -> None:
    nodes = text_nodes(html)
    left = [s for s in sources if s in nodes or (len(s) > 12 and s in html)]
    assert not left, f"untranslated bokmål on the page: {left}"


def context_step(client, lang):
    response = client.get(URL[lang])
    assert response.status_code == 200
    return page(response)


def topic_step(client, lang):
    response = client.post(URL[lang], {"step": "context", "nav": "next", **CONTEXT})
    assert response.status_code == 200
    html = page(response)
    assert 'name="step" value="contact"' in html
    return html


def result_page(client, lang):
    answers = {f"a_{i}": "yes" for i in YES}
    response = client.post(URL[lang], {"step": "recruitment", "nav": "next", **CONTEXT, **answers})
    assert response.status_code == 200
    html = page(response)
    assert 'name="step" value="result"' in html
    return html


def test_context_step_in_english(client):
    html = context_step(client, "en")
    assert 'lang="en"' in html
    for expected in (
        "<title>Identification check",
        "Identification check: could this be human trafficking?",
        "Step 1 of",
        "Could the person be under 18?",
        "Don't know – the person may be under 18",
        "What kind of exploitation could it be?",
        "Choose all that fit. If you choose none, you get questions about all forms.",
        "Work or services",
        "Is the exploitation still going on?",
        "Is the person in immediate danger now?",
        "For example threats of violence today, or someone waiting outside to collect the person.",
        ">Next</button>",
        "nothing is stored.",
    ):
        assert expected in html, expected
    assert_no_bokmal(html, NB_CONTEXT_STEP + ["Identifiseringssjekk", "Steg 1 av"])


def test_context_step_in_nynorsk(client):
    html = context_step(client, "nn")
    assert 'lang="nn"' in html
    for expected in (
        "Identifiseringssjekk: kan det vere menneskehandel?",
        "Steg 1 av",
        "Kan personen vere under 18 år?",
        "Veit ikkje – personen kan vere under 18 år",
        "Kva slags utnytting kan det dreie seg om?",
        "Arbeid eller tenester",
        "Pågår utnyttinga framleis?",
        "Er personen i akutt fare no?",
        "Til dømes truslar om vald i dag",
        ">Veit ikkje</label>",
        ">Neste</button>",
    ):
        assert expected in html, expected
    assert "Kan personen være under 18 år?" not in html
    assert "Hva slags utnytting" not in html


def test_topic_step_in_english_and_nynorsk(client):
    en = topic_step(client, "en")
    for expected in (
        "What you notice in the conversation",
        "“Don't know” never weakens the assessment.",
        "Area:",
        ">Yes</label>",
        ">No</label>",
        ">Don't know</label>",
        ">Back</button>",
        ">Next</button>",
    ):
        assert expected in en, expected
    # the questions themselves come from the indicator set in the chosen language
    assert engine.default_rules().by_id["companion_speaks"].text["en"] in en
    assert_no_bokmal(en, NB_TOPIC_STEP)

    nn = topic_step(client, "nn")
    for expected in (
        "Det du merkar i samtalen",
        "«Veit ikkje» gjer aldri vurderinga svakare.",
        ">Tilbake</button>",
    ):
        assert expected in nn, expected
    assert "Det du merker i samtalen" not in nn


def test_last_question_step_offers_to_see_the_assessment(client):
    fields = {"step": "work", "nav": "next", **CONTEXT}
    en = page(client.post(URL["en"], fields))
    assert "How the person came here" in en and ">See the assessment</button>" in en
    assert "Se vurderingen" not in en
    nn = page(client.post(URL["nn"], fields))
    assert "Korleis personen kom hit" in nn and ">Sjå vurderinga</button>" in nn


def test_result_page_in_english(client):
    html = result_page(client, "en")
    for expected in (
        "<title>Assessment – Identification check",
        '<h1 class="ds-heading" data-size="lg">Assessment</h1>',
        engine.text("level.strong", "en"),
        "What you should do now",
        "Your duties",
        ">Source</a>",
        "Why this assessment",
        "Signs you have seen",
        "The assessment is based on",
        "Concern note for the patient record",
        "The note contains no name or other personal data.",
        "Note (can be copied)",
        "Print the note",
        "Print with your browser's print function (Ctrl+P).",
        "Limitations",
        "Uncertain and not yet checked",
        "Method:",
        "ILO and European Commission: operational indicators of trafficking in human beings (2009)",
        "Go back and change answers",
        "Start again",
    ):
        assert expected in html, expected
    assert_no_bokmal(html, NB_RESULT + ["Identifiseringssjekk"])


def test_result_page_in_nynorsk(client):
    html = result_page(client, "nn")
    for expected in (
        engine.text("level.strong", "nn"),
        "Kva du bør gjere no",
        "Pliktene dine",
        ">Kjelde</a>",
        "Teikn du har sett",
        "Vurderinga byggjer på",
        "Uronotat til journalen",
        "Notat (kan kopierast)",
        "Atterhald",
        "Usikkert og ikkje kontrollert enno",
        "Tilbake og endre svar",
    ):
        assert expected in html, expected
    for bokmal in ("Hva du bør gjøre nå", "Dine plikter", "Bekymringsnotat til journalen", "Forbehold"):
        assert bokmal not in html


def test_child_notice_and_no_signs_text_translated(client):
    fields = {"step": "recruitment", "nav": "next", "age": "maybe_under_18"}
    en = page(client.post(URL["en"], fields))
    assert "The person may be under 18 and is treated as a child until their age is known." in en
    assert "You have not answered yes to any signs." in en
    nn = page(client.post(URL["nn"], fields))
    assert "Personen kan vere under 18 år og blir behandla som barn til alderen er avklart." in nn
    assert "Du har ikkje svart ja på nokon av teikna." in nn


def test_validation_message_translated(client):
    fields = {"step": "context", "nav": "next"}
    en = page(client.post(URL["en"], fields))
    assert "Please fix this before you go on:" in en
    assert "Answer whether the person could be under 18." in en
    assert "Svar på om personen kan være under 18 år." not in en
    nn = page(client.post(URL["nn"], fields))
    assert "Du må rette dette før du går vidare:" in nn
    assert "Svar på om personen kan vere under 18 år." in nn


@pytest.mark.parametrize(
    ("lang", "heading", "message", "restart"),
    [
        (
            "en",
            "We could not read the form",
            "The form contained invalid or unknown values.",
            "Start the check again",
        ),
        (
            "nn",
            "Vi kunne ikkje lese skjemaet",
            "Skjemaet hadde ugyldige eller ukjende verdiar.",
            "Start sjekken på nytt",
        ),
    ],
)
def test_bad_request_page_translated(client, lang, heading, message, restart):
    response = client.post(URL[lang], {"step": "context", "nav": "next", "a_no_such_sign": "yes"})
    assert response.status_code == 400
    html = page(response)
    assert heading in html and message in html and restart in html
    assert f'href="{URL[lang]}"' in html
    assert "Vi kunne ikke lese skjemaet" not in html

    response = client.post(URL[lang], {"step": "nowhere", "nav": "next"})
    assert response.status_code == 400
    expected = {"en": "Unknown step in the form.", "nn": "Ukjent steg i skjemaet."}[lang]
    assert expected in page(response)
