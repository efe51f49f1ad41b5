"""GET /api/v1/rights and /api/v1/rights/rules."""

import pytest

pytestmark = pytest.mark.django_db

URL = "/api/v1/rights"


def test_evaluates_status_age_and_date(client):
    response = client.get(URL, {"status": "unl", "age": "29", "date": "2025-07-01", "lang": "en"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    data = response.json()
    assert data["status"] == "unl" and data["age_band"] == "27+" and data["date"] == "2025-07-01"
    items = {i["entitlement"]: i for g in data["groups"] for i in g["items"]}
    assert items["abortion"]["rule_id"] == "H8-abortion-2025"
    assert items["abortion"]["basis"][0]["url"].startswith("https://lovdata.no/")
    assert items["abortion"]["sources"][0]["url"].startswith("https://")
    assert [d["id"] for d in data["duties"]][:1] == ["D1-confidentiality"]


def test_date_changes_the_answer(client):
    before = client.get(URL, {"status": "unl", "age": "29", "date": "2025-05-31"}).json()
    items = {i["entitlement"]: i for g in before["groups"] for i in g["items"]}
    assert items["abortion"]["rule_id"] == "H8-abortion-1975"


def test_derived_status_questions(client):
    data = client.get(URL, {"q_asylum": "yes", "under18": "true"}).json()
    assert data["status"] == "asy" and data["child"] is True
    assert data["duties"][0]["id"] == "D3-child-welfare"


def test_uncertain_rules_say_who_to_ask(client):
    data = client.get(URL, {"status": "ref", "age": "30", "lang": "en"}).json()
    items = {i["entitlement"]: i for g in data["groups"] for i in g["items"]}
    assert items["full_rights"]["display"].startswith("Uncertain – ask NAV")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"status": "martian"}, "status"),
        ({}, "status"),
        ({"status": "nor", "age": "x"}, "age"),
        ({"status": "nor", "date": "2025-02-30"}, "date"),
        ({"status": "nor", "employed": "perhaps"}, "employed"),
        ({"status": "nor", "acts": "moon"}, "acts"),
    ],
)
def test_bad_input_is_400(client, params, field):
    response = client.get(URL, params)
    assert response.status_code == 400
    body = response.json()
    assert body["field"] == field and body["error"]


def test_bad_language_is_400_through_validation_handler(client):
    response = client.get(URL, {"status": "nor", "lang": "de"})
    assert response.status_code == 400


def test_rules_endpoint(client):
    response = client.get(f"{URL}/rules")
    assert response.status_code == 200
    data = response.json()
    assert len(data["statuses"]) == 10 and len(data["entitlements"]) == 23
    assert all(rule["sources"] and rule["confidence"] in "VGU" for rule in data["rules"])
    assert any(rule["valid_from"] == "2025-06-01" for rule in data["rules"])
    assert {d["id"] for d in data["duties"]} >= {"D1-confidentiality", "D2-avert", "D3-child-welfare"}


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/rights" in paths and "/api/v1/rights/rules" in paths


def test_openapi_documents_every_value_the_engine_accepts(client):
    """The schema's enums are the engine's own: every documented value is accepted, and a value outside
    them gets the engine's 400 with the field named (so generated clients and schemathesis agree)."""
    parameters = {
        p["name"]: p["schema"] for p in client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/rights"]["get"]["parameters"]
    }  # fmt: skip
    enums = {
        name: schema["enum"] for name, schema in parameters.items() if "enum" in schema and name != "lang"
    }
    assert {"status", "acts", "eea_stay", "pregnant", "q_eea"} <= set(enums)
    for name, values in enums.items():
        # "unknown" asks for the status to be derived, so one question is answered beside it.
        base = (
            {"q_resident": "ja"}
            if name == "status"
            else {}
            if name == "eea_stay" or name.startswith("q_")
            else {"status": "nor"}
        )
        for value in values:
            response = client.get("/api/v1/rights", {**base, name: value})
            assert response.status_code == 200, (name, value, response.json())
        wrong = client.get("/api/v1/rights", {**base, name: "kanskje"})
        assert wrong.status_code == 400 and wrong.json()["field"] == name
    assert parameters["date"]["format"] == "date" and parameters["age"]["pattern"] == r"^[0-9]{1,3}$"
