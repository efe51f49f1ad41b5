import pytest

pytestmark = pytest.mark.django_db


def test_catalogue_api_filters_and_validates(competence_demo, client):
    data = client.get("/api/v1/competence/catalogue", {"level": "arbeidsplass"}).json()
    assert [o["title"] for o in data] == ["Opplæring på legevakten: når noe skurrer"]
    bad = client.get("/api/v1/competence/catalogue", {"level": "tull"})
    assert bad.status_code == 400 and bad.json()["problems"]


def test_results_api_hides_small_groups(competence_demo, client):
    data = client.get(
        "/api/v1/competence/surveys/kompetansebehov-menneskehandel/results", {"round": "2026"}
    ).json()
    assert data["round"] == "2026"
    for question in data["questions"]:
        for group in question["groups"]:
            assert group["respondents"] is None or group["respondents"] >= 5
            if group["respondents"] is None:
                assert all(v is None for v in group["values"])
        finnmark = [g for g in question["groups"] if g["group"] == "Finnmark"]
        assert finnmark[0]["respondents"] is None
    missing = client.get("/api/v1/competence/surveys/finnes-ikke/results")
    assert missing.status_code == 404
    assert missing.json() == {"error": "Fant ikke det du ba om. Sjekk adressen.", "problems": []}
    assert (
        client.get(
            "/api/v1/competence/surveys/kompetansebehov-menneskehandel/results", {"round": "1900"}
        ).status_code
        == 404
    )


def test_gaps_api(competence_demo, client):
    rows = client.get("/api/v1/competence/gaps").json()
    assert rows and all(r["need"] is None or r["need"] == 0 or r["need"] >= 5 for r in rows)
