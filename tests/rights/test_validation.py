"""The rule files validate, and broken rule files fail loudly."""

import shutil

import pytest
import yaml

from varde.rights import engine


@pytest.fixture
def rules_dir(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(engine.RULES_DIR, target)
    return target


def _edit(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _rule(data, rule_id):
    return next(r for r in data["rules"] if r["id"] == rule_id)


def test_real_rules_are_valid():
    ruleset = engine.load_rules()
    cells = len(ruleset.statuses) * len(ruleset.age_bands) * len(ruleset.entitlements)
    assert cells == 10 * 8 * 23
    assert len(ruleset.rules) > 50
    for rule in ruleset.rules:
        assert rule.sources and rule.basis and rule.confidence in engine.CONFIDENCES
        assert all(b.url.startswith("https://lovdata.no/") for b in rule.basis)


def test_copied_rules_are_valid(rules_dir):
    assert engine.load_rules(rules_dir).rules


def test_gap_is_reported(rules_dir):
    _edit(rules_dir / "health.yaml", lambda d: d["rules"].remove(_rule(d, "H9-infectious")))
    with pytest.raises(
        engine.RuleValidationError, match=r"gap: cell \(status=nor, age=u16, entitlement=infectious\)"
    ):
        engine.load_rules(rules_dir)


def test_date_gap_is_reported(rules_dir):
    _edit(rules_dir / "health.yaml", lambda d: _rule(d, "H8-abortion-2025").update(valid_from="2025-07-01"))
    with pytest.raises(engine.RuleValidationError, match=r"gap: .*entitlement=abortion\) on 2025-06-01"):
        engine.load_rules(rules_dir)


def test_conflict_is_reported(rules_dir):
    def duplicate(data):
        copy = dict(_rule(data, "H9-infectious"), id="H9-infectious-copy")
        data["rules"].append(copy)

    _edit(rules_dir / "health.yaml", duplicate)
    with pytest.raises(engine.RuleValidationError, match=r"conflict: .*H9-infectious, H9-infectious-copy"):
        engine.load_rules(rules_dir)


def test_overlapping_dates_are_a_conflict(rules_dir):
    _edit(rules_dir / "health.yaml", lambda d: _rule(d, "H8-abortion-1975").update(valid_to="2025-06-30"))
    with pytest.raises(engine.RuleValidationError, match=r"conflict: .*abortion\) on 2025-06-01"):
        engine.load_rules(rules_dir)


def test_missing_source_is_reported(rules_dir):
    _edit(rules_dir / "legal.yaml", lambda d: _rule(d, "L1-legal-advice").pop("sources"))
    with pytest.raises(engine.RuleValidationError, match=r"legal.yaml:L1-legal-advice: missing sources"):
        engine.load_rules(rules_dir)


def test_unknown_source_is_reported(rules_dir):
    _edit(rules_dir / "legal.yaml", lambda d: _rule(d, "L1-legal-advice").update(sources=["S999"]))
    with pytest.raises(engine.RuleValidationError, match=r"unknown source 'S999'"):
        engine.load_rules(rules_dir)


def test_missing_confidence_is_reported(rules_dir):
    _edit(rules_dir / "legal.yaml", lambda d: _rule(d, "L1-legal-advice").pop("confidence"))
    with pytest.raises(engine.RuleValidationError, match=r"L1-legal-advice: confidence must be one of V/G/U"):
        engine.load_rules(rules_dir)


def test_reversed_dates_are_reported(rules_dir):
    _edit(rules_dir / "health.yaml", lambda d: _rule(d, "H8-abortion-1975").update(valid_from="2026-01-01"))
    with pytest.raises(
        engine.RuleValidationError, match=r"valid_from 2026-01-01 is after valid_to 2025-05-31"
    ):
        engine.load_rules(rules_dir)


def test_bad_date_is_reported(rules_dir):
    _edit(rules_dir / "health.yaml", lambda d: _rule(d, "H8-abortion-2025").update(valid_from="1. juni 2025"))
    with pytest.raises(engine.RuleValidationError, match=r"'valid_from' is not a date"):
        engine.load_rules(rules_dir)


def test_missing_last_checked_is_reported(rules_dir):
    def drop(data):
        data.pop("defaults")

    _edit(rules_dir / "legal.yaml", drop)
    with pytest.raises(engine.RuleValidationError, match=r"missing 'last_checked'"):
        engine.load_rules(rules_dir)


def test_uncertain_rule_needs_who_to_ask(rules_dir):
    _edit(rules_dir / "health.yaml", lambda d: _rule(d, "H3-full-ref").pop("ask"))
    with pytest.raises(
        engine.RuleValidationError, match=r"H3-full-ref: an uncertain rule must say who to ask"
    ):
        engine.load_rules(rules_dir)


def test_u_confidence_cannot_give_plain_yes(rules_dir):
    _edit(rules_dir / "health.yaml", lambda d: _rule(d, "H9-infectious").update(confidence="U"))
    with pytest.raises(
        engine.RuleValidationError, match=r"H9-infectious: an 'uncertain' conclusion goes with"
    ):
        engine.load_rules(rules_dir)


def test_unknown_status_and_missing_translation_are_reported(rules_dir):
    def breaks(data):
        rule = _rule(data, "W9-interpreter")
        rule["statuses"] = ["nor", "martian"]
        rule["text"].pop("nn")

    _edit(rules_dir / "welfare.yaml", breaks)
    with pytest.raises(engine.RuleValidationError) as info:
        engine.load_rules(rules_dir)
    assert any("unknown status code 'martian'" in p for p in info.value.problems)
    assert any("'text' has no 'nn' text" in p for p in info.value.problems)


def test_basis_must_link_to_lovdata(rules_dir):
    _edit(
        rules_dir / "legal.yaml",
        lambda d: _rule(d, "L1-legal-advice").update(
            basis=[{"law": "X", "section": "1", "url": "https://example.org"}]
        ),
    )
    with pytest.raises(engine.RuleValidationError, match=r"basis url must be a Lovdata link"):
        engine.load_rules(rules_dir)


def test_invalid_yaml_is_reported(rules_dir):
    (rules_dir / "legal.yaml").write_text("rules: [\n  - id: broken", encoding="utf-8")
    with pytest.raises(engine.RuleValidationError, match=r"legal.yaml: not valid YAML"):
        engine.load_rules(rules_dir)


def test_bad_variant_fact_is_reported(rules_dir):
    _edit(
        rules_dir / "welfare.yaml",
        lambda d: _rule(d, "W8-crisis-centre")["variants"][0].update(when={"rich": True}),
    )
    with pytest.raises(engine.RuleValidationError, match=r"unknown fact condition rich=True"):
        engine.load_rules(rules_dir)


def test_error_lists_every_problem(rules_dir):
    def many(data):
        for rule in data["rules"]:
            rule.pop("sources", None)

    _edit(rules_dir / "legal.yaml", many)
    with pytest.raises(engine.RuleValidationError) as info:
        engine.load_rules(rules_dir)
    assert len([p for p in info.value.problems if "missing sources" in p]) == 4
    assert "problem(s)" in str(info.value)
