"""Every workspace URL for every role, including anonymous visitors and signed-in non-members."""

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from varde.workspace.models import Role
from varde.workspace.permissions import PERMISSIONS

# (url name, kwargs from workspace_objects, permission a GET needs)
URLS = [
    ("home", {}, "view_workspace"),
    ("members", {}, "view_members"),
    ("member_invite", {}, "manage_members"),
    ("member_edit", {"pk": "membership"}, "manage_members"),
    # GET: the confirm page (for one's own membership it explains who can reset it); POST resets.
    ("member_reset_mfa", {"pk": "membership"}, "reset_second_factors"),
    ("settings", {}, "view_workspace"),
    ("audit", {}, "view_audit"),
    ("posts", {}, "view_posts"),
    ("post_create", {}, "create_post"),
    ("post_detail", {"pk": "post"}, "view_posts"),
    ("meetings", {}, "view_meetings"),
    ("meetings_ical", {}, "view_meetings"),
    ("meeting_create", {}, "manage_meetings"),
    ("meeting_detail", {"pk": "meeting"}, "view_meetings"),
    ("meeting_edit", {"pk": "meeting"}, "manage_meetings"),
    ("meeting_minutes", {"pk": "meeting"}, "manage_meetings"),
    ("meeting_document", {"pk": "meeting", "doc_pk": "document"}, "view_meetings"),
    ("meeting_ical", {"pk": "meeting"}, "view_meetings"),
    ("focus_areas", {}, "view_library"),
    ("practices", {}, "view_library"),
    ("practice_create", {}, "edit_library"),
    ("practice_detail", {"pk": "practice"}, "view_library"),
    ("practice_edit", {"pk": "practice"}, "edit_library"),
    ("proposals", {}, "view_proposals"),
    ("proposal_create", {}, "create_proposal"),
    ("proposal_detail", {"pk": "proposal"}, "view_proposals"),
    ("measures", {}, "view_measures"),
    ("measure_create", {}, "manage_measures"),
    ("measure_edit", {"pk": "measure"}, "manage_measures"),
    ("measure_delete", {"pk": "measure"}, "manage_measures"),  # GET: the confirm page; POST deletes
    ("reports", {}, "view_reports"),
    ("report_detail", {"pk": "run"}, "view_reports"),
    ("report_pdf", {"pk": "run"}, "view_reports"),
]
ROLES_FOR_POST = [Role.COORDINATOR, Role.MEMBER, Role.OBSERVER, Role.EDITOR]
# POST-only endpoint
POST_URLS = [("meeting_minutes_approve", {"pk": "meeting"}, "approve_minutes")]


def test_url_list_covers_every_workspace_route():
    from varde.workspace import urls

    names = {p.name for p in urls.urlpatterns} - {"invitation_accept"}
    assert names == {name for name, _, _ in URLS + POST_URLS}


def _url(name, kwargs, objects):
    return reverse(f"workspace:{name}", kwargs={k: objects[v].pk for k, v in kwargs.items()})


@pytest.mark.parametrize(("name", "kwargs", "permission"), URLS + POST_URLS)
def test_anonymous_is_sent_to_sign_in(client, workspace_objects, name, kwargs, permission):
    url = _url(name, kwargs, workspace_objects)
    response = client.post(url) if (name, kwargs, permission) in POST_URLS else client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize(("name", "kwargs", "permission"), URLS)
def test_signed_in_non_member_is_refused(
    client, workspace_objects, django_user_model, name, kwargs, permission
):
    outsider = django_user_model.objects.create_user("outsider", "outsider@example.invalid", "x" * 16)
    client.force_login(outsider)
    response = client.get(_url(name, kwargs, workspace_objects))
    assert response.status_code == 403
    assert b"Ingen tilgang" in response.content


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.MEMBER, Role.OBSERVER, Role.EDITOR])
@pytest.mark.parametrize(("name", "kwargs", "permission"), URLS)
def test_role_matrix(make_member, sign_in, workspace_objects, role, name, kwargs, permission):
    user = make_member(role, email=f"matrix-{role}@example.invalid") if role != Role.COORDINATOR else None
    if user is None:
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.get(email="coordinator@example.invalid")
    client = sign_in(user)
    response = client.get(_url(name, kwargs, workspace_objects))
    if role in PERMISSIONS[permission]:
        assert response.status_code == 200, (role, name)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"Ingen tilgang" not in body
    else:
        assert response.status_code == 403, (role, name)


@pytest.mark.parametrize("role", [Role.MEMBER, Role.OBSERVER, Role.EDITOR])
def test_only_coordinator_approves_minutes(make_member, sign_in, workspace_objects, role):
    meeting = workspace_objects["meeting"]
    meeting.minutes_status = "for_approval"
    meeting.save()
    client = sign_in(make_member(role, email=f"approve-{role}@example.invalid"))
    response = client.post(reverse("workspace:meeting_minutes_approve", kwargs={"pk": meeting.pk}))
    assert response.status_code == 403
    meeting.refresh_from_db()
    assert meeting.minutes_status == "for_approval"


