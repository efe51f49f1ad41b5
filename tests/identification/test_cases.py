"""Written case vignettes (tests/identification/cases.yaml) with their expected results."""

from pathlib import Path

import pytest
import yaml

from varde.identification import engine
from varde.identification.engine import Context, assess

CASES = yaml.safe_load((Path(__file__).parent / "cases.yaml").read_text(encoding="utf-8"))


def test_there_are_at_least_20_cases():
    assert len(CASES) >= 20
    assert len({c["name"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case):
    ctx = case["context"]
    result = assess(
        case["answers"],
        Context(
            age=ctx["age"],
            forms=tuple(ctx["forms"]),
            ongoing=ctx["ongoing"],
            acute_danger=ctx["acute_danger"],
        ),
    )
    expect = case["expect"]
    assert result.level.key == expect["level"]
    duties = {d.id: d.status for d in result.duties}
    for duty_id, status in expect.get("duties", {}).items():
        assert duties.get(duty_id, "absent") == status, duty_id
    steps = [s.id for s in result.steps]
    if "first_step" in expect:
        assert steps[0] == expect["first_step"]
    assert set(expect.get("steps_include", [])) <= set(steps)
    assert not set(expect.get("steps_exclude", [])) & set(steps)
    if "treated_as_child" in expect:
        assert result.treated_as_child is expect["treated_as_child"]
    if "unknown_count" in expect:
        assert len(result.unknown) == expect["unknown_count"]
    assert steps[-1] == "document"
    assert engine.text("caveat.not_a_verdict", "nb") in engine.concern_note(result, "nb")
