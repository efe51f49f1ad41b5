"""Run all benchmarks and write a markdown table of results."""

import datetime as dt
import importlib
import os
import pkgutil
import platform
import sys
from pathlib import Path

import django

HERE = Path(__file__).resolve().parent


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "varde.settings")
    sys.path.insert(0, str(HERE.parent / "src"))
    django.setup()
    rows = []
    for module in sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_")):
        bench = importlib.import_module(f"bench.{module}")
        rows.extend(bench.run())
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    header = f"# Varde benchmarks\n\n{stamp} on {platform.node()} ({platform.machine()}, {os.cpu_count()} cores)\n\n"
    table = ["| measure | subject | baseline | ratio |", "|---|---|---|---|"]
    table += [f"| {m} | {s} | {b} | {r} |" for m, s, b, r in rows]
    if not rows:
        table.append("| (no benchmarks yet) | | | |")
    text = header + "\n".join(table) + "\n"
    print(text)
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
