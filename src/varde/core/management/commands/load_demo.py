"""``manage.py load_demo``: create or update the demo content and the demo editor account."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from varde.core.demo import DEMO_EDITOR_USERNAME, ensure_demo_editor, load_demo_content

DEFAULT_DEMO_PASSWORD = "varde-demo-redaktor"  # noqa: S105 - demo account, refused in production


class Command(BaseCommand):
    help = "Create or update Varde's demo content (idempotent) and a demo editor account."

    def add_arguments(self, parser):
        parser.add_argument("--no-editor", action="store_true", help="Do not create the demo editor account.")
        parser.add_argument("--password", default=None, help="Password for the demo editor account.")
        parser.add_argument(
            "--site-url",
            default="http://127.0.0.1:8000",
            help="Where the site will be served (for the message).",
        )

    def handle(self, *args, **options):
        load_demo_content()
        self.stdout.write(self.style.SUCCESS("Demo content is in place (nb, nn, en)."))
        if options["no_editor"]:
            return
        if settings.PRODUCTION:
            raise CommandError("Refusing to create a demo editor account in production.")
        password = options["password"] or DEFAULT_DEMO_PASSWORD
        ensure_demo_editor(password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo editor: {options['site_url'].rstrip('/')}/admin/  user: {DEMO_EDITOR_USERNAME}  password: {password}"
            )
        )
