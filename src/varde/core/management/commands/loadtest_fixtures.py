"""``manage.py loadtest_fixtures``: accounts and targets for the load test, and the count afterwards.

Only for the load-test database (``deploy/loadtest.sh``). It creates workspace members with a password
and a TOTP secret that the load test knows, so it must never touch a real database:

* refused when ``DJANGO_ENV=production``, always, whatever the flags;
* refused when the database's name does not contain ``loadtest`` (the load test's own database,
  ``test_varde_loadtest``) unless ``--i-know`` is given.

Subcommands::

    loadtest_fixtures prepare --members 40 --out var/loadtest/run/fixtures.json
        members lasttest-001@loadtest.invalid … with one password and one TOTP secret (written to
        --out, mode 0600), active membership in an existing organisation, no lockouts left from
        earlier runs; plus the public targets that store what they get: directory services (the
        "Foreslå endring" form) and open survey links.
    loadtest_fixtures stored --marker lasttest-RUN
        prints, as JSON, every marker beginning with that prefix that is stored: suggestion
        messages, survey free-text answers and workspace post titles.
    loadtest_fixtures purge
        deletes what earlier load tests stored (rows holding a ``lasttest-`` marker), so the
        database does not grow from run to run. The accounts stay.
    loadtest_fixtures mark --marker lasttestRUN / loadtest_fixtures unmark
        publishes a guidance page with the word added to (mark) or taken out of (unmark) its intro,
        as an editor would, and prints as JSON the site's host, the page's and its section's paths:
        the load test then checks that nginx's copies were refreshed (purge on publish).

Models are looked up through the app registry: core sits below the capabilities and does not import
them (docs/architecture.md).
"""

from __future__ import annotations

import json
import os
import re
import secrets

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

MARKER_PREFIX = "lasttest-"
PUBLISH_MARKER = re.compile(r"\s*\blasttest[a-z0-9]+\b")  # one word, so search finds it whole
MARKER = re.compile(r"lasttest-[a-z0-9]+-[a-z]+-\d+-\d+")
EMAIL = "lasttest-{:03d}@loadtest.invalid"


def _refuse_unless_loadtest_database(i_know: bool) -> None:
    if settings.PRODUCTION:
        raise CommandError(
            "Refusing to run with DJANGO_ENV=production: the load-test accounts are not secret."
        )
    name = str(connection.settings_dict.get("NAME") or "")
    if "loadtest" not in os.path.basename(name) and not i_know:
        raise CommandError(
            f"The database {os.path.basename(name)!r} is not a load-test database (its name has no "
            "'loadtest'). Use deploy/loadtest.sh, or add --i-know if this really is a throwaway database."
        )


