import pytest
from django.contrib.auth import get_user_model

from varde.directory.models import ChangeSuggestion, Kommune, Service
from varde.directory.services import services_seed

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(settings):
    settings.VARDE_DIRECTORY_MIN_FORM_SECONDS = 0
    services_seed()
    local = Service.objects.create(
        name="Testkommunens barnevernvakt", slug="test-bvv", categories=["child_welfare"], groups=["child"],
        coverage="local", description_nb="Test.", is_24_7=True,
    )  # fmt: skip
    local.kommuner.set([Kommune.objects.get(number="5501")])
    local.save()  # ParentalManyToManyField is written on save
    return local


def test_seed_is_idempotent_and_never_invents_contacts(seeded):
    count = Service.objects.count()
    assert services_seed() == 0 and Service.objects.count() == count
    htso = Service.objects.get(slug="htso-nav-grunerlokka")
    assert htso.phone == "" and htso.uncertain
    assert Service.objects.get(slug="rosa").phone == "22 33 11 60"


def test_find_24_7_help_for_child_in_tromso_local_first(client, seeded):
    response = client.get("/hjelp/", {"group": "child", "place": "Tromsø", "open": "24-7"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Testkommunens barnevernvakt" in body and "Legevakt 116 117" in body
    assert body.index("Testkommunens barnevernvakt") < body.index("Legevakt 116 117")
    assert "ROSA" not in body  # adults only


def test_bad_filter_gives_400_with_message(client, seeded):
    response = client.get("/hjelp/", {"need": "pizza"})
    assert response.status_code == 400 and "pizza" in response.content.decode()
    response = client.get("/hjelp/", {"place": "Atlantis"})
    assert response.status_code == 400 and "Fant ikke stedet" in response.content.decode()


def test_unconfirmed_phone_shows_check_with_service(client, seeded):
    body = client.get("/hjelp/tjeneste/htso-nav-grunerlokka/").content.decode()
    assert "Sjekk med tjenesten" in body and "Usikre" not in body or "usikre" in body


def test_vcard(client, seeded):
    response = client.get("/hjelp/tjeneste/rosa/vcard/")
    assert response["Content-Type"].startswith("text/vcard")
    assert "TEL;TYPE=VOICE:22 33 11 60" in response.content.decode()


def test_suggestion_reaches_queue_and_honeypot_blocks(client, seeded):
    page = client.get("/hjelp/tjeneste/rosa/foresla-endring/")
    token = page.context["form"]["token"].value()
    bad = client.post(
        "/hjelp/tjeneste/rosa/foresla-endring/", {"message": "Ny tlf", "token": token, "website": "x"}
    )
    assert bad.status_code == 400 and ChangeSuggestion.objects.count() == 0
    assert "Ny tlf" in bad.content.decode()  # what was written is kept
    ok = client.post("/hjelp/tjeneste/rosa/foresla-endring/", {"message": "Ny tlf", "token": token})
    assert ok.status_code == 302 and ChangeSuggestion.objects.get().service.slug == "rosa"
    forged = client.post("/hjelp/tjeneste/rosa/foresla-endring/", {"message": "x", "token": "forged"})
    assert forged.status_code == 400


def test_api_list_csv_and_400(client, seeded):
    data = client.get("/api/v1/services/", {"need": "trauma_competence", "place": "Bergen"}).json()
    assert [r["slug"] for r in data["results"]] == ["rvts-vest"] + [
        r["slug"] for r in data["results"][1:]
    ] and data["results"][0]["match_level"] == "regional"
    assert client.get("/api/v1/services/", {"group": "baby"}).status_code == 400
    csv_response = client.get("/api/v1/services/export.csv", {"need": "police"})
    assert csv_response.status_code == 200 and "politi-112" in csv_response.content.decode()


def test_editor_marks_verified(client, seeded):
    user = get_user_model().objects.create_superuser("ed", "ed@example.invalid", "pw-long-enough-123")
    client.force_login(user)
    service = Service.objects.get(slug="rosa")
    assert service.is_stale
    assert client.get("/admin/directory/stale/").status_code == 200
    client.post(f"/admin/directory/verify/{service.pk}/")
    service.refresh_from_db()
    assert not service.is_stale and service.verified_by == "ed"
    assert service.revisions.count() >= 2
    assert client.get("/admin/snippets/directory/service/").status_code == 200
    edit = client.get(f"/admin/snippets/directory/service/edit/{service.pk}/")
    assert edit.status_code == 200 and 'type="checkbox" name="categories"' in edit.content.decode()
    assert client.get(f"/admin/snippets/directory/service/history/{service.pk}/").status_code == 200


def test_english_page_and_api_openapi(client, seeded):
    response = client.get("/en/hjelp/", {"need": "nonsense"})
    assert response.status_code == 400 and "Unknown value" in response.content.decode()
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/services/" in schema["paths"]


def test_suggestion_form_is_never_cached(client, seeded):
    response = client.get("/hjelp/tjeneste/rosa/foresla-endring/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_suggestions_are_limited_per_client_behind_the_proxy(client, seeded, settings):
    """Five suggestions an hour per reader: counted by the address nginx forwards, not nginx's own."""
    settings.VARDE_RATELIMIT_ENABLED = True
    url = "/hjelp/tjeneste/rosa/foresla-endring/"

    def send(reader: str, message: str):
        token = client.get(url).context["form"]["token"].value()
        return client.post(url, {"message": message, "token": token}, HTTP_X_FORWARDED_FOR=reader)

    for n in range(5):
        assert send("198.51.100.7", f"Forslag {n}").status_code == 302
    refused = send("198.51.100.7", "Forslag nummer seks")
    assert refused.status_code == 429
    body = refused.content.decode()
    assert "mange forslag" in body and "Forslag nummer seks" in body  # told why, and nothing lost
    assert send("203.0.113.9", "Fra en annen leser").status_code == 302  # another reader is not blocked
    assert ChangeSuggestion.objects.filter(message__startswith="Forslag").count() == 5


def test_rate_limit_switch_turns_the_suggestion_limit_off(client, seeded, settings):
    settings.VARDE_RATELIMIT_ENABLED = False
    url = "/hjelp/tjeneste/rosa/foresla-endring/"
    for n in range(7):
        token = client.get(url).context["form"]["token"].value()
        assert client.post(url, {"message": f"Uten grense {n}", "token": token}).status_code == 302
