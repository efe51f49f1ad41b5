"""The course as pages: quizzes graded on the server, progress, certificate PDF, verification, SCORM."""

import io
import re
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.learning.test_engine import check_scorm_package
from varde.learning import selectors
from varde.learning.models import Certificate, Progress

pytestmark = pytest.mark.django_db


def right_answers(module):
    data = {}
    for q in selectors.quiz_questions(module):
        data[f"q-{q.id}"] = [str(i) for i, a in enumerate(q.answers) if a.correct]
    return data


def test_course_has_six_modules_with_lessons_and_quizzes(course, client):
    modules = list(course.modules())
    assert len(modules) >= 6
    for module in modules:
        assert module.lessons().count() >= 1
        assert len(selectors.quiz_questions(module)) >= 3
    page = client.get(course.url)
    assert page.status_code == 200
    assert "Hva er menneskehandel?" in page.content.decode()
    lesson = modules[0].lessons().first()
    assert client.get(lesson.url).status_code == 200


def test_quiz_is_graded_on_the_server_with_feedback(course, client):
    module = course.modules().first()
    questions = selectors.quiz_questions(module)
    wrong = {f"q-{q.id}": [str(next(i for i, a in enumerate(q.answers) if not a.correct))] for q in questions}
    response = client.post(module.url, wrong)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Ikke bestått ennå" in body and "Feil svar" in body
    assert not response.cookies.get(selectors.progress_cookie_name(course))
    incomplete = client.post(module.url, {})
    assert incomplete.status_code == 400
    assert "Du må svare på alle spørsmålene" in incomplete.content.decode()


def test_anonymous_learner_passes_all_gets_certificate_and_it_verifies(course, client):
    cert_url = reverse("learning:certificate", args=[course.pk])
    assert client.get(cert_url).status_code == 403
    for module in course.modules():
        response = client.post(module.url, right_answers(module))
        assert response.status_code == 200
        assert "Bestått." in response.content.decode()
    assert "Du har bestått alle modulene" in client.get(course.url).content.decode()
    assert client.get(cert_url).status_code == 200
    bad = client.post(cert_url, {"name": "12345"})
    assert bad.status_code == 400
    pdf = client.post(cert_url, {"name": "Kari  Nordmann"})
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    certificate = Certificate.objects.get()
    assert "Kari" not in certificate.name_hash and len(certificate.name_hash) == 64
    verify = reverse("learning:verify")
    ok = client.get(verify, {"kode": certificate.code.lower(), "navn": "kari nordmann"}).content.decode()
    assert "Kursbeviset er gyldig" in ok and "Navnet stemmer med kursbeviset" in ok
    assert (
        "Navnet stemmer ikke"
        in client.get(verify, {"kode": certificate.code, "navn": "Ola"}).content.decode()
    )
    assert client.get(verify, {"kode": "AAAA-BBBB-CCCC"}).status_code == 404
    assert client.get(verify, {"kode": ""}).status_code == 400


def test_forged_progress_cookie_is_ignored(course, client):
    ids = ",".join(str(m.pk) for m in course.modules())
    client.cookies[selectors.progress_cookie_name(course)] = ids
    assert client.get(reverse("learning:certificate", args=[course.pk])).status_code == 403


def test_signed_in_learner_progress_is_stored_on_the_server(course, client):
    user = get_user_model().objects.create_user("laerer", password="x" * 14)
    client.force_login(user)
    module = course.modules().first()
    client.post(module.url, right_answers(module))
    assert Progress.objects.get(user=user, module=module).passed
    client.cookies.clear()
    client.force_login(user)
    assert module.pk in selectors.passed_module_ids(request=_request(client, user), course=course)


def _request(client, user):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = user
    request.COOKIES = {}
    return request


def test_scorm_export_is_for_staff_and_validates(course, client):
    url = reverse("learning:scorm_export", args=[course.pk])
    assert client.get(url).status_code == 302
    staff = get_user_model().objects.create_user("stab", password="x" * 14, is_staff=True)
    client.force_login(staff)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    root = check_scorm_package(response.content)
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert len([n for n in names if re.match(r"module_\d+/index.html", n)]) == course.modules().count()
    assert root is not None


def test_course_edit_view_offers_the_scorm_export(course, client):
    editor = get_user_model().objects.create_superuser("redaktor", password="x" * 14)
    client.force_login(editor)
    url = reverse("learning:scorm_export", args=[course.pk])
    page = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert page.status_code == 200 and f'href="{url}"' in page.content.decode()
    module = course.modules().first()
    module_page = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))
    assert module_page.status_code == 200 and "/kurs/scorm/" not in module_page.content.decode()


def test_scorm_export_without_the_schema_files_still_works(course, client, settings, tmp_path):
    settings.VARDE_SCORM_SCHEMA_DIR = str(tmp_path)  # an empty folder: as without node_modules
    client.force_login(get_user_model().objects.create_user("stab2", password="x" * 14, is_staff=True))
    response = client.get(reverse("learning:scorm_export", args=[course.pk]))
    assert response.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert "imsmanifest.xml" in names and "imscp_rootv1p1p2.xsd" not in names


def test_demo_is_idempotent(course):
    from varde.learning.demo import load_demo

    assert load_demo(course.get_parent()).pk == course.pk