class Command(BaseCommand):
    help = "Load-test accounts and targets (prepare), the markers stored after a run (stored), purge."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["prepare", "stored", "purge", "mark", "unmark"])
        parser.add_argument("--members", type=int, default=40, help="workspace member accounts (prepare)")
        parser.add_argument("--out", help="JSON file for accounts and targets (prepare)")
        parser.add_argument(
            "--marker", default="", help="marker prefix to count (stored); word to publish (mark)"
        )
        parser.add_argument("--i-know", action="store_true", help="allow a database without 'loadtest'")

    def handle(self, *args, action, members, out, marker, i_know, **options):
        _refuse_unless_loadtest_database(i_know)
        if action == "prepare":
            if not out:
                raise CommandError("prepare needs --out FILE")
            if not 1 <= members <= 2000:
                raise CommandError("--members must be between 1 and 2000")
            self._prepare(members, out)
        elif action == "stored":
            if not marker.startswith(MARKER_PREFIX):
                raise CommandError(f"--marker must begin with {MARKER_PREFIX!r}")
            self.stdout.write(json.dumps(self._stored(marker)))
        elif action in ("mark", "unmark"):
            if action == "mark" and not PUBLISH_MARKER.fullmatch(marker):
                raise CommandError("mark needs --marker lasttest followed by letters and digits, one word")
            self.stdout.write(json.dumps(self._publish(marker if action == "mark" else "")))
        else:
            counts = self._purge()
            self.stdout.write(json.dumps(counts))

    # --- mark / unmark ------------------------------------------------------------------------------
    def _publish(self, word: str) -> dict[str, str]:
        """Publish the first Norwegian guidance page's intro with ``word`` (or without any marker)."""
        GuidancePage = apps.get_model("knowledge", "GuidancePage")
        page = GuidancePage.objects.live().filter(locale__language_code="nb").order_by("path").first()
        if page is None:
            raise CommandError("No live guidance page: load the demo content first (manage.py load_demo).")
        page = page.get_latest_revision_as_object()
        page.intro = PUBLISH_MARKER.sub("", page.intro) + (f" {word}" if word else "")
        with transaction.atomic():
            page.save_revision().publish()
        site = page.get_site()
        return {"host": site.hostname, "page": page.url, "section": page.get_parent().url, "word": word}

    # --- prepare ----------------------------------------------------------------------------------
    @transaction.atomic
    def _prepare(self, count: int, out: str) -> None:
        from allauth.mfa.models import Authenticator
        from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
        from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

        Organisation = apps.get_model("workspace", "Organisation")
        Membership = apps.get_model("workspace", "Membership")
        organisation = Organisation.objects.order_by("pk").first()
        if organisation is None:
            raise CommandError(
                "No workspace organisation: load the demo content first (manage.py load_demo)."
            )
        password = secrets.token_urlsafe(18)
        secret = generate_totp_secret()
        # One hash for every account: hashing is deliberately slow, and these accounts share a password.
        password_hash = make_password(password)
        User = get_user_model()
        emails = []
        recovery_codes = {}
        for number in range(1, count + 1):
            email = EMAIL.format(number)
            emails.append(email)
            user, _ = User.objects.update_or_create(
                username=email,
                defaults={
                    "email": email,
                    "first_name": "Lasttest",
                    "last_name": f"{number:03d}",
                    "is_active": True,
                },
            )
            user.password = password_hash
            user.save(update_fields=["password"])
            Membership.objects.update_or_create(
                user=user, defaults={"organisation": organisation, "role": "member", "is_active": True}
            )
            Authenticator.objects.filter(user=user).delete()
            TOTP.activate(user, secret)
            # For signing in while the cache is down, when TOTP codes are refused (varde/core/cache.py).
            recovery_codes[email] = RecoveryCodes.activate(user).get_unused_codes()
        if apps.is_installed("axes"):
            apps.get_model("axes", "AccessAttempt").objects.filter(username__in=emails).delete()

        Service = apps.get_model("directory", "Service")
        services = list(Service.objects.order_by("pk").values_list("slug", flat=True)[:20])
        DistributionLink = apps.get_model("competence", "DistributionLink")
        survey_links = [
            link.key
            for link in DistributionLink.objects.filter(active=True, round__is_open=True, require_token=False)
            if link.is_open_link
        ]
        data = {
            "password": password,
            "totp_secret": secret,
            "members": emails,
            "recovery_codes": recovery_codes,
            "services": services,
            "survey_links": survey_links,
        }
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1)
        self.stdout.write(
            f"{count} members (TOTP), {len(services)} services, {len(survey_links)} open survey links → {out}"
        )

    # --- stored / purge ---------------------------------------------------------------------------
    def _sources(self):
        """(kind, queryset, field) for every place a load-test marker can be stored."""
        return [
            ("suggestion", apps.get_model("directory", "ChangeSuggestion").objects, "message"),
            ("survey", apps.get_model("competence", "Answer").objects, "text"),
            ("post", apps.get_model("workspace", "Post").objects, "title"),
        ]

    def _stored(self, prefix: str) -> dict[str, list[str]]:
        stored: dict[str, list[str]] = {}
        for kind, objects, field in self._sources():
            values = objects.filter(**{f"{field}__contains": prefix}).values_list(field, flat=True)
            stored[kind] = sorted({m for v in values for m in MARKER.findall(v) if m.startswith(prefix)})
        return stored

    @transaction.atomic
    def _purge(self) -> dict[str, int]:
        counts = {}
        for kind, objects, field in self._sources():
            rows = objects.filter(**{f"{field}__contains": MARKER_PREFIX})
            if kind == "survey":  # the whole response goes, not only its free-text answer
                Response = apps.get_model("competence", "Response")
                rows = Response.objects.filter(pk__in=rows.values("response_id"))
            counts[kind] = rows.delete()[0]
        return counts
