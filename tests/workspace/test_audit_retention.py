"""Audit-log retention: the prune command keeps the last N days, with a dry run and clear counts."""

import datetime as dt

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from varde.workspace import services
from varde.workspace.models import AuditEvent

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


def _event(action, age, now=NOW):
    return AuditEvent.objects.create(action=action, object_type="x", created_at=now - age)


@pytest.fixture
def events(db):
    return {
        "old_view": _event("view", dt.timedelta(days=400)),
        "old_login": _event("login", dt.timedelta(days=366)),
        "just_over": _event("view", dt.timedelta(days=365, seconds=1)),
        "at_cutoff": _event("view", dt.timedelta(days=365)),
        "just_under": _event("update", dt.timedelta(days=364, hours=23, minutes=59)),
        "new": _event("login", dt.timedelta(hours=1)),
    }


def test_boundary_events_older_than_cutoff_go_the_one_at_it_stays(events):
    counts = services.audit_prune(days=365, now=NOW)
    assert counts == {"view": 2, "login": 1}
    kept = set(AuditEvent.objects.filter(object_type="x").values_list("pk", flat=True))
    assert kept == {events[k].pk for k in ("at_cutoff", "just_under", "new")}


def test_dry_run_counts_and_deletes_nothing(events):
    assert services.audit_prune(days=365, now=NOW, dry_run=True) == {"view": 2, "login": 1}
    assert AuditEvent.objects.filter(object_type="x").count() == 6


def test_nothing_to_delete_returns_empty(events):
    assert services.audit_prune(days=1000, now=NOW) == {}
    assert AuditEvent.objects.filter(object_type="x").count() == 6


@pytest.mark.parametrize("days", [29, 0, -5])
def test_too_short_retention_is_refused(events, days):
    with pytest.raises(Exception, match="minst 30 dager"):
        services.audit_prune(days=days, now=NOW)
    assert AuditEvent.objects.filter(object_type="x").count() == 6


def test_minimum_retention_is_allowed(events):
    counts = services.audit_prune(days=30, now=NOW)
    assert sum(counts.values()) == 5  # all but the one from an hour ago


def _command_events(now):
    return [
        _event("view", dt.timedelta(days=366), now),
        _event("login", dt.timedelta(days=500), now),
        _event("view", dt.timedelta(days=10), now),
    ]


def test_command_uses_the_setting_and_prints_counts(db, settings, capsys):
    settings.VARDE_WORKSPACE_AUDIT_RETENTION_DAYS = 365
    old_view, old_login, recent = _command_events(timezone.now())
    call_command("workspace_prune_audit", "--dry-run")
    out = capsys.readouterr().out
    assert "Would delete 2 audit event(s) older than 365 days" in out
    assert "  login: 1" in out and "  view: 1" in out
    assert AuditEvent.objects.filter(pk__in=[old_view.pk, old_login.pk]).count() == 2

    call_command("workspace_prune_audit")
    assert "Deleted 2 audit event(s)" in capsys.readouterr().out
    assert not AuditEvent.objects.filter(pk__in=[old_view.pk, old_login.pk]).exists()
    assert AuditEvent.objects.filter(pk=recent.pk).exists()


def test_command_days_option_overrides_setting(db, settings, capsys):
    settings.VARDE_WORKSPACE_AUDIT_RETENTION_DAYS = 1000
    _command_events(timezone.now())
    call_command("workspace_prune_audit", "--days", "400")
    assert "Deleted 1 audit event(s) older than 400 days" in capsys.readouterr().out


def test_command_refuses_too_short_retention(db):
    _command_events(timezone.now())
    with pytest.raises(CommandError, match="minst 30 dager"):
        call_command("workspace_prune_audit", "--days", "7")
    assert AuditEvent.objects.count() >= 3


def test_default_retention_is_a_year(settings):
    assert settings.VARDE_WORKSPACE_AUDIT_RETENTION_DAYS == 365
