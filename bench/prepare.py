"""Prepare the bench database (migrated, with demo content) and print its DATABASE_URL.

Used by the scripts that start real servers (deploy/loadtest.sh, deploy/schemathesis.sh)::

    DATABASE_URL=$(.venv/bin/python -m bench.prepare)
"""

import os
import sys
from pathlib import Path

import django


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "varde.settings")
    os.environ.setdefault("DEBUG", "false")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    django.setup()
    from bench._site import database_url, ensure_bench_database

    ensure_bench_database()
    print(database_url())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
