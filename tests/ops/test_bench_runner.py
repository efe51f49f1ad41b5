"""The bench runs each module in a fresh process and brings its rows back (or says it failed)."""

import importlib

bench_main = importlib.import_module("bench.__main__")


def test_a_module_that_fails_in_its_own_process_becomes_one_failed_row():
    rows = bench_main._run_isolated("bench_that_does_not_exist")
    assert len(rows) == 1
    module, status, reason, ratio = rows[0]
    assert (module, status, ratio) == ("bench_that_does_not_exist", "failed", "–")
    assert "ModuleNotFoundError" in reason


def test_a_process_that_dies_without_rows_is_reported(monkeypatch):
    monkeypatch.setattr(bench_main.sys, "executable", "/bin/false")
    [(module, status, reason, _)] = bench_main._run_isolated("bench_render")
    assert (module, status) == ("bench_render", "failed") and "exit code 1" in reason
