"""The bench's timing helpers: interleaved rounds, warm-up, and the percentiles the rows report."""

import time

import pytest
from bench._timing import interleaved, p50, p95, time_ms


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
