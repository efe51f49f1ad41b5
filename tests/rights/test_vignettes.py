"""Vignettes written from the research note: real cases, real dates, expected answers."""

import datetime as dt
from pathlib import Path

import pytest
import yaml

from varde.rights import engine

VIGNETTES = yaml.safe_load((Path(__file__).parent / "vignettes.yaml").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 11, 23)


def _evaluate(params, lang="nb"):
    ruleset = engine.get_ruleset()
    facts = engine.facts_from_params(params, ruleset.statuses, TODAY)
    return ruleset.evaluate(facts, lang)


def _items(result):
    return {item["entitlement"]: item for group in result["groups"] for item in group["items"]}


def test_there_are_enough_vignettes():
    assert len(VIGNETTES) >= 15
    assert len({v["id"] for v in VIGNETTES}) == len(VIGNETTES)


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[v["id"] for v in VIGNETTES])
def test_vignette(vignette):
    result = _evaluate({k: str(v) for k, v in vignette["params"].items()})
    items = _items(result)
    if "status" in vignette:
        assert result["status"] == vignette["status"]
    for entitlement, expected in vignette["expect"].items():
        item = items[entitlement]
        where = f"{vignette['id']}/{entitlement} ({item['rule_id']})"
        assert item["conclusion"] == expected["conclusion"], where
        if "rule" in expected:
            assert item["rule_id"] == expected["rule"], where
        if "confidence" in expected:
            assert item["confidence"] == expected["confidence"], where
        if "display_starts" in expected:
            assert item["display"].startswith(expected["display_starts"]), where
        for lang, fragment in expected.get("text_contains", {}).items():
            assert fragment in _items(_evaluate(vignette["params"], lang))[entitlement]["text"], where
    duty_ids = [d["id"] for d in result["duties"]]
    if "first_duty" in vignette:
        assert duty_ids[0] == vignette["first_duty"]
    for duty in vignette.get("duties_include", []):
        assert duty in duty_ids
    for duty in vignette.get("duties_exclude", []):
        assert duty not in duty_ids
    highlighted = sorted(e for e, item in items.items() if item["highlight"])
    assert highlighted == sorted(vignette.get("highlighted", []))
