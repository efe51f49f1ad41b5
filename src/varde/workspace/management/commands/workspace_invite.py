"""Bootstrap: invite the first coordinator from the command line and print the link."""

from django.core.management.base import BaseCommand, CommandError

from varde.workspace.models import Invitation, Organisation, Role
from varde.workspace.services import INVITATION_DAYS, hash_token


class Command(BaseCommand):
    help = "Create an invitation (for the first coordinator) and print the acceptance link path."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")
        parser.add_argument("--organisation", default="Helsedirektoratet")
        parser.add_argument("--role", default=Role.COORDINATOR, choices=Role.values)

    def handle(self, *args, email, first_name, last_name, organisation, role, **options):
        import datetime as dt
        import secrets

        from django.urls import reverse
        from django.utils import timezone

        if "@" not in email:
            raise CommandError("Give a valid e-mail address.")
        org, _ = Organisation.objects.get_or_create(name=organisation, defaults={"kind": "directorate"})
        token = secrets.token_urlsafe(32)
        Invitation.objects.create(
            email=email.lower(),
            first_name=first_name or email.split("@")[0],
            last_name=last_name,
            organisation=org,
            role=role,
            token_hash=hash_token(token),
            expires_at=timezone.now() + dt.timedelta(days=INVITATION_DAYS),
        )
        self.stdout.write(reverse("workspace:invitation_accept", kwargs={"token": token}))
