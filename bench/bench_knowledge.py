"""Knowledge portal: guidance page render time and queries, and search latency at scale.

The render rows use the bench database. Search is measured in a copy of it with generated guidance
pages added (default 10 000, ``BENCH_KNOWLEDGE_PAGES``): ``test_<name>_k<count>`` on PostgreSQL
(``CREATE DATABASE … TEMPLATE``), ``var/bench/bench-k<count>.sqlite3`` on SQLite. The copy is made and
filled once, committed, compacted and analysed, and reused while the bench database and the generator are
unchanged (stamp in ``var/bench/``), so only the first run pays the minutes the 10 000 pages take.
``BENCH_KNOWLEDGE_REBUILD=1`` makes it again.

Each query is timed through /sok/ (the whole request: view, search, snippets, template) beside a bare
SQL full-text query on the same index table in the same run (PostgreSQL: ``plainto_tsquery`` with
``norwegian``, ranked, first 50; SQLite: FTS5 ``MATCH``, ranked, first 50). On PostgreSQL a second
baseline runs the same bare query with the expanded tsquery the search builds (synonyms, compound
parts, stems): for a compound such as ``menneskehandelsofre`` the plain baseline matches nothing.
All report p50 and p95. The search and its baselines are timed in turn, one sample each per round
(``bench._timing.interleaved``), with the machine gauge in the same rounds, so their ratio holds while the
shared machine's speed drifts, and the row says how quick the machine was while it was measured.
"""

from __future__ import annotations

import datetime
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

from bench._site import VAR, log
from bench._timing import gauge, interleaved, p50, p95, slow_machine_note

RUNS = 15
SEARCH_RUNS = 40
GOAL_MS = 30.0
GOAL_QUERIES = 10
QUERIES = ["menneskehandelsofre", "tolk", "arbeidsutnytting", "taushetsplikt", "refleksjonsperode"]
GENERATOR_VERSION = "2"  # bump when _generate changes, so the copies are rebuilt


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
            if i and i % 1000 == 0:
                log(f"  {i} pages")
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(GuidancePage, created)


def _switch(name: str) -> None:
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = name


@contextmanager
def _search_database(count: int):
    """Switch the default connection to the bench copy with ``count`` generated pages; switch back after."""
    from django.db import connection

    base = connection.settings_dict["NAME"]
    vendor = connection.vendor
    demo_stamp = VAR / f"demo-{vendor}-{Path(str(base)).name}.stamp"
    fingerprint = f"{demo_stamp.read_text() if demo_stamp.exists() else ''}|{count}|{GENERATOR_VERSION}"
    name = f"{base}_k{count}" if vendor == "postgresql" else str(VAR / f"bench-k{count}.sqlite3")
    stamp = VAR / f"knowledge-{vendor}-{Path(name).name}.stamp"
    fresh = (
        os.environ.get("BENCH_KNOWLEDGE_REBUILD") != "1"
        and stamp.exists()
        and stamp.read_text() == fingerprint
    )
    if not fresh:
        stamp.unlink(missing_ok=True)
        t0 = time.perf_counter()
        connection.close()
        if vendor == "postgresql":
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
                cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{base}"')
        else:
            shutil.copyfile(base, name)
        _switch(name)
        try:
            from django.db import transaction

            with transaction.atomic():
                _generate(count)
            with connection.cursor() as cursor:
                if vendor == "postgresql":
                    # Indexing in bulk writes every index entry two or three times (Wagtail inserts it,
                    # then updates the title norms), leaving the table four times its size with one live
                    # row per 8 kB page; docs/knowledge.md says to compact it after a bulk load, as here.
                    cursor.execute("VACUUM FULL wagtailsearch_indexentry")
                    cursor.execute("VACUUM ANALYZE")
                else:
                    cursor.execute("ANALYZE")
        except BaseException:
            _switch(base)
            raise
        stamp.write_text(fingerprint)
        log(f"generated {count} guidance pages in {time.perf_counter() - t0:.0f} s (kept in {name})")
    else:
        _switch(name)
        log(f"reusing {name} ({count} generated guidance pages)")
    try:
        yield name
    finally:
        _switch(base)


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


