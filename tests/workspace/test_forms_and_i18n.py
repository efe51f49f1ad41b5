"""Bad input on the remaining forms, invitations that no longer work, and nn/en interface text."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from varde.workspace import services
from varde.workspace.models import FocusArea, Invitation, Measure, Membership, Role


def test_expired_or_unknown_invitation_is_a_clear_404(client, coordinator, organisation):
    invitation, token = services.invitation_create(
        invited_by=coordinator,
        email="late@example.invalid",
        first_name="Sen",
        last_name="Test",
        organisation=organisation,
        role="member",
        accept_url=lambda t: t,
    )
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    for url in (
        reverse("workspace:invitation_accept", kwargs={"token": token}),
        reverse("workspace:invitation_accept", kwargs={"token": "finnes-ikke"}),
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert "Invitasjonen gjelder ikke" in response.content.decode()


def test_only_coordinator_can_invite_and_duplicates_are_refused(
    make_member, coordinator, organisation, client, sign_in
):
    member = make_member(Role.MEMBER, email="plain@example.invalid")
    with pytest.raises(PermissionDenied):
        services.invitation_create(
            invited_by=member,
            email="x@example.invalid",
            first_name="X",
            last_name="Y",
            organisation=organisation,
            role="member",
            accept_url=lambda t: t,
        )
    sign_in(coordinator)
    response = client.post(
        reverse("workspace:member_invite"),
        {
            "first_name": "P",
            "last_name": "Q",
            "email": "PLAIN@example.invalid",
            "organisation": organisation.pk,
            "role": "member",
        },
    )
    assert response.status_code == 400
    assert "allerede medlem" in response.content.decode()
    assert not Invitation.objects.exists()


def test_weak_password_is_refused_and_invitation_stays_open(client, coordinator, organisation):
    _, token = services.invitation_create(
        invited_by=coordinator,
        email="weak@example.invalid",
        first_name="Svak",
        last_name="Test",
        organisation=organisation,
        role="observer",
        accept_url=lambda t: t,
    )
    url = reverse("workspace:invitation_accept", kwargs={"token": token})
    response = client.post(url, {"password1": "12345678", "password2": "12345678"})
    assert response.status_code == 400
    assert "ds-validation-message" in response.content.decode()
    assert Invitation.objects.get().accepted_at is None
    assert not Membership.objects.filter(user__email="weak@example.invalid").exists()


def test_coordinator_changes_role(client, coordinator, make_member, sign_in):
    member = make_member(Role.MEMBER, email="promote@example.invalid")
    sign_in(coordinator)
    url = reverse("workspace:member_edit", kwargs={"pk": member.workspace_membership.pk})
    assert client.post(url, {"role": "nonsense", "is_active": "on"}).status_code == 400
    client.post(url, {"role": "editor", "is_active": "on"})
    assert Membership.objects.get(user=member).role == Role.EDITOR


def test_focus_area_and_measure_forms_reject_bad_periods(client, coordinator, sign_in):
    sign_in(coordinator)
    response = client.post(
        reverse("workspace:focus_areas"), {"title": "Tolk", "period_start": "2023", "period_end": "2021"}
    )
    assert response.status_code == 400 and "Sluttåret" in response.content.decode()
    assert not FocusArea.objects.filter(title="Tolk").exists()
    client.post(
        reverse("workspace:focus_areas"), {"title": "Tolk", "period_start": "2021", "period_end": "2023"}
    )
    assert FocusArea.objects.filter(title="Tolk").count() == 1
    data = {
        "title": "Kurs",
        "strand": "identification",
        "status": "planned",
        "period_start": "2023-05-01",
        "period_end": "2022-01-01",
    }
    response = client.post(reverse("workspace:measure_create"), data)
    assert response.status_code == 400 and "Sluttdatoen" in response.content.decode()
    assert 'value="Kurs"' in response.content.decode()  # nothing typed is lost
    client.post(
        reverse("workspace:measure_create"),
        {**data, "period_end": "2023-12-31", "focus_areas": [FocusArea.objects.get(title="Tolk").pk]},
    )
    assert Measure.objects.get(title="Kurs").focus_areas.count() == 1


def test_audit_page_lists_events(client, coordinator, sign_in):
    sign_in(coordinator)
    client.get(reverse("workspace:home"))
    page = client.get(reverse("workspace:audit")).content.decode()
    assert "coordinator@example.invalid" in page and "leste" in page


@pytest.mark.parametrize(
    ("prefix", "text"),
    [
        ("", "Logg inn i nettverkets arbeidsrom"),
        ("/nn", "Logg inn i arbeidsrommet til nettverket"),
        ("/en", "Sign in to the network"),
    ],
)
def test_sign_in_page_in_three_languages(client, db, prefix, text):
    response = client.get(f"{prefix}/konto/login/")
    assert response.status_code == 200
    assert text in response.content.decode()


def test_workspace_in_nynorsk(client, make_member, sign_in):
    sign_in(make_member(Role.MEMBER, email="nn@example.invalid"))
    page = client.get("/nn/nettverket/arbeidsrom/").content.decode()
    assert "Arbeidsrommet til nettverket" in page and "Komande møte" in page


def test_recommended_practice_is_published_as_a_public_page(client, coordinator, make_member, sign_in):
    from django.utils import translation

    from varde.core.demo import load_demo_content
    from varde.workspace.models import BestPractice

    load_demo_content(capabilities=False)
    translation.activate("nb")  # the demo loader leaves the last language it wrote active
    practice = BestPractice.objects.create(
        title="Bruk kvalifisert tolk", description="Snakk med pasienten alene.", sources="https://example.org"
    )
    url = reverse("workspace:practice_detail", kwargs={"pk": practice.pk})
    sign_in(coordinator)
    response = client.post(url, {"part": "publish"})
    assert response.status_code == 400, response.status_code
    assert "anbefalt praksis" in response.content.decode()
    practice.status = "recommended"
    practice.save()
    sign_in(make_member(Role.EDITOR, email="ed@example.invalid"))
    assert client.post(url, {"part": "publish"}).status_code == 400
    sign_in(coordinator)
    assert client.post(url, {"part": "publish"}).status_code == 302
    practice.refresh_from_db()
    page = practice.public_page
    assert page.live and page.get_parent().slug == "nettverket"
    client.logout()
    public = client.get(page.url)
    assert public.status_code == 200 and "Snakk med pasienten alene." in public.content.decode()
