"""deploy/backup.sh when the backup fails: no dump is left behind (not even a partial one that could pass
for the newest good backup), and with BACKUP_METRICS_DIR the last good backup's metrics stay as they
were, so the alert on their age (deploy/prometheus/varde-alerts.yml) fires. The success path is tested
against PostgreSQL in test_backup_restore.py."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not shutil.which("pg_dump"), reason="pg_dump not installed")
def test_a_failed_backup_keeps_the_last_good_metrics_and_no_dump(tmp_path):
    metrics_dir = tmp_path / "textfile"
    metrics_dir.mkdir()
    prom = metrics_dir / "varde_backup.prom"
    last_good = "varde_backup_last_success_timestamp_seconds 1700000000\nvarde_backup_size_bytes 4096\n"
    prom.write_text(last_good)
    dump = tmp_path / "varde.dump"
    result = subprocess.run(
        # Nothing listens on port 1: pg_dump cannot connect.
        [ROOT / "deploy/backup.sh", "postgresql://nobody@127.0.0.1:1/varde", dump],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "BACKUP_METRICS_DIR": str(metrics_dir), "PGCONNECT_TIMEOUT": "5"},
    )
    assert result.returncode != 0
    assert prom.read_text() == last_good
    assert [p.name for p in metrics_dir.iterdir()] == ["varde_backup.prom"]
    assert list(tmp_path.iterdir()) == [metrics_dir]  # no dump, not even a partial one
