"""Rights navigator: one engine evaluation (goal ≤ 1 ms, issue 6) and the rights API's p95.

Engine. ``RuleSet.evaluate`` for three realistic sets of facts (a child without lawful residence who is
pregnant, an adult asylum seeker, an EEA short-stay adult with EHIC), rules already loaded and indexed
(``get_ruleset()`` is cached per process, as in production). Baseline, measured in the same run: the
floor of any evaluation, looking up the active rule of every (status, age band, entitlement) cell of
the same facts in the prebuilt index, without building texts, conditions or groups, timed in turn with
each evaluation (``bench._timing.interleaved``). The ratio is what
the presentation of the answer costs on top of finding the rules. The one-off load and validation of
the YAML rules is shown for scale.

API. ``GET /api/v1/rights?status=…&age=…`` through Django's test client (middleware, ninja validation and
serialisation, no network), against ``GET /healthz`` through the same client as the floor every
request pays, timed in turn with the API. Nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from bench._timing import interleaved, p95
from varde.rights import engine

RUNS = 2000
API_RUNS = 300
GOAL_MS = 1.0
CASES = (
    ("child without lawful residence, pregnant", {"status": "unl", "age": "15", "pregnant": "yes"}),
    ("adult asylum seeker", {"status": "asy", "age": "30"}),
    ("EEA short stay with EHIC", {"status": "eea-s", "age": "40", "ehic": "yes"}),
)


def _engine_rows() -> list[tuple[str, str, str, str]]:
    start = time.perf_counter()
    engine.load_rules()
    load_ms = (time.perf_counter() - start) * 1000
    ruleset = engine.get_ruleset()
    today = dt.date.today()
    rows = []
    for label, params in CASES:
        facts = engine.facts_from_params(params, ruleset.statuses, today)
        band = ruleset.band_for_age(facts.age) if facts.age is not None else next(iter(ruleset.child_bands))

        def floor(facts=facts, band=band):
            for entitlement in ruleset.entitlements:
                ruleset.rule_for(facts.status, band, entitlement, facts.date)

        timed = interleaved(
            {"evaluate": lambda facts=facts: ruleset.evaluate(facts, "nb"), "floor": floor}, RUNS
        )
        samples, floors = timed["evaluate"], timed["floor"]
        p50, evaluate_p95 = statistics.median(samples), p95(samples)
        rows.append(
            (
                "rights engine",
                f"`RuleSet.evaluate`, {label}: p50 {p50 * 1000:.0f} µs, p95 {evaluate_p95 * 1000:.0f} µs (n={RUNS})",
                f"goal ≤ {GOAL_MS:.0f} ms; floor (index look-ups) p50 {statistics.median(floors) * 1000:.0f} µs; "
                f"YAML load {load_ms:.0f} ms (once per process)",
                f"{evaluate_p95 / GOAL_MS:.2f} × goal (p95) — {'ok' if evaluate_p95 <= GOAL_MS else 'over goal'}",
            )
        )
    return rows


def _api_rows() -> list[tuple[str, str, str, str]]:
    from django.test import Client
    from django.test.utils import override_settings

    client = Client()
    with override_settings(VARDE_RATELIMIT_ENABLED=False):
        timed = interleaved(
            {
                "api": lambda: client.get("/api/v1/rights", {"status": "asy", "age": "30"}),
                "base": lambda: client.get("/healthz"),
            },
            API_RUNS,
            warmup=10,
        )
        api, base = timed["api"], timed["base"]
    status = client.get("/api/v1/rights", {"status": "asy", "age": "30"}).status_code
    if status != 200:
        raise RuntimeError(f"/api/v1/rights answered {status}")
    return [
        (
            "rights API",
            f"GET /api/v1/rights (asylum seeker, 30): p50 {statistics.median(api):.1f} ms, p95 {p95(api):.1f} ms",
            f"GET /healthz: p50 {statistics.median(base):.1f} ms, p95 {p95(base):.1f} ms",
            f"{p95(api) / p95(base):.1f} × (p95)",
        )
    ]


def run():
    return _engine_rows() + _api_rows()
