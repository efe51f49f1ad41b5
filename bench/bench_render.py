"""Uncached render time (p50/p95) and SQL queries for each public page type, in-process.

No HTTP cache in front: every request goes through Django's full middleware stack and the view
(the application cache stays warm, as in production). Baseline in the same run: the goal (p95 ≤ 30 ms,
≤ 10 queries) and the floor, /healthz, which goes through the same middleware with one query and no template,
timed in turn with each page (one sample of each per round, ``bench._timing.interleaved``).
Queries must stay flat as content grows: each page is measured again after adding 50 sibling pages
inside a transaction that is rolled back afterwards.
"""

from __future__ import annotations

import time

from bench._site import log, public_pages
from bench._timing import interleaved, p50, p95

GOAL_P95_MS = 30.0
GOAL_QUERIES = 10
RUNS = 20
WARMUP = 2
BUDGET_SECONDS = 30.0
EXTRA_PAGES = 50


def _queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    return len(ctx.captured_queries)


def _grow_content(count: int) -> None:
    from varde.core.models import ContentPage, HomePage

    home = HomePage.objects.filter(locale__language_code="nb").first()
    if home is None:
        raise RuntimeError("no HomePage in the bench database: is the demo content loaded?")
    for i in range(count):
        home.add_child(
            instance=ContentPage(title=f"Benchmark side {i}", slug=f"bench-side-{i}", intro="Fylltekst.")
        )


def run():
    from django.db import transaction
    from django.test import Client

    client = Client()
    pages = public_pages(client)
    deadline = time.perf_counter() + BUDGET_SECONDS
    results = {}
    for label, url in pages:
        runs = RUNS if time.perf_counter() < deadline else 5
        # The page and the floor in turn, so both are timed in the same moments of a drifting machine.
        samples = interleaved(
            {"page": lambda u=url: client.get(u), "floor": lambda: client.get("/healthz")},
            runs,
            warmup=WARMUP,
        )
        results[label] = (url, samples["page"], p95(samples["floor"]), _queries(client, url))

    grown = {}
    with transaction.atomic():
        t0 = time.perf_counter()
        _grow_content(EXTRA_PAGES)
        log(f"added {EXTRA_PAGES} pages in {time.perf_counter() - t0:.1f} s (rolled back afterwards)")
        for label, url in pages:
            grown[label] = _queries(client, url)
        transaction.set_rollback(True)

    rows = []
    for label, (url, samples, floor_p95, queries) in results.items():
        page_p95 = p95(samples)
        flat = "flat" if grown[label] <= queries else f"+{grown[label] - queries} with +{EXTRA_PAGES} pages"
        verdict = "ok" if page_p95 <= GOAL_P95_MS and queries <= GOAL_QUERIES else "over goal"
        rows.append(
            (
                "uncached render",
                f"{label} `{url}`: p50 {p50(samples):.1f} ms, p95 {page_p95:.1f} ms (n={len(samples)}); {queries} queries, "
                f"{grown[label]} with +{EXTRA_PAGES} pages",
                f"goal p95 ≤ {GOAL_P95_MS:.0f} ms, ≤ {GOAL_QUERIES} queries; floor (/healthz, timed in turn with the page) p95 {floor_p95:.1f} ms",
                f"{page_p95 / GOAL_P95_MS:.2f} × goal time, {queries / GOAL_QUERIES:.1f} × goal queries, {flat} — {verdict}",
            )
        )
    return rows
