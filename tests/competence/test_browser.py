"""In a real browser: answer a survey by link, read the suppressed results with chart and table,
download the CSV, and check every public page type of the capability with axe."""

from pathlib import Path

import pytest

from tests.browser import assert_no_axe_violations

pytestmark = pytest.mark.browser


def test_respondent_answers_by_link_and_results_show_suppression(
    course_live_site, browser_page_nojs, browser_page
):
    page = browser_page_nojs  # the survey must work without JavaScript
    page.goto(course_live_site.url + "/kurs/kartlegging/legevakt-oslo-2026/")
    assert_no_axe_violations(page)
    for fieldset in page.locator("fieldset").all():
        fieldset.locator("input").first.check()
    for number in page.locator("input[type=number]").all():
        number.fill("1")
    page.click("button[type=submit]")
    page.wait_for_url("**/kurs/kartlegging/takk/")
    assert page.locator("h1").inner_text() == "Takk for svaret"
    assert_no_axe_violations(page)

    page = browser_page
    page.goto(course_live_site.url + "/kurs/resultater/kompetansebehov-menneskehandel/")
    finnmark = page.locator("#respondents tr", has=page.locator("th", has_text="Finnmark"))
    assert "skjult" in finnmark.inner_text()
    first_figure = page.locator("figure").first
    assert first_figure.locator("svg[role=img] title").count() == 1
    assert page.locator("section table").first.locator("tbody tr").count() >= 3
    assert_no_axe_violations(page)
    with page.expect_download() as info:
        page.get_by_role("link", name="Last ned CSV").click()
    download = info.value
    assert download.suggested_filename == "kompetansebehov-menneskehandel-2026.csv"
    content = Path(download.path()).read_text(encoding="utf-8-sig")
    assert content.startswith("Runde;Spørsmål;Gruppe") and "Finnmark" in content

    page.goto(
        course_live_site.url + "/kurs/resultater/kompetansebehov-menneskehandel/?runde=2026&sammenlign=2025"
    )
    assert page.get_by_role("heading", name="Sammenligning: 2025 og 2026").is_visible()
    assert_no_axe_violations(page)


def test_catalogue_gap_and_teaching_pages_have_no_axe_violations(course_live_site, browser_page_nojs):
    page = browser_page_nojs
    page.goto(course_live_site.url + "/kurs/katalog/")
    page.select_option("#id_level", "arbeidsplass")
    page.click("form[role=search] button[type=submit]")
    assert "level=arbeidsplass" in page.url
    assert page.locator(".v-comp__cards > li").count() == 1
    assert_no_axe_violations(page)
    for path in [
        "/kurs/katalog/behov/",
        "/kurs/undervisning/",
        "/kurs/undervisning/grunnutdanning-menneskehandel/",
        "/kurs/resultater/",
        "/kurs/kartlegging/apen-2026/",
        "/en/kurs/katalog/",
    ]:
        page.goto(course_live_site.url + path)
        assert_no_axe_violations(page)


def test_error_and_message_pages_have_no_axe_violations(course_live_site, browser_page_nojs):
    """The pages a respondent meets when something is wrong: a form with errors, an unknown link, a
    link without its personal key, a used key, and the nynorsk survey."""
    page = browser_page_nojs
    page.goto(course_live_site.url + "/kurs/kartlegging/apen-2026/")
    page.click("button[type=submit]")  # nothing answered
    assert page.locator(".ds-error-summary, [role=alert]").first.is_visible()
    assert_no_axe_violations(page)
    for path, heading in [
        ("/kurs/kartlegging/finnes-ikke/", "Lenken finnes ikke"),
        ("/kurs/kartlegging/apen-2026/ugyldig-nokkel/", "Ugyldig lenke"),
        ("/nn/kurs/kartlegging/apen-2026/", None),
    ]:
        page.goto(course_live_site.url + path)
        if heading:
            assert page.locator("h1").inner_text() == heading
        assert_no_axe_violations(page)
