"""Knowledge portal: guidance page render time and queries, and search latency at scale.

Generates guidance pages (default 10 000, ``BENCH_KNOWLEDGE_PAGES``) inside a transaction that is rolled
back afterwards, indexes them, then measures /sok/ latency beside a bare SQL full-text query on the same
index table in the same run (PostgreSQL: ``to_tsvector``/``plainto_tsquery`` with ``norwegian``).
"""

from __future__ import annotations

import datetime
import os
import statistics
import time

from bench._site import log

RUNS = 15
QUERIES = ["menneskehandelsofre", "tolk", "arbeidsutnytting", "taushetsplikt", "refleksjonsperode"]


class _Rollback(Exception):
    pass


def _p50(samples):
    return statistics.median(samples)


def _time(fn, runs=RUNS):
    fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def _generate(count: int) -> None:
    from modelsearch.backends import get_search_backends

    from varde.knowledge.demo import _bulk_loading
    from varde.knowledge.models import GuidancePage, TopicIndexPage

    index = TopicIndexPage.objects.filter(slug="kunnskap", locale__language_code="nb").first()
    template = GuidancePage.objects.filter(locale__language_code="nb").first().specific
    created = []
    with _bulk_loading():
        for i in range(count):
            page = GuidancePage(
                title=f"Generert side {i} om helse og utnytting",
                slug=f"generert-{i}",
                intro=template.intro,
                body=template.body.raw_data,
                owner_unit="Bench",
                live=True,
                last_substantive_change=datetime.date(2026, 1, 1),
                next_review=datetime.date(2027, 1, 1),
                locale=index.locale,
            )
            index.add_child(instance=page)
            created.append(page)
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(GuidancePage, created)


def _bare_sql(query: str) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        # The same index table Wagtail's database backend searches (its body is already a tsvector on
        # PostgreSQL, an FTS5 table on SQLite), queried directly: ranked, first 50.
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT object_id FROM wagtailsearch_indexentry WHERE body @@ plainto_tsquery('norwegian', %s) "
                "ORDER BY ts_rank(body, plainto_tsquery('norwegian', %s)) DESC LIMIT 50",
                [query, query],
            )
        else:
            cursor.execute(
                "SELECT rowid FROM wagtailsearch_indexentry_fts WHERE wagtailsearch_indexentry_fts MATCH %s "
                "ORDER BY rank LIMIT 50",
                [f'"{query}"'],
            )
        cursor.fetchall()


def run():
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    rows = []
    page_url = "/kunnskap/samtalen/"
    samples = _time(lambda: client.get(page_url))
    with CaptureQueriesContext(connection) as ctx:
        client.get(page_url)
    rows.append(("guidance page render p50 (ms)", page_url, "goal 30 ms", f"{_p50(samples):.1f}"))
    rows.append(("guidance page SQL queries", page_url, "goal 10", str(len(ctx.captured_queries))))
    count = int(os.environ.get("BENCH_KNOWLEDGE_PAGES", "10000"))
    try:
        with transaction.atomic():
            t0 = time.perf_counter()
            _generate(count)
            log(f"generated {count} guidance pages in {time.perf_counter() - t0:.0f} s")
            for query in QUERIES:
                search = _time(lambda q=query: client.get(f"/sok/?q={q}"), runs=5)
                bare = _time(lambda q=query: _bare_sql(q), runs=5)
                rows.append(
                    (
                        f"search p50 at {count} pages (ms)",
                        query,
                        f"bare SQL {_p50(bare):.1f} ms",
                        f"{_p50(search):.1f} ({_p50(search) / max(_p50(bare), 0.01):.0f}×)",
                    )
                )
            raise _Rollback
    except _Rollback:
        pass
    return rows
