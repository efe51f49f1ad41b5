"""The server-rendered flow, without JavaScript: all steps in nb and en, bad input, privacy headers."""

import re

import pytest

from varde.identification import engine

pytestmark = pytest.mark.django_db

URL = {"nb": "/avdekke/sjekk/", "nn": "/nn/avdekke/sjekk/", "en": "/en/avdekke/sjekk/"}


def hidden_fields(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', html)


def post(client, url, fields):
    response = client.post(url, fields)
    assert response.status_code == 200, response.content[:500]
    return response, response.content.decode()


def assert_private(response):
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies, f"cookies were set: {list(response.cookies)}"


def walk(client, lang, context, answer_for):
    """Go through every step like a browser without JS: send the hidden state plus this step's answers."""
    url = URL[lang]
    response = client.get(url)
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert 'name="step" value="context"' in html
    fields = {"step": "context", "nav": "next", **context}
    seen_steps = ["context"]
    for _ in range(10):
        response, html = post(client, url, fields)
        assert_private(response)
        step = re.search(r'name="step" value="([a-z_]+)"', html).group(1)
        seen_steps.append(step)
        if step == "result":
            return response, html, seen_steps
        data: dict = {}
        for name, value in hidden_fields(html):
            data.setdefault(name, []).append(value)
        names = re.findall(r'name="(a_[a-z0-9_]+)" id=', html)
        for name in dict.fromkeys(names):
            data[name] = answer_for(name[2:])
        data.update({"nav": "next"})
        fields = data
    raise AssertionError("the flow did not reach the result")


def test_get_renders_context_step_without_cookies(client):
    response = client.get(URL["nb"])
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert "Kan personen være under 18 år?" in html
    assert 'name="age"' in html and 'name="acute_danger"' in html
    assert "csrfmiddlewaretoken" not in html
    assert 'style="' not in html and "<script>" not in html
    assert "identification/identification.css" in html


def test_index_redirects_to_check(client):
    response = client.get("/avdekke/")
    assert response.status_code == 302
    assert response["Location"].endswith("/avdekke/sjekk/")


def test_full_flow_nb_strong_signs(client):
    yes_ids = {"companion_speaks", "no_id_control", "debt_bondage", "excessive_hours", "housing_controlled"}
    context = {"age": "adult", "forms": ["labour"], "ongoing": "yes", "acute_danger": "no"}
    response, html, steps = walk(client, "nb", context, lambda i: "yes" if i in yes_ids else "no")
    assert steps == ["context", "contact", "health", "control", "work", "recruitment", "result"]
    assert "Sterke tegn – mulig offer for menneskehandel" in html
    assert '<textarea class="ds-input v-id__textarea" id="concern-note" readonly' in html
    assert "Bekymringsnotat – mulig menneskehandel" in html
    assert 'href="/rettigheter/sjekk/"' in html
    assert 'href="/hjelp/?need=helpline"' in html
    assert "Usikker" in html  # uncertainty is shown
    assert 'id="print-note"' in html


def test_full_flow_en_child(client):
    context = {"age": "maybe_under_18", "ongoing": "unknown", "acute_danger": "unknown"}
    response, html, steps = walk(
        client, "en", context, lambda i: "yes" if i == "child_sex_exchange" else "unknown"
    )
    assert 'lang="en"' in html
    assert "Concern note – possible human trafficking" in html
    assert engine.text("duty.opplysningsplikt.applies", "en") in html
    assert 'href="/en/hjelp/?need=child_welfare&amp;group=child&amp;open=24-7"' in html
    # "Give information to the person" pre-selects the leaflet for a child.
    assert 'href="/info/brosjyre/?situasjon=barn"' in html and "Give information to the person" in html
    # Indicator texts in English were shown on the way.
    assert engine.default_rules().by_id["child_sex_exchange"].text["en"] in html


def test_flow_in_nynorsk_uses_nynorsk_indicator_texts(client):
    response, html = post(client, URL["nn"], {"step": "context", "nav": "next", "age": "adult"})
    assert engine.default_rules().by_id["companion_speaks"].text["nn"] in html


def test_forms_filter_questions(client):
    response, html = post(
        client, URL["nb"], {"step": "context", "nav": "next", "age": "adult", "forms": "organ_removal"}
    )
    # the work step for organ removal only shows organ-related and general signs
    data = dict(hidden_fields(html))
    response, html = post(client, URL["nb"], {**data, "step": "control", "nav": "next"})
    assert "a_organ_pressure" in html
    assert "a_domestic_servitude" not in html


def test_back_button_keeps_answers(client):
    fields = {"step": "contact", "nav": "back", "age": "adult", "a_companion_speaks": "yes"}
    response, html = post(client, URL["nb"], fields)
    assert 'name="step" value="context"' in html
    assert ("a_companion_speaks", "yes") in hidden_fields(html)
    assert 'id="age-adult" value="adult" checked' in html


def test_back_from_result(client):
    response, html = post(client, URL["nb"], {"step": "result", "nav": "back", "age": "adult"})
    assert 'name="step" value="recruitment"' in html


def test_context_step_requires_age(client):
    response, html = post(client, URL["nb"], {"step": "context", "nav": "next"})
    assert 'name="step" value="context"' in html
    assert "Svar på om personen kan være under 18 år." in html
    assert 'aria-invalid="true"' in html


@pytest.mark.parametrize(
    "fields",
    [
        {"step": "contact", "nav": "next", "a_not_an_indicator": "yes"},
        {"step": "contact", "nav": "next", "a_companion_speaks": "maybe"},
        {"step": "contact", "nav": "next", "a_companion_speaks": ["yes", "no"]},
        {"step": "nowhere", "nav": "next"},
        {"step": "contact", "nav": "sideways"},
        {"step": "contact", "nav": "next", "age": "ancient"},
        {"step": "contact", "nav": "next", "forms": "piracy"},
        {"step": "contact", "nav": "next", "ongoing": ["yes", "no"]},
        {"nav": "next"},
    ],
)
def test_tampered_input_gives_400(client, fields):
    response = client.post(URL["nb"], fields)
    assert response.status_code == 400
    assert "Vi kunne ikke lese skjemaet" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_other_methods_are_refused(client):
    assert client.put(URL["nb"]).status_code == 405


def test_result_has_caveats_and_sources(client):
    response, html = post(
        client, URL["nb"], {"step": "recruitment", "nav": "next", "age": "adult", "a_no_id_control": "yes"}
    )
    assert 'name="step" value="result"' in html
    assert engine.text("caveat.not_a_verdict", "nb") in html
    assert engine.ILO_URL in html
    assert "https://menneskertilsalgs.no/avdekking/tegn-og-indikatorer/helseindikatorer/" in html
