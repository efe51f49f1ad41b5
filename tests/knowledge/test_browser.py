"""The knowledge portal in a real browser: axe on every page type in nb, nn and en, no-JS search,
and the editorial flow (write → review → publish → search → PDF)."""

import datetime
import re

import pytest

from tests.browser import assert_no_axe_violations

pytestmark = pytest.mark.browser

PAGES = [
    "/kunnskap/",
    "/nn/kunnskap/",
    "/en/kunnskap/",
    "/kunnskap/samtalen/",
    "/nn/kunnskap/samtalen/",
    "/en/kunnskap/samtalen/",
    "/sok/?q=tolk",
    "/nn/sok/?q=tolk",
    "/en/sok/?q=interpreter",
]


def test_knowledge_pages_have_no_axe_violations(live_site, browser_page):
    for path in PAGES:
        browser_page.goto(live_site.url + path)
        assert_no_axe_violations(browser_page)


def test_search_and_filters_work_without_javascript(live_site, browser_page_nojs):
    page = browser_page_nojs
    page.goto(live_site.url + "/kunnskap/")
    page.fill("#index-q", "menneskehandelsofre")
    page.click("form.v-search-inline button")
    page.wait_for_url("**/sok/?q=menneskehandelsofre")
    assert page.locator(".v-hit").count() > 0
    page.select_option("#filter-malgruppe", "barnevern")
    page.click("form.v-filters button")
    assert "malgruppe=barnevern" in page.url


def test_editor_writes_page_reviewer_approves_it_is_searchable_and_downloads(live_site, browser_page):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from varde.knowledge.demo import REVIEW_GROUP
    from varde.knowledge.models import GuidancePage, TopicIndexPage

    User = get_user_model()
    editor = User.objects.create_user("skribent", password="editor-passord-1", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    reviewer = User.objects.create_user("fagperson", password="reviewer-passord-1", is_staff=True)
    reviewer.groups.add(Group.objects.get(name=REVIEW_GROUP))
    index = TopicIndexPage.objects.get(slug="kunnskap", locale__language_code="nb")
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 900})
    # The site sends "Referrer-Policy: no-referrer", so Chromium posts forms with "Origin: null", which
    # Django's CSRF check refuses. Until the admin gets a same-origin policy, send the real origin.
    page.set_extra_http_headers({"Origin": live_site.url})

    def login(username, password):
        page.context.clear_cookies()
        page.goto(live_site.url + "/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")

    # The editor writes the page and submits it to professional review.
    login("skribent", "editor-passord-1")
    page.goto(live_site.url + f"/admin/pages/add/knowledge/guidancepage/{index.pk}/")
    page.fill("#id_title", "Vaksinasjon hos personer utsatt for menneskehandel")
    page.fill("#id_intro", "Zebrafinkvaksine er et oppdiktet ord som bare finnes på denne testsiden.")
    page.click("role=tab[name='Faglig ansvar']")
    page.fill("#id_owner_unit", "Testenheten for vaksiner")
    page.fill("#id_last_substantive_change", "2026-11-20")
    page.fill("#id_next_review", "2027-11-20")
    page.click("role=tab[name='Innhold']")
    page.click("text=Legg til kilder")
    page.locator("[data-chooser-action-choose]:visible").first.click()
    page.get_by_role("link", name=re.compile("^Generelle indikatorer")).first.click()
    page.click("[data-w-dropdown-target='toggle'] >> nth=-1")
    page.click("button[name='action-submit']")
    page.wait_for_url("**/admin/pages/*/")
    created = GuidancePage.objects.get(title__startswith="Vaksinasjon")
    assert not created.live and created.current_workflow_state is not None

    # The reviewer approves; the last step publishes.
    login("fagperson", "reviewer-passord-1")
    page.goto(live_site.url + f"/admin/pages/{created.pk}/edit/")
    page.click("[data-w-dropdown-target='toggle'] >> nth=-1")
    page.click("button:has-text('Godkjenn'), button:has-text('Approve') >> nth=0")
    created.refresh_from_db()
    if not created.live:  # an "approve with comment" dialog
        page.click(".modal button[type=submit]")
        created.refresh_from_db()
    assert created.live

    # The public page shows sources, owner and "Siste faglige endring"; it is found and downloads as PDF.
    page.context.clear_cookies()
    page.goto(live_site.url + created.url)
    body = page.locator("main").inner_text()
    assert "Testenheten for vaksiner" in body
    assert "Siste faglige endring" in body and "20. november 2026" in body
    assert "Generelle indikatorer" in page.locator(".v-sources").inner_text()
    page.goto(live_site.url + "/sok/?q=zebrafinkvaksine")
    assert "Vaksinasjon hos personer" in page.locator(".v-hits").inner_text()
    with page.expect_download() as download_info:
        page.goto(live_site.url + created.url)
        page.click("text=Last ned som PDF")
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    assert datetime.date.today()  # the flow ran to the end
