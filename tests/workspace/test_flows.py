"""End-to-end flows through views and services (Django test client)."""

import datetime as dt
import re

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from varde.workspace.models import (
    AuditEvent,
    BestPractice,
    GuidelineProposal,
    Invitation,
    Meeting,
    Membership,
    Post,
    ReportRun,
    Role,
)

VALID_FNR = "01010750160"


def totp_now(secret: str) -> str:
    import time

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.mark.django_db(transaction=True)  # allauth marks the second factor in an on_commit hook
def test_invitation_password_and_totp(
    client, coordinator, sign_in, organisation, django_capture_on_commit_callbacks
):
    sign_in(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("workspace:member_invite"),
            {
                "first_name": "Kari",
                "last_name": "Test",
                "email": "Kari@Example.invalid",
                "organisation": organisation.pk,
                "role": "member",
            },
        )
    assert response.status_code == 200
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/\S+)", mail.outbox[0].body).group(1)
    client.logout()

    response = client.post(link, {"password1": "kort", "password2": "annet"})
    assert response.status_code == 400
    assert "Passordene er ikke like" in response.content.decode()
    response = client.post(
        link, {"password1": "en-lang-og-god-frase-2026", "password2": "en-lang-og-god-frase-2026"}
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
    membership = Membership.objects.get(user__email="kari@example.invalid")
    assert membership.role == Role.MEMBER
    # Without TOTP the workspace stays closed.
    assert client.get(reverse("workspace:home"))["Location"].startswith(reverse("mfa_activate_totp"))
    client.get(reverse("mfa_activate_totp"))
    secret = client.session["mfa.totp.secret"]
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_now(secret)})
    assert response.status_code == 302
    assert client.get(reverse("workspace:home")).status_code == 200
    # The link works once.
    assert client.get(link).status_code == 404
    assert Invitation.objects.get().accepted_at is not None


