"""Send the weekly digest to members who asked for it. Run once a week (cron or a scheduler)."""

import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone

from varde.workspace.models import GuidelineProposal, Meeting, Post
from varde.workspace.notifications import send_weekly_digest


class Command(BaseCommand):
    help = "Send the workspace's weekly digest e-mail to members who opted in."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7)

    def handle(self, *args, days: int, **options):
        since = timezone.now() - dt.timedelta(days=days)
        posts = list(Post.objects.filter(created_at__gte=since).only("title", "kind"))
        meetings = list(Meeting.objects.filter(starts_at__gte=timezone.now()).order_by("starts_at")[:5])
        proposals = list(GuidelineProposal.objects.filter(status_changed_at__gte=since))
        sent = send_weekly_digest(since=since, posts=posts, meetings=meetings, proposals=proposals)
        self.stdout.write(f"Sent {sent} digest e-mail(s).")
