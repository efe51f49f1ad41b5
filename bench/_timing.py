"""Timing helpers the benchmarks share: samples in milliseconds, their percentiles, and interleaved runs.

This machine is a shared VM whose speed drifts: the same SQL query, run alone, took 21 ms and two
minutes later 38 ms (2026-12-07). Timing a subject for a while and then its baseline can put them in
different minutes. ``interleaved`` times them in turn, one sample each per round, so both see the same
moments, and adds the machine gauge (the header's Python loop) to the rounds: a row can then say how
quick the machine was while it was measured, not only at the start of the run.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def p50(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18] if len(samples) > 1 else samples[0]


# The machine gauge's time on the quick machine where every time goal was met (session 6, 2026-12-07,
# Intel Xeon VM): the speed the goals are judged at (docs/decisions/0004-time-goals.md).
REFERENCE_GAUGE_MS = 23.7
SLOW_FACTOR = 1.15  # a machine this much slower than the reference, or more, is called slow in a row


def slow_machine_note(gauge_p50_ms: float, *, met: bool) -> str:
    """Words to add to a verdict of "over goal" when the machine gauge, timed in the same rounds as the
    row, ran ``SLOW_FACTOR`` or more times the reference: the goal was missed on a slow machine. The
    verdict itself is never changed."""
    factor = gauge_p50_ms / REFERENCE_GAUGE_MS
    if met or factor < SLOW_FACTOR:
        return ""
    return f" (machine at {factor:.1f} × the reference time; decision 0004)"


def gauge() -> None:
    """The machine gauge: the same pure-Python loop as the reference in the report's header."""
    sum(range(2_000_000))


def time_ms(fn: Callable[[], object], runs: int, *, warmup: int = 1) -> list[float]:
    """``runs`` timings of ``fn`` in milliseconds, after ``warmup`` calls that are not timed."""
    return interleaved({"fn": fn}, runs, warmup=warmup)["fn"]


def interleaved(
    fns: dict[str, Callable[[], object]], runs: int, *, warmup: int = 1
) -> dict[str, list[float]]:
    """``runs`` timings of each function, in milliseconds, taken in turn: round ``i`` times every
    function once, in the order given. After ``warmup`` untimed rounds."""
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    samples: dict[str, list[float]] = {name: [] for name in fns}
    clock = time.perf_counter_ns
    for _ in range(runs):
        for name, fn in fns.items():
            t0 = clock()
            fn()
            samples[name].append((clock() - t0) / 1e6)
    return samples
