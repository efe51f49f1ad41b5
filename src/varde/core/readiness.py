"""Readiness: may this application server take traffic?

``/healthz`` (liveness) says the process answers and reaches the database, and whether it reaches the
cache (a server without the cache still serves: "degraded", 200).
``/readyz`` adds that every migration on disk has been applied to the database, so a server started
with new code before ``migrate`` has run stays out of the load balancer until it has.
"""

from __future__ import annotations

import logging

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.views.decorators.cache import never_cache

from varde.core.views import _check_cache, _check_database, probe_response

logger = logging.getLogger(__name__)

# Once a process has seen every migration applied it stays so: migrations are not unapplied while it runs.
_migrations_seen_applied = False


def pending_migrations(alias: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Names of migrations on disk that the database has not applied yet (``app.name``)."""
    executor = MigrationExecutor(connections[alias])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


def _check_migrations() -> bool:
    global _migrations_seen_applied
    if _migrations_seen_applied:
        return True
    try:
        pending = pending_migrations()
    except Exception:
        logger.exception("Readiness check: could not read the migration state")
        return False
    if pending:
        logger.warning("Readiness check: %d migrations not applied", len(pending))
        return False
    _migrations_seen_applied = True
    return True


def reset_migration_memo() -> None:
    """For tests: forget that migrations were seen applied."""
    global _migrations_seen_applied
    _migrations_seen_applied = False


@never_cache
def readyz(request):
    """200 when the database and migrations are ready ("degraded" when only the cache is not); 503 with
    what is not, otherwise."""
    database = _check_database()
    return probe_response(
        {"database": database, "cache": _check_cache(), "migrations": database and _check_migrations()}
    )