def test_sign_in_requires_totp_code(client, make_member):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import decrypt

    user = make_member(Role.MEMBER, email="login@example.invalid")
    secret = decrypt(Authenticator.objects.get(user=user).data["secret"])
    response = client.post(
        reverse("account_login"), {"login": "login@example.invalid", "password": "a-long-test-password"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get(reverse("workspace:home")).status_code == 302  # not signed in yet
    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 400  # a wrong code is refused (varde.workspace.middleware)
    response = client.post(reverse("mfa_authenticate"), {"code": totp_now(secret)})
    assert response.status_code == 302
    assert client.get(reverse("workspace:home")).status_code == 200
    assert AuditEvent.objects.filter(actor=user, action="login").exists()


def test_lockout_after_repeated_failures(client, make_member, settings):
    make_member(Role.MEMBER, email="lock@example.invalid")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            reverse("account_login"), {"login": "LOCK@example.invalid", "password": "wrong-password-1"}
        )
        assert (response.status_code == 400) == (attempt < settings.AXES_FAILURE_LIMIT - 1)
    assert response.status_code == 429
    assert "midlertidig sperret" in response.content.decode()
    # Even the right password does not get through now (axes, and allauth's own rate limit behind it).
    response = client.post(
        reverse("account_login"), {"login": "lock@example.invalid", "password": "a-long-test-password"}
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert reverse("mfa_authenticate") not in response.get("Location", "")
    assert AuditEvent.objects.filter(action="login_failed").count() >= settings.AXES_FAILURE_LIMIT


def test_lockout_is_per_client_behind_nginx_not_for_everyone(client, make_member, settings):
    """Behind nginx every request comes from 127.0.0.1. django-axes' one-hour lockout must hold the
    guesser's own address (from X-Forwarded-For, through the trusted proxy), not every address."""
    from django.core.cache import cache

    make_member(Role.MEMBER, email="shared@example.invalid")
    url = reverse("account_login")
    guesser = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.66"}
    member = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.10"}
    right = {"login": "shared@example.invalid", "password": "a-long-test-password"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(url, {**right, "password": "wrong-password-1"}, **guesser)
    assert response.status_code == 429
    # allauth also holds the account itself for 5 minutes after 5 failures, from anywhere (its
    # "login_failed" limit, in the cache); let that window pass. axes' lockout is in the database.
    cache.clear()
    assert client.post(url, right, **guesser).status_code == 429  # the guesser's address stays locked
    response = client.post(url, right, **member)
    assert response.status_code == 302  # the member, elsewhere, goes on to the second factor
    assert "midlertidig sperret" not in response.content.decode()


def test_login_page_renders(client, db):
    response = client.get(reverse("account_login"))
    assert response.status_code == 200
    assert "Logg inn i nettverkets arbeidsrom" in response.content.decode()


def test_guard_blocks_fodselsnummer_and_keeps_the_text(client, make_member, sign_in):
    sign_in(make_member(Role.MEMBER, email="writer@example.invalid"))
    body = f"Pasienten med fødselsnummer {VALID_FNR} kom til legevakten."
    response = client.post(
        reverse("workspace:post_create"), {"kind": "experience", "title": "Legevakt", "body": body}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "fødselsnummer (01•" in html and "Fjern det før du lagrer" in html
    assert "Pasienten med fødselsnummer" in html  # nothing typed is lost
    assert not Post.objects.exists()


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("ring 412 34 567", "telefonnummer"),
        ("skriv til a.b@example.no", "e-postadresse"),
        ("D-nr 41010710012", "D-nummer"),
    ],
)
def test_guard_blocks_other_personal_data(client, make_member, sign_in, text, what):
    from varde.workspace.engine import classify_eleven_digits

    if "D-nr" in text:
        assert classify_eleven_digits("41010710012") == "dnr"
    sign_in(make_member(Role.MEMBER, email="w2@example.invalid"))
    response = client.post(
        reverse("workspace:post_create"), {"kind": "question", "title": "Spørsmål", "body": text}
    )
    assert what in response.content.decode()
    assert not Post.objects.exists()


def test_name_warning_needs_confirmation(client, make_member, sign_in):
    sign_in(make_member(Role.MEMBER, email="w3@example.invalid"))
    data = {
        "kind": "case",
        "title": "Sak",
        "body": "Vi møtte Maria Popescu på legevakten.",
        "exploitation_forms": ["labour"],
    }
    response = client.post(reverse("workspace:post_create"), data)
    assert response.status_code == 400
    assert "Maria Popescu" in response.content.decode()
    assert not Post.objects.exists()
    response = client.post(reverse("workspace:post_create"), {**data, "confirm_no_names": "on"})
    assert response.status_code == 302
    post = Post.objects.get()
    assert post.exploitation_forms == ["labour"]
    # Filter by form of exploitation and comment.
    assert post.title.encode() in client.get(reverse("workspace:posts") + "?utnytting=labour").content
    assert post.title.encode() not in client.get(reverse("workspace:posts") + "?utnytting=sexual").content
    response = client.post(
        reverse("workspace:post_detail", kwargs={"pk": post.pk}), {"body": f"Mitt nummer er {VALID_FNR}"}
    )
    assert response.status_code == 400 and not post.comments.exists()
    client.post(reverse("workspace:post_detail", kwargs={"pk": post.pk}), {"body": "Takk for at du delte."})
    assert post.comments.count() == 1


def test_meeting_with_minutes_and_actions(
    client, coordinator, make_member, sign_in, django_capture_on_commit_callbacks
):
    member = make_member(Role.MEMBER, email="m@example.invalid")
    sign_in(coordinator)
    bad = client.post(
        reverse("workspace:meeting_create"),
        {"title": "Møte", "starts_at": "2026-03-01T10:00", "ends_at": "2026-03-01T09:00"},
    )
    assert bad.status_code == 400 and "slutte etter" in bad.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("workspace:meeting_create"),
            {
                "title": "Nettverksmøte mars",
                "starts_at": "2026-03-01T10:00",
                "ends_at": "2026-03-01T15:00",
                "video_url": "https://video.example/rom",
            },
        )
    meeting = Meeting.objects.get(title="Nettverksmøte mars")
    assert response["Location"] == reverse("workspace:meeting_detail", kwargs={"pk": meeting.pk})
    assert {m.to[0] for m in mail.outbox} == {"coordinator@example.invalid", "m@example.invalid"}
    url = reverse("workspace:meeting_detail", kwargs={"pk": meeting.pk})
    client.post(
        url, {"part": "agenda", "agenda-title": "Oppdatering fra direktoratet", "agenda-kind": "update"}
    )
    bad_doc = client.post(
        url, {"part": "document", "doc-title": "Skript", "doc-file": SimpleUploadedFile("x.exe", b"MZ")}
    )
    assert "Filtypen er ikke tillatt" in bad_doc.content.decode()
    client.post(
        url,
        {
            "part": "document",
            "doc-title": "Lysark",
            "doc-file": SimpleUploadedFile("lysark.pdf", b"%PDF-1.4"),
        },
    )
    client.post(url, {"part": "attendance", "att-attended": [member.workspace_membership.pk]})
    client.post(
        url,
        {
            "part": "action",
            "action-title": "Sende innspill",
            "action-owner": member.workspace_membership.pk,
            "action-due_date": "2026-04-01",
        },
    )
    assert client.post(url, {"part": "nonsense"}).status_code == 400
    meeting.refresh_from_db()
    assert (
        meeting.agenda_items.count() == 1 and meeting.documents.count() == 1 and meeting.actions.count() == 1
    )
    assert meeting.attendance.get(membership=member.workspace_membership).status == "attended"
    doc = meeting.documents.get()
    download = client.get(reverse("workspace:meeting_document", kwargs={"pk": meeting.pk, "doc_pk": doc.pk}))
    assert b"".join(download.streaming_content) == b"%PDF-1.4"

    minutes_url = reverse("workspace:meeting_minutes", kwargs={"pk": meeting.pk})
    client.post(minutes_url, {"minutes": "Utkast", "draft": "1"})
    meeting.refresh_from_db()
    assert meeting.minutes_status == "draft"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(minutes_url, {"minutes": "Ferdig referat.", "submit": "1"})
    assert [m.to[0] for m in mail.outbox] == ["coordinator@example.invalid"]
    client.post(reverse("workspace:meeting_minutes_approve", kwargs={"pk": meeting.pk}))
    meeting.refresh_from_db()
    assert meeting.minutes_status == "approved" and meeting.minutes_approved_by == coordinator
    # Approved minutes are locked; approving twice is a clear 409.
    assert client.post(minutes_url, {"minutes": "Endret", "submit": "1"}).status_code == 302
    meeting.refresh_from_db()
    assert meeting.minutes == "Ferdig referat."
    assert (
        client.post(reverse("workspace:meeting_minutes_approve", kwargs={"pk": meeting.pk})).status_code
        == 409
    )

    ics = client.get(reverse("workspace:meeting_ical", kwargs={"pk": meeting.pk}))
    assert ics["Content-Type"].startswith("text/calendar") and b"SUMMARY:Nettverksm" in ics.content
    listing = client.get(reverse("workspace:meetings") + "?fra=2026&til=2026").content.decode()
    assert "Nettverksmøte mars" in listing and "Oppdatering fra direktoratet" in listing
    assert (
        "Nettverksmøte mars" not in client.get(reverse("workspace:meetings") + "?til=2025").content.decode()
    )


def test_best_practice_flow_by_role(client, coordinator, make_member, sign_in):
    practice = BestPractice.objects.create(title="Tolk", description="Bruk kvalifisert tolk.")
    url = reverse("workspace:practice_detail", kwargs={"pk": practice.pk})
    sign_in(make_member(Role.MEMBER, email="pm@example.invalid"))
    assert client.post(url, {"status": "reviewed"}).status_code == 403
    sign_in(make_member(Role.EDITOR, email="pe@example.invalid"))
    assert client.post(url, {"status": "reviewed"}).status_code == 302
    response = client.post(url, {"status": "recommended"})
    assert response.status_code == 400 and "koordinator" in response.content.decode()
    sign_in(coordinator)
    assert client.post(url, {"status": "recommended"}).status_code == 302
    practice.refresh_from_db()
    assert practice.status == "recommended"
    assert client.post(url, {"status": "proposed"}).status_code == 400


@pytest.fixture
def guide_page(db):
    root = Page.get_first_root_node()
    page = root.add_child(instance=Page(title="Ofre for menneskehandel", slug="veileder-test"))
    revision = page.save_revision()
    revision.publish()
    return page


def test_proposal_moves_to_implemented(
    client, coordinator, make_member, sign_in, guide_page, django_capture_on_commit_callbacks
):
    member = make_member(Role.MEMBER, email="prop@example.invalid")
    sign_in(member)
    missing = client.post(reverse("workspace:proposal_create"), {"title": "Tolk", "rationale": "Fordi"})
    assert missing.status_code == 400 and not GuidelineProposal.objects.exists()
    client.post(
        reverse("workspace:proposal_create"),
        {
            "title": "Legg til tolk",
            "page": guide_page.pk,
            "section": "6.4",
            "rationale": "Tolk brukes for lite.",
            "sources": "https://example.org",
        },
    )
    proposal = GuidelineProposal.objects.get()
    assert list(proposal.followers.all()) == [member]
    url = reverse("workspace:proposal_detail", kwargs={"pk": proposal.pk})
    assert client.post(url, {"part": "status", "status-status": "assessment"}).status_code == 403
    client.post(url, {"part": "comment", "comment-body": "Enig, viktig."})
    assert proposal.comments.count() == 1

    sign_in(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"part": "status", "status-status": "assessment"})
    assert mail.outbox[-1].to == ["prop@example.invalid"]
    response = client.post(url, {"part": "status", "status-status": "rejected", "status-reason": ""})
    assert "hvorfor forslaget avslås" in response.content.decode()
    client.post(url, {"part": "status", "status-status": "accepted", "status-reason": "God idé."})
    response = client.post(url, {"part": "status", "status-status": "implemented"})
    assert "Velg sideversjonen" in response.content.decode()
    revision = guide_page.save_revision()
    client.post(url, {"part": "status", "status-status": "implemented", "status-revision": revision.pk})
    proposal.refresh_from_db()
    assert proposal.status == "implemented" and proposal.implemented_revision == revision


