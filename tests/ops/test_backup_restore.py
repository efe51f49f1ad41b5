"""Backup and restore on PostgreSQL: pg_dump of a database with demo content, restore into a fresh
database with deploy/backup.sh and deploy/restore.sh, then compare row counts table by table.
Skips on SQLite (back up the file instead; see docs/operations.md)."""

import os
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection
from prometheus_client.parser import text_string_to_metric_families

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="backup/restore test needs PostgreSQL"),
]


def _url(name: str) -> str:
    s = connection.settings_dict
    auth = quote(s.get("USER") or "", safe="")
    if s.get("PASSWORD"):
        auth += ":" + quote(s["PASSWORD"], safe="")
    return f"postgresql://{auth}@{s.get('HOST') or '127.0.0.1'}:{s.get('PORT') or 5432}/{name}"


def _row_counts(cursor) -> dict[str, int]:
    cursor.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
    )
    tables = [row[0] for row in cursor.fetchall()]
    counts = {}
    for table in tables:
        cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608 - names from the catalogue
        counts[table] = cursor.fetchone()[0]
    return counts


@pytest.fixture
def restore_database():
    import psycopg

    name = f"{connection.settings_dict['NAME']}_restore"[:63]
    admin = _url("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.skipif(not shutil.which("pg_dump"), reason="pg_dump not installed")
def test_dump_restores_into_a_fresh_database_with_every_row(chrome_site, restore_database, tmp_path):
    import psycopg
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user(username="backup-check", password="x" * 12)
    with connection.cursor() as cursor:
        before = _row_counts(cursor)
    assert before["wagtailcore_page"] > 3 and before["django_migrations"] > 10

    dump = tmp_path / "varde.dump"
    metrics_dir = tmp_path / "textfile"
    metrics_dir.mkdir()
    started = time.time()
    out = subprocess.run(
        [ROOT / "deploy/backup.sh", _url(connection.settings_dict["NAME"]), dump],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "BACKUP_METRICS_DIR": str(metrics_dir)},
    )
    assert out.stdout.strip() == str(dump) and dump.stat().st_size > 0
    assert oct(dump.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["textfile", "varde.dump"]  # no partial file left
    # The backup's time and size, for node_exporter's textfile collector (deploy/prometheus alerts)
    prom = metrics_dir / "varde_backup.prom"
    assert [p.name for p in metrics_dir.iterdir()] == ["varde_backup.prom"]  # no temporary file left
    assert oct(prom.stat().st_mode & 0o777) == "0o644"  # node_exporter runs as another user
    values = {
        sample.name: sample.value
        for family in text_string_to_metric_families(prom.read_text())
        for sample in family.samples
    }
    assert int(started) <= values["varde_backup_last_success_timestamp_seconds"] <= time.time()
    assert values["varde_backup_size_bytes"] == dump.stat().st_size
    subprocess.run(
        [ROOT / "deploy/restore.sh", dump, _url(restore_database)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )

    with psycopg.connect(_url(restore_database)) as restored, restored.cursor() as cursor:
        after = _row_counts(cursor)
        cursor.execute("SELECT count(*) FROM auth_user WHERE username = 'backup-check'")
        assert cursor.fetchone()[0] == 1
    assert after == before
