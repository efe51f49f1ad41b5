"""The identification API: GET indicators, POST assess, 400s, OpenAPI."""

import json

import pytest

from varde.identification import engine

pytestmark = pytest.mark.django_db

BASE = "/api/v1/identification"


def post(client, body):
    return client.post(f"{BASE}/assess", json.dumps(body), content_type="application/json")


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_indicators_in_each_language(client, lang):
    response = client.get(f"{BASE}/indicators", {"lang": lang})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    data = response.json()
    rules = engine.default_rules()
    assert data["version"] == rules.version
    assert len(data["indicators"]) == len(rules.indicators)
    first = data["indicators"][0]
    assert first["text"] == rules.indicators[0].text[lang]
    assert first["sources"][0].startswith("https://")
    assert data["uncertain_notes"]


def test_indicators_bad_lang_is_400(client):
    response = client.get(f"{BASE}/indicators", {"lang": "de"})
    assert response.status_code == 400


def test_assess_strong_adult(client):
    body = {
        "answers": {
            "housing_controlled": "yes",
            "serious_violence": "yes",
            "injuries_violence": "yes",
            "excessive_hours": "yes",
            "debt_bondage": "unknown",
        },
        "context": {"age": "adult", "forms": ["labour"], "ongoing": "yes", "acute_danger": "no"},
        "lang": "en",
    }
    response = post(client, body)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    data = response.json()
    assert data["level"] == "strong"
    assert data["level_text"] == "Strong signs – possible victim of trafficking"
    assert {d["id"]: d["status"] for d in data["duties"]}["avvergingsplikt"] == "applies"
    assert data["steps"][0]["id"] == "police_avert"
    assert [u["id"] for u in data["unknown"]] == ["debt_bondage"]
    assert "Concern note" in data["concern_note"]
    assert data["caveats"] and data["uncertain"]
    assert data["method"] == engine.ILO_URL


def test_assess_defaults_presume_minority(client):
    data = post(client, {"answers": {"distrust_help": "yes"}}).json()
    assert data["treated_as_child"] is True
    assert data["level"] == "some"
    assert data["elements_required"] == ["action", "purpose"]


def test_unknown_indicator_is_400_with_message(client):
    response = post(client, {"answers": {"made_up": "yes"}})
    assert response.status_code == 400
    assert "made_up" in response.json()["error"]


@pytest.mark.parametrize(
    "body",
    [
        {"answers": {"no_id_control": "maybe"}},
        {"answers": {}, "context": {"age": "old"}},
        {"answers": {}, "context": {"forms": ["piracy"]}},
        {"answers": {}, "lang": "de"},
        {"context": {}},
    ],
)
def test_validation_errors_are_400(client, body):
    response = post(client, body)
    assert response.status_code == 400
    assert response.json()["error"]


def test_malformed_json_is_400(client):
    response = client.post(f"{BASE}/assess", "{not json", content_type="application/json")
    assert response.status_code == 400


def test_openapi_documents_both_endpoints(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert f"{BASE}/indicators" in schema["paths"]
    assert f"{BASE}/assess" in schema["paths"]
    assert "400" in schema["paths"][f"{BASE}/assess"]["post"]["responses"]


def test_unparseable_body_gets_the_shared_error_shape(client):
    response = client.post("/api/v1/identification/assess", data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert set(response.json()) >= {"error"} and "detail" not in response.json()
