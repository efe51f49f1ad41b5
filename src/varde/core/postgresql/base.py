"""Django's PostgreSQL backend, with a bounded wait when a new connection cannot be made.

When PostgreSQL restarts (a minor-version upgrade, a failover, ``pg_ctlcluster restart``) it refuses
connections for a few seconds. Without a wait, every request that opens a connection in that window
answers 500, and a reader's form submission is lost to an error page. Here, opening a *new* connection
is retried with a short back-off for up to ``VARDE_DB_CONNECT_RETRY_SECONDS`` (default 10) before the
error is raised: the request is slower, not failed.

Only opening a connection is retried. Nothing has been sent to the database yet, so it cannot do
anything twice. A query that was running when the server went down still fails (the transaction is
rolled back); stale connections left from before the restart are found by ``CONN_HEALTH_CHECKS``
before a request uses them.
"""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.db.backends.postgresql import base

logger = logging.getLogger(__name__)


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        budget = float(getattr(settings, "VARDE_DB_CONNECT_RETRY_SECONDS", 10))
        deadline = time.monotonic() + budget
        delay = 0.1
        attempts = 0
        while True:
            try:
                connection = super().get_new_connection(conn_params)
            except base.Database.OperationalError:
                attempts += 1
                if time.monotonic() + delay > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
                continue
            if attempts:
                logger.warning("database connection made after %d refused attempts", attempts)
            return connection