def test_explicit_expectations_for_observers(make_member, sign_in, workspace_objects):
    """Spelled out, independent of the permission table: observers never see the experience exchange."""
    client = sign_in(make_member(Role.OBSERVER, email="obs@example.invalid"))
    assert client.get(reverse("workspace:posts")).status_code == 403
    assert client.get(_url("post_detail", {"pk": "post"}, workspace_objects)).status_code == 403
    assert client.get(reverse("workspace:meetings")).status_code == 200
    home = client.get(reverse("workspace:home"))
    assert reverse("workspace:posts").encode() not in home.content


def test_member_without_totp_is_sent_to_set_it_up(make_member, sign_in):
    client = sign_in(
        make_member(Role.MEMBER, mfa=False, email="nototp@example.invalid"), mfa_in_session=False
    )
    response = client.get(reverse("workspace:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))


def test_session_without_second_factor_must_reauthenticate(make_member, sign_in):
    """For example an editor who signed in through the Wagtail admin with a password only."""
    client = sign_in(make_member(Role.MEMBER, email="pwonly@example.invalid"), mfa_in_session=False)
    response = client.get(reverse("workspace:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))


def test_idle_session_times_out(make_member, sign_in, settings):
    client = sign_in(make_member(Role.MEMBER, email="idle@example.invalid"))
    assert client.get(reverse("workspace:home")).status_code == 200
    session = client.session
    session["workspace_last_seen"] = session["workspace_last_seen"] - settings.WORKSPACE_IDLE_TIMEOUT - 5
    session.save()
    response = client.get(reverse("workspace:home"))
    assert response.status_code == 302
    assert "tidsavbrudd=1" in response["Location"]
    assert "_auth_user_id" not in client.session


def test_last_seen_is_written_at_most_once_a_minute(make_member, sign_in):
    client = sign_in(make_member(Role.MEMBER, email="seen@example.invalid"))
    assert client.get(reverse("workspace:home")).status_code == 200
    first = client.session["workspace_last_seen"]
    assert client.get(reverse("workspace:home")).status_code == 200
    assert client.session["workspace_last_seen"] == first  # no session write for a second view
    session = client.session
    session["workspace_last_seen"] = first - 61
    session.save()
    assert client.get(reverse("workspace:home")).status_code == 200
    assert client.session["workspace_last_seen"] > first - 61  # written again after a minute


def test_inactive_membership_is_refused(make_member, sign_in):
    user = make_member(Role.MEMBER, email="gone@example.invalid")
    user.workspace_membership.is_active = False
    user.workspace_membership.save()
    assert sign_in(user).get(reverse("workspace:home")).status_code == 403


def test_public_network_page_is_not_the_workspace(client, demo_site):
    """/nettverket/ itself stays public; only /nettverket/arbeidsrom/ is members-only."""
    assert reverse("workspace:home") == "/nettverket/arbeidsrom/"
    assert client.get("/nettverket/arbeidsrom/").status_code == 302


def test_reads_are_audited_without_content(make_member, sign_in, workspace_objects):
    from varde.workspace.models import AuditEvent

    user = make_member(Role.MEMBER, email="reader@example.invalid")
    sign_in(user).get(_url("post_detail", {"pk": "post"}, workspace_objects))
    event = AuditEvent.objects.filter(actor=user, action="view").latest("id")
    assert (event.object_type, event.object_id) == ("post_detail", str(workspace_objects["post"].pk))
    assert not hasattr(event, "body")


@pytest.mark.parametrize("who", ["anonymous", "outsider", *ROLES_FOR_POST])
def test_resetting_a_members_second_factors_by_post(client, make_member, sign_in, django_user_model, who):
    """Only the coordinator's POST removes another member's second factors; nobody else's does anything."""
    from allauth.mfa.models import Authenticator

    target = make_member(Role.MEMBER, email="target@example.invalid")
    url = reverse("workspace:member_reset_mfa", kwargs={"pk": target.workspace_membership.pk})
    if who == "outsider":
        client.force_login(django_user_model.objects.create_user("out", "out@example.invalid", "x" * 16))
    elif who != "anonymous":
        sign_in(make_member(who, email=f"post-{who}@example.invalid"))
    response = client.post(url)
    kept = Authenticator.objects.filter(user=target).exists()
    if who == Role.COORDINATOR:
        assert response.status_code == 302 and not kept
    elif who == "anonymous":
        assert response["Location"].startswith(reverse("account_login")) and kept
    else:
        assert response.status_code == 403 and kept


def test_members_cannot_manage_e_mail_addresses(make_member, sign_in):
    client = sign_in(make_member(Role.MEMBER, email="addr@example.invalid"))
    assert client.get("/konto/email/").status_code == 404
    response = client.post("/konto/email/", {"action_add": "", "email": "new@example.invalid"})
    assert response.status_code == 404
    assert not EmailAddress.objects.filter(email="new@example.invalid").exists()