def test_period_report_html_and_pdf(client, coordinator, sign_in, django_capture_on_commit_callbacks):
    Meeting.objects.create(
        title="Første møte",
        starts_at=dt.datetime(2022, 1, 27, 10, tzinfo=dt.UTC),
        ends_at=dt.datetime(2022, 1, 27, 15, tzinfo=dt.UTC),
        place="Digitalt",
    )
    sign_in(coordinator)
    bad = client.post(
        reverse("workspace:reports"), {"period_start": "2023-12-31", "period_end": "2021-01-01"}
    )
    assert bad.status_code == 400 and "etter startdatoen" in bad.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("workspace:reports"), {"period_start": "2021-01-01", "period_end": "2023-12-31"}
        )
    run = ReportRun.objects.get()
    assert response["Location"] == reverse("workspace:report_detail", kwargs={"pk": run.pk})
    assert run.status == "done" and run.progress == 100
    page = client.get(response["Location"]).content.decode()
    assert "Første møte" in page and "Mandat" in page
    pdf = client.get(reverse("workspace:report_pdf", kwargs={"pk": run.pk}))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_weekly_digest_goes_to_those_who_asked(make_member, coordinator):
    wants = make_member(Role.MEMBER, email="digest@example.invalid")
    Membership.objects.filter(user=wants).update(weekly_digest=True)
    Post.objects.create(kind="experience", title="Nytt innlegg", body="x", author=coordinator)
    call_command("workspace_weekly_digest")
    assert [m.to for m in mail.outbox] == [["digest@example.invalid"]]
    assert "Nytt innlegg" in mail.outbox[0].body


