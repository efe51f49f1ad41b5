"""The issue's "Done when" walk-through in a real browser, with axe checks on the workspace pages."""

import re

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.core import mail

from tests.browser import assert_no_axe_violations
from tests.conftest import _new_page
from tests.workspace.browser_steps import sign_in, totp_code
from varde.workspace.models import GuidelineProposal, Meeting, Membership, Organisation, Post, ReportRun

VALID_FNR = "01010750160"
PASSWORD = "et-langt-passord-for-test"


@pytest.mark.browser
def test_network_workspace_done_when(transactional_db, live_server, browser_page, _browser, settings):
    from varde.core.demo import load_demo_content

    load_demo_content(capabilities=False)  # site chrome and pages to tie a proposal to
    base = live_server.url
    # The test database holds the demo (organisations, meetings): look objects up by what this test made.
    Organisation.objects.get_or_create(name="RVTS Midt", defaults={"kind": "rvts"})
    secretariat, _ = Organisation.objects.get_or_create(
        name="Helsedirektoratet", defaults={"kind": "directorate"}
    )
    coordinator = get_user_model().objects.create_user(
        "koordinator@example.invalid", "koordinator@example.invalid", PASSWORD, first_name="Koordinator"
    )
    Membership.objects.create(user=coordinator, organisation=secretariat, role="coordinator")
    coordinator_secret = generate_totp_secret()
    TOTP.activate(coordinator, coordinator_secret)

    # The coordinator signs in with password and TOTP, and invites a member.
    page = browser_page
    page.goto(f"{base}/konto/login/")
    assert_no_axe_violations(page)
    sign_in(page, base, "koordinator@example.invalid", coordinator_secret, password=PASSWORD, check_axe=True)
    assert_no_axe_violations(page)
    page.goto(f"{base}/nettverket/arbeidsrom/medlemmer/inviter/")
    page.fill("#id_first_name", "Mina")
    page.fill("#id_last_name", "Medlem")
    page.fill("#id_email", "mina@example.invalid")
    page.select_option("#id_organisation", label="RVTS Midt")
    page.click(".ws-main button[type=submit]")
    page.get_by_text("Invitasjonen er sendt").first.wait_for()
    link = re.search(r"(http://\S+/invitasjon/\S+/)", mail.outbox[-1].body).group(1)

    # The member sets a password and TOTP in her own browser, and reaches the workspace.
    context, member = _new_page(_browser, javascript=True)
    try:
        member.goto(link.replace("http://testserver", base))
        assert_no_axe_violations(member)
        member.fill("#id_password1", "mitt-eget-lange-passord")
        member.fill("#id_password2", "mitt-eget-lange-passord")
        member.click("button[type=submit]")
        member.wait_for_url(re.compile(r".*/konto/2fa/totp/activate/"))
        assert_no_axe_violations(member)
        secret = member.input_value("#authenticator_secret")
        member.fill("input[name=code]", totp_code(secret))
        member.click("form button[type=submit]")
        member.wait_for_url(re.compile(r".*/konto/2fa/recovery-codes/"))
        member.goto(f"{base}/nettverket/arbeidsrom/")
        member.get_by_role("heading", name="Nettverkets arbeidsrom").wait_for()

        # She posts an experience; the guard blocks a valid fødselsnummer and keeps her text.
        member.goto(f"{base}/nettverket/arbeidsrom/erfaringer/ny/")
        member.check("input[name=kind][value=experience]")
        member.fill("#id_title", "Tolk på legevakten")
        member.fill("#id_body", f"Pasienten ({VALID_FNR}) kom med en ledsager som ville tolke.")
        member.click(".ws-main button[type=submit]")
        member.get_by_text("Teksten inneholder et fødselsnummer").first.wait_for()
        assert "ledsager som ville tolke" in member.input_value("#id_body")
        assert not Post.objects.filter(title="Tolk på legevakten").exists()
        assert_no_axe_violations(member)
        member.fill(
            "#id_body", "Pasienten kom med en ledsager som ville tolke. Vi bestilte kvalifisert tolk."
        )
        member.click(".ws-main button[type=submit]")
        member.wait_for_url(re.compile(r".*/erfaringer/\d+/$"))
        assert_no_axe_violations(member)
        assert Post.objects.get(title="Tolk på legevakten").author.email == "mina@example.invalid"

        # She proposes a change to a guide page.
        member.goto(f"{base}/nettverket/arbeidsrom/endringsforslag/nytt/")
        member.fill("#id_title", "Tydeligere råd om tolk")
        member.select_option("#id_page", index=1)
        member.fill("#id_rationale", "Medlemmene ser at ledsagere tolker.")
        member.click(".ws-main button[type=submit]")
        member.wait_for_url(re.compile(r".*/endringsforslag/\d+/$"))
    finally:
        context.close()

    # The coordinator records a meeting with minutes and approves them.
    page.goto(f"{base}/nettverket/arbeidsrom/moter/nytt/")
    page.fill("#id_title", "Nettverksmøte desember")
    page.fill("#id_starts_at", "2026-12-01T10:00")
    page.fill("#id_ends_at", "2026-12-01T15:00")
    page.fill("#id_place", "Oslo")
    page.click(".ws-main button[type=submit]")
    page.wait_for_url(re.compile(r".*/moter/\d+/$"))
    assert_no_axe_violations(page)
    page.click("text=Skriv eller endre referatet")
    page.fill("#id_minutes", "Medlemmene delte erfaringer om tolk og om tilpasset bosted.")
    page.click("button[name=submit]")
    page.click("text=Godkjenn referatet")
    page.get_by_text("Godkjent", exact=True).first.wait_for()
    assert Meeting.objects.get(title="Nettverksmøte desember").minutes_status == "approved"

    # The proposal moves to implemented, linked to a page revision.
    proposal = GuidelineProposal.objects.get(title="Tydeligere råd om tolk")
    for status in ("assessment", "accepted"):
        page.goto(f"{base}/nettverket/arbeidsrom/endringsforslag/{proposal.pk}/")
        page.select_option("#id_status-status", status)
        page.click("text=Lagre status")
    page.goto(f"{base}/nettverket/arbeidsrom/endringsforslag/{proposal.pk}/")
    page.select_option("#id_status-status", "implemented")
    page.select_option("#id_status-revision", index=1)
    page.click("text=Lagre status")
    page.locator("#forslag-status", has_text="Gjennomført").wait_for()
    assert_no_axe_violations(page)
    assert GuidelineProposal.objects.get(pk=proposal.pk).status == "implemented"

    # The period report is generated in the background and the PDF downloads.
    page.goto(f"{base}/nettverket/arbeidsrom/rapport/")
    page.fill("#id_period_start", "2021-01-01")
    page.fill("#id_period_end", "2026-12-31")
    page.click(".ws-main button[type=submit]")
    page.wait_for_url(re.compile(r".*/rapport/\d+/$"))
    page.locator("#rapport-status", has_text="Ferdig").wait_for()
    assert_no_axe_violations(page)
    with page.expect_download() as download_info:
        page.click("#last-ned-pdf")
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(4) == b"%PDF"
    assert ReportRun.objects.get(pk=int(re.search(r"/rapport/(\d+)/", page.url).group(1))).status == "done"
