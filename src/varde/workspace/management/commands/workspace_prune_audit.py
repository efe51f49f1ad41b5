"""Delete workspace audit events older than the retention period. Run daily (see docs/workspace.md)."""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from varde.workspace.services import audit_prune


class Command(BaseCommand):
    help = (
        "Delete workspace audit-log entries older than VARDE_WORKSPACE_AUDIT_RETENTION_DAYS "
        "(or --days). --dry-run only counts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep this many days instead of the setting (at least 30).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, days, dry_run, **options):
        days = settings.VARDE_WORKSPACE_AUDIT_RETENTION_DAYS if days is None else days
        now = timezone.now()
        try:
            counts = audit_prune(days=days, now=now, dry_run=dry_run)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        total = sum(counts.values())
        verb = "Would delete" if dry_run else "Deleted"
        cutoff = timezone.localtime(now) - dt.timedelta(days=days)
        self.stdout.write(
            f"{verb} {total} audit event(s) older than {days} days (before {cutoff:%Y-%m-%d %H:%M})."
        )
        for action, count in sorted(counts.items()):
            self.stdout.write(f"  {action}: {count}")
