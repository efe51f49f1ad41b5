"""Deleting a measure: a confirm page that names the links, POST only, per role, audit-logged."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from varde.workspace.models import AuditEvent, FocusArea, GuidelineProposal, Measure, Meeting, Role


@pytest.fixture
def linked_measure(db, coordinator):
    area = FocusArea.objects.create(title="Tolk i helsetjenesten", period_start=2021, period_end=2023)
    meeting = Meeting.objects.create(
        title="Nettverksmøte juni",
        starts_at=timezone.now(),
        ends_at=timezone.now() + dt.timedelta(hours=2),
    )
    proposal = GuidelineProposal.objects.create(title="Tydeligere råd", rationale="Fordi", author=coordinator)
    measure = Measure.objects.create(
        title="Kurs for legevakter", strand="identification", period_start=dt.date(2022, 1, 1)
    )
    measure.focus_areas.add(area)
    measure.meetings.add(meeting)
    measure.proposals.add(proposal)
    return measure


def _url(measure):
    return reverse("workspace:measure_delete", kwargs={"pk": measure.pk})


def test_confirm_page_names_every_link_and_deletes_nothing(client, coordinator, sign_in, linked_measure):
    sign_in(coordinator)
    response = client.get(_url(linked_measure))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Slette tiltaket «Kurs for legevakter»?" in page
    for title in ("Tolk i helsetjenesten", "Nettverksmøte juni", "Tydeligere råd"):
        assert title in page
    assert 'method="post"' in page
    assert Measure.objects.filter(pk=linked_measure.pk).exists()


def test_confirm_page_says_when_there_are_no_links(client, coordinator, sign_in):
    measure = Measure.objects.create(
        title="Uten koblinger", strand="follow_up", period_start=dt.date(2023, 1, 1)
    )
    sign_in(coordinator)
    page = client.get(_url(measure)).content.decode()
    assert "ikke koblet til satsingsområder, møter eller endringsforslag" in page


def test_coordinator_deletes_links_go_linked_objects_stay(client, coordinator, sign_in, linked_measure):
    pk = linked_measure.pk
    linked = [linked_measure.focus_areas.get(), linked_measure.meetings.get(), linked_measure.proposals.get()]
    sign_in(coordinator)
    response = client.post(_url(linked_measure))
    assert response.status_code == 302 and response["Location"] == reverse("workspace:measures")
    assert not Measure.objects.filter(pk=pk).exists()
    assert not Measure.focus_areas.through.objects.filter(measure_id=pk).exists()
    assert not Measure.meetings.through.objects.filter(measure_id=pk).exists()
    assert not Measure.proposals.through.objects.filter(measure_id=pk).exists()
    for obj in linked:
        assert type(obj).objects.filter(pk=obj.pk).exists()
    event = AuditEvent.objects.get(action="delete")
    assert (event.actor, event.object_type, event.object_id) == (coordinator, "measure", str(pk))
    listing = client.get(response["Location"]).content.decode()
    assert "Tiltaket «Kurs for legevakter» er slettet." in listing


@pytest.mark.parametrize("role", [Role.MEMBER, Role.OBSERVER, Role.EDITOR])
def test_other_roles_cannot_delete(client, make_member, sign_in, linked_measure, role):
    sign_in(make_member(role, email=f"del-{role}@example.invalid"))
    assert client.post(_url(linked_measure)).status_code == 403
    assert Measure.objects.filter(pk=linked_measure.pk).exists()
    assert not AuditEvent.objects.filter(action="delete").exists()


def test_anonymous_post_deletes_nothing(client, linked_measure):
    response = client.post(_url(linked_measure))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert Measure.objects.filter(pk=linked_measure.pk).exists()


def test_unknown_measure_is_404_and_second_delete_too(client, coordinator, sign_in, linked_measure):
    sign_in(coordinator)
    url = _url(linked_measure)
    assert client.post(url).status_code == 302
    assert client.post(url).status_code == 404
    assert client.get(url).status_code == 404


def test_delete_is_linked_from_list_and_edit_page(client, coordinator, make_member, sign_in, linked_measure):
    url = _url(linked_measure)
    sign_in(coordinator)
    assert url in client.get(reverse("workspace:measures")).content.decode()
    assert (
        url
        in client.get(reverse("workspace:measure_edit", kwargs={"pk": linked_measure.pk})).content.decode()
    )
    sign_in(make_member(Role.OBSERVER, email="look@example.invalid"))
    assert url not in client.get(reverse("workspace:measures")).content.decode()


@pytest.mark.parametrize(
    ("prefix", "heading", "button"),
    [
        ("/nn", "Slette tiltaket «Kurs for legevakter»?", "Slett tiltaket"),
        ("/en", "Delete the measure “Kurs for legevakter”?", "Delete the measure"),
    ],
)
def test_confirm_page_in_nynorsk_and_english(
    client, coordinator, sign_in, linked_measure, prefix, heading, button
):
    sign_in(coordinator)
    page = client.get(prefix + _url(linked_measure)).content.decode()
    assert heading in page and button in page
