"""Fixtures for the workspace: members in each role, signed in with a second factor."""

from __future__ import annotations

import datetime as dt

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from varde.workspace.auth import MFA_SESSION_KEY
from varde.workspace.models import (
    BestPractice,
    GuidelineProposal,
    Measure,
    Meeting,
    MeetingDocument,
    Membership,
    Organisation,
    Post,
    ReportRun,
    Role,
)

ROLES = [Role.COORDINATOR, Role.MEMBER, Role.OBSERVER, Role.EDITOR]


@pytest.fixture(autouse=True)
def _private_root(settings, tmp_path):
    settings.WORKSPACE_PRIVATE_ROOT = tmp_path / "private"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(autouse=True)
def _bokmal_between_tests():
    """Each request activates its URL's language and leaves it active; start every test in bokmål,
    so that ``reverse()`` does not hand out /nn/ or /en/ paths left over from the test before."""
    from django.utils import translation

    translation.activate("nb")
    yield
    translation.activate("nb")


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(name="RVTS Test", kind="rvts")


@pytest.fixture
def make_member(db, organisation):
    def make(role: str, *, mfa: bool = True, email: str | None = None):
        email = email or f"{role}@example.invalid"
        user = get_user_model().objects.create_user(
            username=email,
            email=email,
            password="a-long-test-password",
            first_name=role.title(),
            last_name="Test",
        )
        Membership.objects.create(user=user, organisation=organisation, role=role)
        if mfa:
            TOTP.activate(user, generate_totp_secret())
        return user

    return make


@pytest.fixture
def sign_in(client):
    """Sign a user in as if they had passed the password and TOTP steps."""

    def do(user, *, mfa_in_session: bool = True):
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        if mfa_in_session:
            session = client.session
            session[MFA_SESSION_KEY] = True
            session.save()
        return client

    return do


@pytest.fixture
def coordinator(make_member):
    return make_member(Role.COORDINATOR)


@pytest.fixture
def workspace_objects(db, coordinator):
    """One object of each kind, for URL access tests."""
    now = timezone.now()
    post = Post.objects.create(kind="experience", title="Erfaring", body="Tekst", author=coordinator)
    meeting = Meeting.objects.create(
        title="Møte",
        starts_at=now + dt.timedelta(days=3),
        ends_at=now + dt.timedelta(days=3, hours=2),
        place="Oslo",
    )
    document = MeetingDocument.objects.create(
        meeting=meeting, title="Agenda", file=ContentFile(b"%PDF-1.4", name="agenda.pdf")
    )
    practice = BestPractice.objects.create(title="Praksis", description="Beskrivelse")
    proposal = GuidelineProposal.objects.create(title="Forslag", rationale="Fordi", author=coordinator)
    measure = Measure.objects.create(
        title="Tiltak", strand="identification", period_start=dt.date(2022, 1, 1)
    )
    run = ReportRun.objects.create(
        period_start=dt.date(2022, 1, 1),
        period_end=dt.date(2023, 12, 31),
        status="done",
        progress=100,
        pdf=b"%PDF-1.4",
    )
    return {
        "post": post,
        "meeting": meeting,
        "document": document,
        "practice": practice,
        "proposal": proposal,
        "measure": measure,
        "run": run,
        "membership": coordinator.workspace_membership,
    }
