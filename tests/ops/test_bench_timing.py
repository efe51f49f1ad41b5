"""The bench's timing helpers: interleaved rounds, warm-up, and the percentiles the rows report."""

import time

import pytest
from bench._timing import REFERENCE_GAUGE_MS, interleaved, p50, p95, slow_machine_note, time_ms


def test_interleaved_times_each_function_once_per_round_in_the_order_given():
    calls = []
    samples = interleaved({"a": lambda: calls.append("a"), "b": lambda: calls.append("b")}, 3, warmup=2)
    assert calls == ["a", "b"] * 5  # two untimed rounds, then three timed ones, always in turn
    assert {name: len(times) for name, times in samples.items()} == {"a": 3, "b": 3}


def test_samples_are_milliseconds_of_each_call_alone():
    samples = interleaved({"slow": lambda: time.sleep(0.004), "quick": lambda: None}, 5)
    assert min(samples["slow"]) >= 4.0
    assert max(samples["quick"]) < min(samples["slow"])


def test_time_ms_is_one_function_in_rounds_of_its_own():
    calls = []
    samples = time_ms(lambda: calls.append(1), 4, warmup=0)
    assert len(samples) == 4 and len(calls) == 4


@pytest.mark.parametrize(
    ("samples", "median", "high"),
    [
        ([7.0], 7.0, 7.0),
        (list(map(float, range(1, 21))), 10.5, 19.05),  # 95th percentile between the 19th and the 20th
    ],
)
def test_percentiles(samples, median, high):
    assert p50(samples) == median
    assert p95(samples) == pytest.approx(high)


@pytest.mark.parametrize(
    ("gauge_ms", "met", "note"),
    [
        (REFERENCE_GAUGE_MS, False, ""),
        (REFERENCE_GAUGE_MS * 1.1, False, ""),  # within the usual drift: nothing added
        (REFERENCE_GAUGE_MS * 1.8, False, " (machine at 1.8 × the reference time; decision 0004)"),
        (REFERENCE_GAUGE_MS * 1.8, True, ""),  # a goal met on a slow machine needs no excuse
    ],
)
def test_a_missed_goal_says_when_the_machine_ran_slow_while_it_was_measured(gauge_ms, met, note):
    assert slow_machine_note(gauge_ms, met=met) == note


def test_the_reference_speed_is_the_one_the_decision_records():
    from pathlib import Path

    decision = (Path(__file__).parents[2] / "docs/decisions/0004-time-goals.md").read_text()
    assert f"{REFERENCE_GAUGE_MS} ms" in decision
