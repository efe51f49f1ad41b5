"""Deployment checks (``manage.py check --deploy``) for the directories the app writes to.

Static files, uploaded media and the network's meeting documents must live where the app's user can
write and where an upgrade does not replace them. Their defaults are derived from the checkout
(``BASE_DIR/var/…``); when the package is installed into a virtual environment instead of the checkout,
those defaults point into the environment itself, where files vanish with the next release (and
systemd's ``ProtectSystem=strict`` makes them read-only). Set ``STATIC_ROOT``, ``MEDIA_ROOT`` and
``WORKSPACE_PRIVATE_ROOT`` (deploy/env.example).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from django.conf import settings
from django.core import checks

WRITABLE_ROOTS = ("STATIC_ROOT", "MEDIA_ROOT", "WORKSPACE_PRIVATE_ROOT")


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


@checks.register(checks.Tags.files, deploy=True)
def check_writable_roots(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    problems: list[checks.CheckMessage] = []
    environment = Path(sys.prefix).resolve()
    for name in WRITABLE_ROOTS:
        path = Path(getattr(settings, name)).resolve()
        if path == environment or environment in path.parents:
            problems.append(
                checks.Error(
                    f"{name} ({path}) is inside the Python environment ({environment}).",
                    hint=f"Files there are lost when the environment is replaced. Set {name} in the "
                    "environment, e.g. /srv/varde/var/… (deploy/env.example).",
                    id="varde.E001",
                )
            )
            continue
        existing = _nearest_existing(path)
        if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
            problems.append(
                checks.Error(
                    f"{name} ({path}) cannot be created or written by this user ({existing} is in the way).",
                    hint=f"Create {path} owned by the app's user, or point {name} elsewhere.",
                    id="varde.E002",
                )
            )
    return problems