def test_settings_toggle_digest(client, make_member, sign_in):
    user = make_member(Role.OBSERVER, email="o@example.invalid")
    sign_in(user)
    client.post(reverse("workspace:settings"), {"weekly_digest": "on"})
    assert Membership.objects.get(user=user).weekly_digest


def test_workspace_invite_command(db, capsys):
    call_command("workspace_invite", "first@example.invalid", "--first-name", "Første")
    assert capsys.readouterr().out.startswith("/nettverket/arbeidsrom/invitasjon/")


def test_demo_loader_is_idempotent(db):
    from django.apps import apps

    config = apps.get_app_config("workspace")
    config.load_demo(None)
    config.load_demo(None)
    assert Meeting.objects.count() == 2 and BestPractice.objects.filter(status="recommended").count() == 1


def test_period_report_summarises_the_competence_mapping(demo_site):
    from django.template.loader import render_to_string

    from varde.competence.models import SurveyRound
    from varde.workspace.tasks import report_context

    held = SurveyRound.objects.filter(name__in=["2025", "2026"]).select_related("survey")
    assert held.exists(), "the competence demo creates rounds 2025 and 2026"
    html = render_to_string(
        "workspace/report/body.html", report_context(start=dt.date(2025, 1, 1), end=dt.date(2026, 12, 31))
    )
    for round_ in held:
        assert f"{round_.survey.title}, {round_.name}" in html
    # A period without rounds says so instead of showing an empty section.
    empty = render_to_string(
        "workspace/report/body.html", report_context(start=dt.date(2019, 1, 1), end=dt.date(2019, 12, 31))
    )
    assert "Ingen kompetansekartlegging i perioden." in empty