def _bare_sql_expanded(query: str):
    """PostgreSQL: the same bare ranked query, but with the expanded tsquery the search builds (so the
    ratio shows what the search adds: title rank, page filter, count, snippets, template). None elsewhere,
    and when the expanded query matches no page."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    from varde.knowledge import engine
    from varde.knowledge.search import _config, _group_tsqueries
    from varde.knowledge.services import vocabulary_get

    vocabulary = vocabulary_get()
    groups = _group_tsqueries(engine.expand(engine.normalise(query), vocabulary), _config(), vocabulary)
    if not groups:  # the query matches no page: there is no SQL to compare with
        return None
    tsquery = " & ".join(f"( {g} )" for g in groups)

    def bare():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT object_id FROM wagtailsearch_indexentry WHERE body @@ %s::tsquery "
                "ORDER BY ts_rank(body, %s::tsquery) DESC LIMIT 20",
                [tsquery, tsquery],
            )
            cursor.fetchall()

    return bare


def run():
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()

    def render_row(label: str, url: str):
        samples = interleaved({"page": lambda: client.get(url), "gauge": gauge}, RUNS)
        page = samples["page"]
        with CaptureQueriesContext(connection) as ctx:
            client.get(url)
        queries = len(ctx.captured_queries)
        verdict = "ok" if p95(page) <= GOAL_MS and queries <= GOAL_QUERIES else "over goal"
        return (
            label,
            f"`{url}`: p50 {p50(page):.1f} ms, p95 {p95(page):.1f} ms; {queries} queries",
            f"goal p95 ≤ {GOAL_MS:.0f} ms, ≤ {GOAL_QUERIES} queries;"
            f" machine gauge meanwhile p50 {p50(samples['gauge']):.1f} ms",
            f"{p95(page) / GOAL_MS:.2f} × goal time, {queries / GOAL_QUERIES:.1f} × goal queries — {verdict}"
            + slow_machine_note(p50(samples["gauge"]), met=verdict == "ok"),
        )

    page_url = "/kunnskap/samtalen/"
    rows = [render_row("guidance page render", page_url)]
    count = int(os.environ.get("BENCH_KNOWLEDGE_PAGES", "10000"))
    with _search_database(count):
        rows += [render_row(f"render at {count} pages", url) for url in ("/kunnskap/", page_url)]
        for query in QUERIES:
            url = f"/sok/?q={query}"
            expanded_fn = _bare_sql_expanded(query)
            timed = {
                "search": lambda u=url: client.get(u),
                "bare": lambda q=query: _bare_sql(q),
                **({"expanded": expanded_fn} if expanded_fn else {}),
                "gauge": gauge,
            }
            samples = interleaved(timed, SEARCH_RUNS)
            search, bare, expanded = samples["search"], samples["bare"], samples.get("expanded")
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(url)
            if response.status_code != 200:  # never time an error page as a search
                raise RuntimeError(f"{url} answered {response.status_code}")
            html = response.content.decode()
            hits = html.count('class="v-hit"')
            total = html.split('id="treff">')[1].split(" ")[0] if 'id="treff">' in html else "?"
            verdict = "ok" if p95(search) <= GOAL_MS else "over goal"
            rows.append(
                (
                    f"search at {count} pages",
                    f"{query}: p50 {p50(search):.1f} ms, p95 {p95(search):.1f} ms (n={SEARCH_RUNS}); "
                    f"{len(ctx.captured_queries)} queries, {total} hits, {hits} shown",
                    f"bare SQL p50 {p50(bare):.1f} ms, p95 {p95(bare):.1f} ms"
                    + (
                        f"; bare SQL with the expanded query p50 {p50(expanded):.1f} ms, p95 {p95(expanded):.1f} ms"
                        if expanded
                        else ""
                    )
                    + f"; goal p95 ≤ {GOAL_MS:.0f} ms; machine gauge meanwhile p50 {p50(samples['gauge']):.1f} ms",
                    f"{p95(search) / max(p95(bare), 0.01):.0f} × bare SQL (p95)"
                    + (f", {p95(search) / max(p95(expanded), 0.01):.1f} × expanded" if expanded else "")
                    + f" — {verdict}"
                    + slow_machine_note(p50(samples["gauge"]), met=verdict == "ok"),
                )
            )
    return rows
