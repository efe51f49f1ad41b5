"""``postgresql_only``: the knowledge migrations' SQL that exists on PostgreSQL only (the search index
storage, trigram and live-pages indexes). The migration loader skips modules whose name starts with
``_``, so this is a helper, not a migration; keep it unchanged in behaviour, since applied migrations
use it."""

from django.db import migrations


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


def postgresql_only(forward, backward=()):
    """A ``RunPython`` that executes ``forward`` (and, unapplying, ``backward``) statements in order on
    PostgreSQL and does nothing on other databases."""
    return migrations.RunPython(_run(forward), _run(backward))
