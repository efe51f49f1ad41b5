"""The benchmark site: a database of its own with the demo content, and the public URLs to measure.

``ensure_bench_database()`` switches Django's default connection to a separate database, kept between
runs so only the first run pays for migrations and the demo content: ``var/bench/bench.sqlite3`` on
SQLite, ``test_<name>`` next to the configured database when ``DATABASE_URL`` points at PostgreSQL.
The demo content is reloaded only when the migrations or the set of demo loaders changed.

``public_pages(client)`` finds one URL per public page type: every Wagtail page type that has a live,
public page, plus every capability view without URL parameters that answers 200 with HTML to an
anonymous reader. New capabilities are picked up as they land; what 404s or needs sign-in is skipped.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VAR = ROOT / "var" / "bench"

# URL prefixes that are not public pages (sign-in, the members' workspace, admin, machine endpoints).
NOT_PUBLIC = (
    "_util/",
    "admin/",
    "django-admin/",
    "documents/",
    "api/",
    "konto/",
    "nettverket/arbeidsrom",
    "metrics",
)


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _fingerprint() -> str:
    from django.apps import apps
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    leaves = sorted(
        f"{a}.{n}" for a, n in MigrationLoader(connection, ignore_no_migrations=True).graph.leaf_nodes()
    )
    loaders = sorted(c.name for c in apps.get_app_configs() if callable(getattr(c, "load_demo", None)))
    return hashlib.sha256("|".join(leaves + loaders).encode()).hexdigest()[:16]


def _bench_test_settings(connection) -> dict:
    """The connection's settings, with the bench database's file as the SQLite test database name."""
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        settings_dict.setdefault("TEST", {})["NAME"] = str(VAR / "bench.sqlite3")
    return settings_dict


def ensure_bench_database() -> None:
    from django.db import connection

    VAR.mkdir(parents=True, exist_ok=True)
    settings_dict = _bench_test_settings(connection)
    started = time.perf_counter()
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False, keepdb=True)
    log(
        f"database {connection.vendor} {settings_dict['NAME']} ready in {time.perf_counter() - started:.1f} s"
    )

    stamp = VAR / f"demo-{connection.vendor}-{Path(str(settings_dict['NAME'])).name}.stamp"
    fingerprint = _fingerprint()
    if not stamp.exists() or stamp.read_text() != fingerprint:
        from varde.core.demo import load_demo_content

        started = time.perf_counter()
        load_demo_content()
        stamp.write_text(fingerprint)
        log(f"demo content loaded in {time.perf_counter() - started:.1f} s")


def use_bench_database() -> None:
    """Point this process at the bench database that ``ensure_bench_database`` made (for the fresh
    process each bench module runs in), without migrating or loading anything again."""
    from django.db import connection

    settings_dict = _bench_test_settings(connection)
    name = connection.creation._get_test_db_name()
    connection.close()
    settings_dict["NAME"] = name


def database_url() -> str:
    """The bench database as a DATABASE_URL, for the application servers the HTTP bench starts."""
    from django.db import connection

    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    auth = quote(s.get("USER") or "", safe="")
    if s.get("PASSWORD"):
        auth += ":" + quote(s["PASSWORD"], safe="")
    return f"postgres://{auth}@{s.get('HOST') or '127.0.0.1'}:{s.get('PORT') or 5432}/{s['NAME']}"


def server_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_ENV="dev",
        DEBUG="false",
        DATABASE_URL=database_url(),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PYTHONPATH=str(ROOT / "src"),
        LOG_LEVEL="WARNING",
    )
    env.update(extra)
    return env


def _parameterless_routes():
    """(view name, path) for URL patterns without converters, inside the public language patterns."""
    from django.urls import URLPattern, URLResolver, get_resolver

    def walk(patterns, prefix):
        for p in patterns:
            route = str(p.pattern)
            if isinstance(p, URLResolver):
                if "<" in route or "(?P" in route:
                    continue
                yield from walk(p.url_patterns, prefix + route)
            elif isinstance(p, URLPattern):
                if "<" in route or "(" in route or "^" in route or "$" in route:
                    continue
                yield (p.name or p.lookup_str), prefix + route

    for name, route in walk(get_resolver().url_patterns, ""):
        if route.startswith(NOT_PUBLIC) or route in {"healthz", "readyz", "metrics"}:
            continue
        yield name, "/" + route


def _serves_html(client, url: str) -> bool:
    response = client.get(url)
    return response.status_code == 200 and response.get("Content-Type", "").startswith("text/html")


def public_pages(client, *, per_type_tries: int = 5) -> list[tuple[str, str]]:
    """One (page type, URL) per public page type, in bokmål. Only URLs answering 200 with HTML."""
    from wagtail.models import Page

    candidates: dict[str, list[str]] = {}
    for page in Page.objects.live().public().filter(depth__gt=1, locale__language_code="nb").specific():
        url = page.get_url()
        if url:
            candidates.setdefault(type(page).__name__, []).append(url)
    pages = []
    used = set()
    for label, urls in sorted(candidates.items()):
        for url in urls[:per_type_tries]:
            if _serves_html(client, url):
                pages.append((label, url))
                used.add(url)
                break
    for _name, url in sorted(set(_parameterless_routes()), key=lambda item: item[1]):
        if url not in used and _serves_html(client, url):
            pages.append((f"view {url}", url))
            used.add(url)
    return pages
