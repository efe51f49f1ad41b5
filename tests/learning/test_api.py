import pytest

from varde.learning import services

pytestmark = pytest.mark.django_db


def test_courses_and_certificate_api(course, client):
    data = client.get("/api/v1/learning/courses").json()
    assert data[0]["title"] == "Menneskehandel: avdekke, hjelpe, henvise"
    assert len(data[0]["modules"]) >= 6
    cert = services.certificate_issue(course=course, name="Kari")
    ok = client.get(f"/api/v1/learning/certificates/{cert.code}").json()
    assert ok["valid"] and ok["course"] == course.title and "name" not in ok
    assert client.get("/api/v1/learning/certificates/AAAA-BBBB-CCCC").status_code == 404
