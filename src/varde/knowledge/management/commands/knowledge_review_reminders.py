"""E-mail professional owners about guidance pages past or near their review date (run daily)."""

from django.core.management.base import BaseCommand

from varde.knowledge.services import review_reminders_send


class Command(BaseCommand):
    help = "E-post til faglige eiere om sider som har passert eller nærmer seg datoen for faglig gjennomgang."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=30, help="Ta med sider som forfaller innen så mange dager."
        )

    def handle(self, *args, days: int, **options):
        sent = review_reminders_send(days=days)
        self.stdout.write(f"{sent} e-post(er) sendt.")
