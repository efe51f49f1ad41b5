"""Settings for the load test's application servers: Varde's own, plus what the load test shows
production needs and ``varde/settings.py`` does not have yet.

* The PostgreSQL backend that waits (up to ``VARDE_DB_CONNECT_RETRY_SECONDS``) for a database that
  refuses connections while it restarts (``varde.core.postgresql``). Without it, the PostgreSQL
  restart phase answers 500 to requests that open a connection in the seconds the database is down.
  Once ``settings.py`` uses it, this file changes nothing and can go.

``deploy/loadtest.sh`` prints what was applied here, so a run never passes quietly on settings that
production does not have.
"""

from varde.settings import *  # noqa: F403
from varde.settings import DATABASES, IS_POSTGRES

LOADTEST_OVERRIDES = []
if IS_POSTGRES and DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "varde.core.postgresql"
    LOADTEST_OVERRIDES.append("DATABASES ENGINE=varde.core.postgresql (connect retry)")
