"""The engine: facts, age bands, uncertainty display, overviews, speed and purity."""

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from varde.rights import engine

RULESET = engine.get_ruleset()
TODAY = dt.date(2026, 11, 23)


def facts(**params):
    return engine.facts_from_params({k: str(v) for k, v in params.items()}, RULESET.statuses, TODAY)


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, "u16"),
        (15, "u16"),
        (16, "16-17"),
        (17, "16-17"),
        (18, "18"),
        (19, "19-20"),
        (20, "19-20"),
        (21, "21"),
        (22, "22-24"),
        (24, "22-24"),
        (25, "25-26"),
        (26, "25-26"),
        (27, "27+"),
        (130, "27+"),
    ],
)
def test_age_bands_follow_the_legal_limits(age, band):
    assert RULESET.band_for_age(age) == band


@pytest.mark.parametrize(
    ("params", "field", "code"),
    [
        ({"status": "martian"}, "status", "unknown_status"),
        ({}, "status", "missing_status"),
        ({"status": "nor", "age": "seventeen"}, "age", "bad_age"),
        ({"status": "nor", "age": "-1"}, "age", "age_out_of_range"),
        ({"status": "nor", "age": "131"}, "age", "age_out_of_range"),
        ({"status": "nor", "date": "2025-02-30"}, "date", "bad_date"),
        ({"status": "nor", "date": "01.06.2025"}, "date", "bad_date"),
        ({"status": "nor", "pregnant": "maybe"}, "pregnant", "bad_boolean"),
        ({"status": "nor", "acts": "mars"}, "acts", "bad_choice"),
        ({"q_eea": "yes", "eea_stay": "forever"}, "eea_stay", "bad_choice"),
    ],
)
def test_bad_facts_raise_a_clear_error(params, field, code):
    with pytest.raises(engine.FactsError) as info:
        engine.facts_from_params(params, RULESET.statuses, TODAY)
    assert (info.value.field, info.value.code) == (field, code)


def test_defaults_and_derivation():
    f = facts(status="nor")
    assert f.date == TODAY and f.age is None and f.acts == "unknown" and not f.derived_from_questions
    assert facts(q_reflection="yes").status == "ref"
    assert facts(q_limited="ja").status == "beg"
    assert facts(q_permit="on").status == "prm"
    assert facts(q_resident="yes", q_asylum="yes").status == "nor"
    assert facts(q_eea="yes", eea_stay="short").status == "eea-s"
    assert facts(q_eea="yes", eea_stay="long").status == "eea-r"
    assert facts(q_eea="yes").status == "eea-x"
    assert facts(q_asylum="no").status == "unl"
    assert facts(q_asylum="yes").derived_from_questions


def test_result_is_grouped_and_complete():
    result = RULESET.evaluate(facts(status="asy", age=30), "nb")
    assert [g["code"] for g in result["groups"]] == ["health", "welfare", "legal", "residence"]
    items = [i for g in result["groups"] for i in g["items"]]
    assert {i["entitlement"] for i in items} == set(RULESET.entitlements)
    for item in items:
        assert item["basis"] and item["sources"] and item["confidence"] in "VGU"
        assert all(s["url"].startswith("http") for s in item["sources"])
        assert item["last_checked"]


def test_languages_come_from_the_rules():
    nb = RULESET.evaluate(facts(status="unl", age=30), "nb")
    nn = RULESET.evaluate(facts(status="unl", age=30), "nn")
    en = RULESET.evaluate(facts(status="unl", age=30), "en")
    assert nb["groups"][0]["label"] == "Helse" and en["groups"][0]["label"] == "Health"
    assert nb["groups"][0]["items"][0]["text"] != en["groups"][0]["items"][0]["text"]
    assert nn["groups"][1]["label"] == "Velferd og bustad"
    assert RULESET.evaluate(facts(status="unl"), "de")["groups"][0]["label"] == "Helse"


def test_display_never_shows_plain_yes_no_for_uncertainty():
    assert engine.display("uncertain", "U", "UDI", "nb") == "Usikkert – spør UDI"
    assert engine.display("yes", "U", "UDI", "en") == "Uncertain – ask UDI"
    assert engine.display("yes", "V", "", "nn") == "Ja"


@settings(max_examples=150, deadline=None)
@given(
    status=st.sampled_from(sorted(RULESET.statuses)),
    age=st.one_of(st.none(), st.integers(0, 130)),
    under18=st.booleans(),
    day=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
    employed=st.booleans(),
    acts=st.sampled_from(engine.ACTS_VALUES),
    lang=st.sampled_from(engine.LANGUAGES),
)
def test_every_answer_is_complete_and_uncertainty_is_visible(status, age, under18, day, employed, acts, lang):
    f = engine.Facts(status=status, date=day, age=age, may_be_under_18=under18, employed=employed, acts=acts)
    result = RULESET.evaluate(f, lang)
    items = [i for g in result["groups"] for i in g["items"]]
    assert len(items) == len(RULESET.entitlements)
    label = engine.CONCLUSION_LABELS["uncertain"][lang]
    for item in items:
        if item["confidence"] == "U" or item["conclusion"] == "uncertain":
            assert item["display"].startswith(label) and item["ask"], item["rule_id"]
            assert len(item["display"]) > len(label)
        else:
            assert item["display"] == engine.CONCLUSION_LABELS[item["conclusion"]][lang]
    assert result["duties"]
    if result["child"]:
        assert result["duties"][0]["id"] == "D3-child-welfare"


def test_abortion_answer_changes_on_1_june_2025():
    before = RULESET.rule_for("unl", "27+", "abortion", dt.date(2025, 5, 31))
    after = RULESET.rule_for("unl", "27+", "abortion", dt.date(2025, 6, 1))
    assert (before.id, after.id) == ("H8-abortion-1975", "H8-abortion-2025")


def test_changelog_is_derived_from_rule_dates():
    log = RULESET.changelog("nb")
    dates = [entry["date"] for entry in log]
    assert dates == sorted(dates, reverse=True)
    june = next(e for e in log if e["date"] == "2025-06-01")
    assert [x["rule_id"] for x in june["started"]] == ["H8-abortion-2025"]
    assert [x["rule_id"] for x in june["ended"]] == ["H8-abortion-1975"]
    assert {"2024-07-01", "2023-01-01"} <= set(dates)


def test_matrix_covers_every_status_and_entitlement():
    matrix = RULESET.matrix("u16", dt.date(2026, 1, 1), "en")
    assert len(matrix["rows"]) == len(RULESET.statuses)
    assert all(len(row["cells"]) == len(RULESET.entitlements) for row in matrix["rows"])
    with pytest.raises(engine.FactsError):
        RULESET.matrix("99", TODAY)


def test_engine_does_not_import_django():
    code = "import sys; import varde.rights.engine as e; e.get_ruleset(); print(any(m.startswith('django') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
