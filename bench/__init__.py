"""Varde benchmarks: `make bench` runs every ``bench/bench_*.py`` module's ``run()``.

Each benchmark measures a subject and its baseline in the same run and returns rows of
(measure, subject, baseline, ratio). Results are printed and written to ``bench/results/`` as a
markdown table with the machine and the date.
"""
