"""The production server configuration boots: gunicorn with deploy/gunicorn.conf.py, metrics across
workers on, in a metrics directory that does not exist yet.

The systemd unit (`/run/varde-<port>/metrics`: systemd makes only `/run/varde-<port>`) and the compose
example (`/tmp/metrics`) both point PROMETHEUS_MULTIPROC_DIR at a directory that is not there when the
server starts. A metric without labels (varde_cache_errors_total) opens its file while the app is
preloaded, before gunicorn's on_starting hook: the server then failed to boot (found by the load test).
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_gunicorn_boots_with_the_deploy_config_and_a_metrics_directory_not_made_yet(tmp_path):
    port = free_port()
    metrics_dir = tmp_path / "run" / "metrics"  # neither level exists
    env = {
        **os.environ,
        "DJANGO_ENV": "dev",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "1",
        "GUNICORN_ACCESSLOG": "",
        "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
        "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}",
    }
    env.pop("REDIS_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py", "varde.wsgi:application"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        body = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
                    body = response.read().decode()
                    break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        assert server.poll() is None, server.communicate(timeout=5)[0].decode()[-3000:]
        assert body is not None, "the server did not answer /metrics within 60 s"
        assert "varde_cache_errors_total 0.0" in body  # summed over the workers' files
        assert list(metrics_dir.glob("*.db")), "no worker wrote its metrics to the directory"
    finally:
        server.terminate()
        server.wait(timeout=30)
