"""In a real browser: a learner takes the whole course, passes every quiz, downloads the certificate,
and the public verification page confirms its code; an editor downloads the course as SCORM 1.2 and
its manifest is valid against the official schemas. axe on every page type of the capability."""

import re
import uuid
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from tests.browser import assert_no_axe_violations
from tests.learning.scorm_schema import assert_valid_manifest
from varde.learning import selectors
from varde.learning.models import Certificate, CoursePage

pytestmark = pytest.mark.browser


def _answer_right(page, module):
    for q in selectors.quiz_questions(module):
        for i, answer in enumerate(q.answers):
            if answer.correct:
                page.check(f"#q-{q.id}-{i}")


def test_learner_completes_course_and_verifies_certificate(course_live_site, browser_page):
    page = browser_page
    course = CoursePage.objects.get(slug="menneskehandel-avdekke-hjelpe-henvise")
    page.goto(course_live_site.url + course.url)
    assert_no_axe_violations(page)
    modules = list(course.modules())
    for number, module in enumerate(modules):
        page.goto(course_live_site.url + module.url)
        if number == 0:
            assert_no_axe_violations(page)
            page.goto(course_live_site.url + module.lessons().first().url)
            assert_no_axe_violations(page)
            page.goto(course_live_site.url + module.url)
            # A wrong first try gives feedback and no pass.
            page.click("form button[type=submit]")
            assert "Du må svare på alle spørsmålene" in page.locator("#quiz-result").inner_text()
        _answer_right(page, module)
        page.click("form button[type=submit]")
        assert "Bestått." in page.locator("#quiz-result").inner_text()
        if number == 0:
            assert_no_axe_violations(page)
    page.get_by_role("link", name=re.compile("last ned kursbevis")).click()
    assert_no_axe_violations(page)
    page.fill("#id_name", "Kari Nordmann")
    with page.expect_download() as info:
        page.click("form button[type=submit]")
    download = info.value
    assert download.suggested_filename.startswith("kursbevis-")
    assert Path(download.path()).read_bytes()[:4] == b"%PDF"
    code = download.suggested_filename.removeprefix("kursbevis-").removesuffix(".pdf")
    assert Certificate.objects.filter(code=code).exists()

    page.goto(course_live_site.url + "/kurs/verifiser/")
    assert_no_axe_violations(page)
    page.fill("#id_kode", code)
    page.fill("#id_navn", "Kari Nordmann")
    page.click("form button[type=submit]")
    result = page.locator("#verify-result").inner_text()
    assert "Kursbeviset er gyldig" in result and "Navnet stemmer med kursbeviset" in result
    assert_no_axe_violations(page)

    # An editor exports the same course as SCORM 1.2 from the admin; the manifest is schema-valid.
    editor = get_user_model().objects.create_superuser(f"redaktor-{uuid.uuid4().hex[:8]}", password=None)
    client = Client()
    client.force_login(editor)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": course_live_site.url}]
    )
    page.set_viewport_size({"width": 1280, "height": 900})
    # The course's page listing in the admin (the edit view would also work, but it keeps an editing
    # session that the admin releases from the browser after the test has ended).
    page.goto(f"{course_live_site.url}/admin/pages/{course.pk}/")
    # The header's actions menu (its items are put into the page when it opens).
    page.locator("header [data-w-dropdown-target=toggle]").first.click()
    export = page.locator("[data-scorm-export]")
    with page.expect_download() as info:
        export.click()
    package = Path(info.value.path())
    assert info.value.suggested_filename == f"{course.slug}-scorm12.zip"
    with zipfile.ZipFile(package) as archive:
        assert_valid_manifest(archive.read("imsmanifest.xml"))
        assert {"imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd"} <= set(
            archive.namelist()
        )
        assert len([n for n in archive.namelist() if n.endswith("/index.html")]) == len(modules)


def test_progress_marks_survive_without_javascript(course_live_site, browser_page_nojs):
    page = browser_page_nojs
    course = CoursePage.objects.get(slug="menneskehandel-avdekke-hjelpe-henvise")
    module = course.modules().first()
    page.goto(course_live_site.url + module.url)
    _answer_right(page, module)
    page.click("form button[type=submit]")
    assert "Bestått." in page.locator("#quiz-result").inner_text()
    page.goto(course_live_site.url + course.url)
    assert page.locator(f"[data-module-id='{module.pk}'] [data-status]").is_visible()


def test_certificate_refused_and_bad_codes_have_no_axe_violations(course_live_site, browser_page_nojs):
    """A learner who has not passed every module asks for the certificate; a mistyped and an unknown
    code on the verification page."""
    page = browser_page_nojs
    course = CoursePage.objects.get(slug="menneskehandel-avdekke-hjelpe-henvise")
    response = page.goto(f"{course_live_site.url}/kurs/sertifikat/{course.pk}/")
    assert response.status == 403
    assert_no_axe_violations(page)
    for code, status in [("K" * 30, 400), ("ikke-en-kode", 404), ("AAAA-BBBB-CCCC", 404)]:
        response = page.goto(f"{course_live_site.url}/kurs/verifiser/?kode={code}")
        assert response.status == status
        assert_no_axe_violations(page)
    page.goto(f"{course_live_site.url}/en/kurs/verifiser/?kode=AAAA-BBBB-CCCC")
    assert_no_axe_violations(page)
