"""Production settings: `check --deploy` is clean with the documented environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": "x" * 20 + "-production-secret-for-the-check-only-" + "y" * 20,
    "ALLOWED_HOSTS": "varde.example.no",
    "DATABASE_URL": "sqlite:////tmp/varde-check-deploy.sqlite3",
}


def _manage(*args, extra_env=None):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "DJANGO_ENV", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )


def test_check_deploy_is_clean_in_production():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", extra_env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = _manage("check", extra_env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_unknown_django_env_is_refused():
    result = _manage("check", extra_env={"DJANGO_ENV": "staging"})
    assert result.returncode != 0
    assert "DJANGO_ENV" in result.stderr


def test_check_deploy_refuses_upload_directories_inside_the_python_environment():
    inside = Path(sys.prefix) / "var" / "private"
    result = _manage("check", "--deploy", extra_env={**PRODUCTION_ENV, "WORKSPACE_PRIVATE_ROOT": str(inside)})
    assert result.returncode != 0
    assert "varde.E001" in result.stderr and "WORKSPACE_PRIVATE_ROOT" in result.stderr


def test_check_deploy_refuses_a_directory_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = _manage("check", "--deploy", extra_env={**PRODUCTION_ENV, "MEDIA_ROOT": str(blocker / "media")})
    assert result.returncode != 0
    assert "varde.E002" in result.stderr and "MEDIA_ROOT" in result.stderr
