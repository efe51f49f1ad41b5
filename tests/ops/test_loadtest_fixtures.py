"""manage.py loadtest_fixtures: refuses real databases, makes accounts the load test can sign in with,
and finds (and purges) exactly the markers a run stored."""

import json
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from varde.directory.models import ChangeSuggestion, Service
from varde.workspace.models import Membership, Organisation, Post

pytestmark = pytest.mark.django_db


def _run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("loadtest_fixtures", *args, stdout=out)
    return out.getvalue()


def test_refuses_production_even_with_i_know(settings, tmp_path):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        _run("prepare", "--members", "1", "--out", str(tmp_path / "f.json"), "--i-know")
    assert not get_user_model().objects.filter(email__startswith="lasttest-").exists()


def test_refuses_a_database_not_named_for_the_load_test(tmp_path):
    # The test database is test_<name> (or SQLite's), never "loadtest".
    with pytest.raises(CommandError, match="not a load-test database"):
        _run("purge")


def test_prepare_makes_members_who_can_sign_in_with_password_and_totp(tmp_path):
    Organisation.objects.get_or_create(name="RVTS Øst", defaults={"kind": "rvts"})
    out = tmp_path / "fixtures.json"
    _run("prepare", "--members", "3", "--out", str(out), "--i-know")
    _run("prepare", "--members", "3", "--out", str(out), "--i-know")  # idempotent, new secrets
    assert out.stat().st_mode & 0o777 == 0o600
    data = json.loads(out.read_text())
    assert data["members"] == [f"lasttest-00{n}@loadtest.invalid" for n in (1, 2, 3)]
    for email in data["members"]:
        user = get_user_model().objects.get(email=email)
        assert user.check_password(data["password"])
        assert Membership.objects.get(user=user, is_active=True).role == "member"
        authenticator = Authenticator.objects.get(
            user=user, type=Authenticator.Type.TOTP
        )  # the earlier one is gone
        code = format_hotp_value(hotp_value(data["totp_secret"], int(time.time()) // 30))
        assert TOTP(authenticator).validate_code(code)
        # Recovery codes, for signing in while the cache is down (TOTP codes are refused then).
        recovery = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES).wrap()
        assert recovery.validate_code(data["recovery_codes"][email][0])


def test_stored_reports_this_runs_markers_and_purge_removes_them(tmp_path):
    author = get_user_model().objects.create_user("a@example.invalid", "a@example.invalid", "x" * 16)
    service = Service.objects.create(name="ROSA", slug="rosa-test", description_nb="Hjelp.")
    ChangeSuggestion.objects.create(
        service=service, message="Nytt nummer, se lasttest-abc123-suggestion-4-1."
    )
    ChangeSuggestion.objects.create(
        service=service, message="Fra en annen kjøring: lasttest-zzz999-suggestion-1-1"
    )
    ChangeSuggestion.objects.create(service=service, message="Et ekte forslag.")
    Post.objects.create(author=author, title="Erfaring lasttest-abc123-post-7-2", body="Tekst.")
    stored = json.loads(_run("stored", "--marker", "lasttest-abc123-", "--i-know"))
    assert stored == {
        "suggestion": ["lasttest-abc123-suggestion-4-1"],
        "survey": [],
        "post": ["lasttest-abc123-post-7-2"],
    }
    _run("purge", "--i-know")
    assert list(ChangeSuggestion.objects.filter(service=service).values_list("message", flat=True)) == [
        "Et ekte forslag."
    ]
    assert not Post.objects.filter(author=author).exists()


def test_mark_publishes_the_word_and_unmark_takes_it_out(demo_site):
    """The purge-on-publish check of deploy/loadtest.sh: a real publish (a new revision, Wagtail's
    signals) with a findable word, then the intro as it was."""
    from varde.knowledge.models import GuidancePage

    page = GuidancePage.objects.live().filter(locale__language_code="nb").order_by("path").first()
    intro, revisions = page.intro, page.revisions.count()
    marked = json.loads(_run("mark", "--marker", "lasttestab12", "--i-know"))
    assert marked == {
        "host": page.get_site().hostname,
        "page": page.url,
        "section": page.get_parent().url,
        "word": "lasttestab12",
    }
    page.refresh_from_db()
    assert page.intro == f"{intro} lasttestab12" and page.revisions.count() == revisions + 1
    json.loads(_run("mark", "--marker", "lasttestcd34", "--i-know"))  # replaces, does not pile up
    page.refresh_from_db()
    assert page.intro == f"{intro} lasttestcd34"
    _run("unmark", "--i-know")
    page.refresh_from_db()
    assert page.intro == intro and page.live


@pytest.mark.parametrize("marker", ["", "lasttest-ab-1", "x lasttestab", "lasttestab cd"])
def test_mark_refuses_anything_but_one_marker_word(db, marker):
    with pytest.raises(CommandError, match="one word"):
        _run("mark", "--marker", marker, "--i-know")
