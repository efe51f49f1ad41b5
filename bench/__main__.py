"""Run all benchmarks and write a markdown table of results.

Every ``bench/bench_*.py`` module has ``run()`` returning rows ``(measure, subject, baseline, ratio)``.
They all run against the bench database (see ``bench/_site.py``) with DEBUG off. A module that fails
adds one row saying so; the others still run. ``python -m bench http render`` runs only the modules
whose names contain one of the words given.

Each module runs in a fresh Python process of its own (``python -m bench --one bench_x``), as each
application server worker does. In one shared process the objects left by a module (the 10 000
generated pages of ``bench_knowledge``, say) made the garbage collector and the caches slow every
later module: the same page rendered in 35 ms p95 after ``bench_knowledge`` and in 21 ms alone.
"""

import datetime as dt
import importlib
import json
import os
import pkgutil
import platform
import subprocess
import sys
import time
import traceback
from pathlib import Path

import django

HERE = Path(__file__).resolve().parent


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.node()} ({cpu}, {os.cpu_count()} cores, Python {platform.python_version()})"


def _load() -> str:
    try:
        return "/".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return "?"


def _reference() -> str:
    """The machine's speed in two fixed measures, so tables from different machines can be compared:
    a pure-Python loop and one trivial database round trip (median of several runs each)."""
    from django.db import connection

    def median_ms(fn, runs):
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - t0) * 1000)
        return sorted(samples)[len(samples) // 2]

    def round_trip():
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()

    round_trip()
    python_ms = median_ms(lambda: sum(range(2_000_000)), 7)
    query_ms = median_ms(round_trip, 51)
    from bench._timing import REFERENCE_GAUGE_MS

    return (
        f"reference: Python loop `sum(range(2_000_000))` {python_ms:.1f} ms"
        f" ({python_ms / REFERENCE_GAUGE_MS:.1f} × the {REFERENCE_GAUGE_MS} ms the time goals are judged at,"
        f" docs/decisions/0004-time-goals.md), `SELECT 1` round trip {query_ms:.2f} ms"
    )


def _run_one(module: str) -> list[tuple[str, str, str, str]]:
    """Run one bench module in this process; a failure becomes one row saying so."""
    try:
        bench = importlib.import_module(f"bench.{module}")
        return [tuple(row) for row in bench.run()]
    except Exception as exc:
        traceback.print_exc()
        return [(module, "failed", f"{type(exc).__name__}: {exc}".replace("|", "/")[:200], "–")]


def _run_isolated(module: str) -> list[tuple[str, str, str, str]]:
    """Run one bench module in a fresh Python process; its rows come back as JSON on a pipe of their
    own (stdout and stderr stay the module's log)."""
    read_end, write_end = os.pipe()
    try:
        child = subprocess.Popen(  # noqa: S603 - our own interpreter and module, no shell
            [sys.executable, "-m", "bench", "--one", module, "--rows-fd", str(write_end)],
            cwd=HERE.parent,
            pass_fds=(write_end,),
        )
    finally:
        os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8") as pipe:
        output = pipe.read()
    code = child.wait()
    try:
        return [tuple(row) for row in json.loads(output)]
    except ValueError:
        return [(module, "failed", f"the module's process ended with exit code {code} and no results", "–")]


def _child(argv: list[str]) -> int:
    """``--one bench_x --rows-fd N``: run one module, write its rows as JSON to file descriptor N."""
    from bench._site import use_bench_database

    module, fd = argv[1], int(argv[3])
    use_bench_database()
    rows = _run_one(module)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(rows, out)
    return 0


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "varde.settings")
    os.environ.setdefault("DEBUG", "false")  # measure what production runs, not the debug toolbar path
    # One client sends every request: with the limits on, a 429 after the 60th search would be timed
    # as a fast search. The limiter itself costs one cache increment; it is tested in tests/ops.
    os.environ.setdefault("RATELIMIT_ENABLED", "false")
    sys.path.insert(0, str(HERE.parent / "src"))
    django.setup()


def main(argv: list[str]) -> int:
    _setup()
    if argv[:1] == ["--one"]:
        return _child(argv)
    from django.db import connection

    from bench._site import ensure_bench_database, log

    started = time.perf_counter()
    load_before = _load()
    ensure_bench_database()
    reference = _reference()
    # Each module runs in a process of its own; this one must not hold a session open on the bench
    # database meanwhile (bench_knowledge copies it with CREATE DATABASE … TEMPLATE, which needs it idle).
    connection.close()
    rows = []
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if argv:
        names = [n for n in names if any(word in n for word in argv)]
    for module in names:
        t0 = time.perf_counter()
        rows.extend(_run_isolated(module))
        log(f"{module} done in {time.perf_counter() - t0:.1f} s")
    stamp = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    header = (
        f"# Varde benchmarks\n\n{stamp} on {_machine()}, database: {connection.vendor}, "
        f"total {time.perf_counter() - started:.0f} s, load average (1/5/15 min) {load_before} before and "
        f"{_load()} after: other work on the machine makes the times noisy; {reference}\n\n"
    )
    table = ["| measure | subject | baseline | ratio |", "|---|---|---|---|"]
    table += [f"| {m} | {s} | {b} | {r} |" for m, s, b, r in rows]
    if not rows:
        table.append("| (no benchmarks yet) | | | |")
    text = header + "\n".join(table) + "\n"
    print(text)
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(text, encoding="utf-8")
    (out / f"latest-{connection.vendor}.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
