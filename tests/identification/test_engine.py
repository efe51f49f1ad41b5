"""Unit tests of the identification engine: loading/validation and every branch of the combination rule."""

import copy

import pytest
import yaml

from varde.identification import engine
from varde.identification.engine import Context, Level, assess

ADULT = Context(age="adult", ongoing="yes", acute_danger="no")
CHILD = Context(age="under_18", ongoing="yes", acute_danger="no")
MAYBE_CHILD = Context(age="maybe_under_18", ongoing="yes", acute_danger="no")


def yes(*ids):
    return dict.fromkeys(ids, "yes")


def duty(result, duty_id):
    return {d.id: d.status for d in result.duties}.get(duty_id)


def step_ids(result):
    return [s.id for s in result.steps]


# --- Rules file -------------------------------------------------------------------------------------


def raw_rules():
    return yaml.safe_load(engine.RULES_PATH.read_text(encoding="utf-8"))


def test_rules_file_loads_and_has_required_content():
    rules = engine.load_rules()
    assert rules.version == "2026.1"
    assert 30 <= len(rules.indicators) <= 40
    assert {i.dimension for i in rules.indicators} == set(engine.DIMENSIONS)
    assert {f for i in rules.indicators for f in i.forms} == set(engine.FORMS)
    # The health-care signs named in the issue are present.
    for ind_id in (
        "injuries_violence",
        "untreated_illness",
        "companion_speaks",
        "no_id_control",
        "no_money_control",
    ):
        assert ind_id in rules.by_id
    assert any(i.applies_to == "children" for i in rules.indicators)
    for ind in rules.indicators:
        for lang in engine.LANGS:
            assert ind.text[lang] and ind.help[lang]
        assert all(rules.sources[k].startswith("https://") for k in ind.sources)
    assert rules.uncertain_notes


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("version"), "version"),
        (lambda d: d.update(valid_from="not-a-date"), "valid_from"),
        (lambda d: d["indicators"][0].update(dimension="nonsense"), "dimension"),
        (lambda d: d["indicators"][0].update(strength="huge"), "strength"),
        (lambda d: d["indicators"][0].update(forms=["sexual", "fishing"]), "forms"),
        (lambda d: d["indicators"][0].update(element="motive"), "element"),
        (lambda d: d["indicators"][0].update(source=["nowhere"]), "unknown source"),
        (lambda d: d["indicators"][0]["text"].pop("nn"), "nn"),
        (lambda d: d["indicators"][1].update(id=d["indicators"][0]["id"]), "duplicate"),
        (
            lambda d: d["indicators"][0].update(strength="weak", strength_child="weak", flags=["bogus"]),
            "flags",
        ),
        (lambda d: d["indicators"][0].update(strength="medium", strength_child="weak"), "strength_child"),
        (lambda d: d.update(indicators=[]), "indicators"),
    ],
)
def test_broken_rules_raise_a_clear_error(mutate, message):
    data = copy.deepcopy(raw_rules())
    mutate(data)
    with pytest.raises(engine.RulesError, match=message):
        engine.parse_rules(data)


def test_unreadable_or_invalid_yaml_file(tmp_path):
    with pytest.raises(engine.RulesError, match="cannot read"):
        engine.load_rules(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("indicators: [unclosed", encoding="utf-8")
    with pytest.raises(engine.RulesError, match="not valid YAML"):
        engine.load_rules(bad)


def test_yaml_is_loaded_safely(tmp_path):
    evil = tmp_path / "evil.yaml"
    evil.write_text("!!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(engine.RulesError):
        engine.load_rules(evil)


# --- Dimension rule (ILO/EC) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("strong", "medium", "weak", "positive"),
    [
        (2, 0, 0, True),
        (1, 1, 0, True),
        (1, 0, 1, True),
        (0, 3, 0, True),
        (0, 2, 1, True),
        (1, 0, 0, False),
        (0, 2, 0, False),
        (0, 1, 5, False),
        (0, 0, 9, False),
        (0, 0, 0, False),
    ],
)
def test_dimension_rule(strong, medium, weak, positive):
    assert engine.dimension_positive(strong, medium, weak) is positive


# --- Levels -----------------------------------------------------------------------------------------


def test_no_answers_adult_is_none():
    result = assess({}, ADULT)
    assert result.level == Level.NONE
    assert result.pattern_met is False
    assert step_ids(result) == ["stay_alert", "rosa", "document"]


def test_all_no_is_none():
    rules = engine.default_rules()
    result = assess({i.id: "no" for i in rules.indicators}, ADULT)
    assert result.level == Level.NONE
    assert result.yes == ()


def test_single_weak_sign_adult_stays_none_but_is_listed():
    result = assess(yes("distrust_help"), ADULT)
    assert result.level == Level.NONE
    assert result.yes == ("distrust_help",)


def test_single_strong_sign_gives_some():
    result = assess(yes("no_id_control"), ADULT)
    assert result.level == Level.SOME
    assert result.positive_dimensions == ()
    assert any(r.code == "signs_below_dimension_rule" for r in result.reasons)


def test_two_medium_signs_give_some():
    result = assess(yes("no_money_control", "work_injuries"), ADULT)
    assert result.level == Level.SOME


def test_one_medium_sign_adult_is_none():
    assert assess(yes("no_money_control"), ADULT).level == Level.NONE


def test_positive_dimension_gives_some():
    result = assess(yes("no_id_control", "debt_bondage"), ADULT)
    assert "coercion_destination" in result.positive_dimensions
    assert result.level == Level.SOME


def test_adult_ilo_pattern_gives_strong():
    answers = yes(
        "deceived_job",
        "deceived_conditions",
        "excessive_hours",
        "low_no_pay",
        "no_id_control",
        "debt_bondage",
    )
    result = assess(answers, ADULT)
    assert set(result.positive_dimensions) == {
        "deceptive_recruitment",
        "exploitative_conditions",
        "coercion_destination",
    }
    assert result.pattern_met
    assert result.level == Level.STRONG


def test_adult_pattern_with_vulnerability_at_destination_instead_of_coercion():
    answers = yes("deceived_job", "deceived_conditions", "excessive_hours", "low_no_pay")
    answers.update(yes("disoriented", "distrust_help"))  # F: 1 medium + 1 weak is not enough
    assert not assess(answers, ADULT).pattern_met
    # Coercive recruitment (B) plus D plus E: the "or" branches of the pattern.
    answers = yes(
        "forced_recruitment", "travel_debt", "excessive_hours", "low_no_pay", "no_id_control", "debt_bondage"
    )
    assert assess(answers, ADULT).pattern_met


def test_adult_without_destination_dimension_is_not_pattern():
    answers = yes("deceived_job", "deceived_conditions", "excessive_hours", "low_no_pay")
    result = assess(answers, ADULT)
    assert not result.pattern_met
    assert result.level == Level.SOME


def test_child_pattern_needs_no_destination_means():
    answers = yes("deceived_job", "deceived_conditions", "excessive_hours", "low_no_pay")
    result = assess(answers, CHILD)
    assert result.pattern_met
    assert result.level == Level.STRONG
    assert any(r.code == "child_means_not_required" for r in result.reasons)


def test_elements_branch_needs_a_positive_dimension():
    result = assess(yes("housing_controlled", "no_id_control", "low_no_pay"), ADULT)
    assert result.elements_supported == ("action", "means", "purpose")
    assert result.positive_dimensions == ()
    assert not result.elements_met
    assert result.level == Level.SOME


def test_elements_branch_adult_needs_action_means_and_purpose():
    answers = yes(
        "housing_controlled", "no_id_control", "debt_bondage", "low_no_pay"
    )  # action, means, purpose
    result = assess(answers, ADULT)
    assert not result.pattern_met
    assert result.elements_supported == ("action", "means", "purpose")
    assert result.elements_met
    assert result.level == Level.STRONG
    # Without the means element an adult does not reach "strong" through this branch.
    result = assess(yes("housing_controlled", "low_no_pay", "excessive_hours"), ADULT)
    assert "means" not in result.elements_supported
    assert not result.elements_met
    assert result.level == Level.SOME


def test_elements_branch_child_needs_only_action_and_purpose():
    answers = yes("housing_controlled", "low_no_pay", "excessive_hours")
    result = assess(answers, CHILD)
    assert result.elements_required == ("action", "purpose")
    assert result.elements_met
    assert result.level == Level.STRONG


def test_weak_signs_do_not_support_an_element():
    result = assess(yes("distrust_help"), ADULT)
    assert result.elements_supported == ()


def test_child_any_sign_gives_some():
    assert assess(yes("distrust_help"), ADULT).level == Level.NONE
    assert assess(yes("distrust_help"), CHILD).level == Level.SOME


def test_maybe_under_18_is_treated_as_child():
    result = assess(yes("distrust_help"), MAYBE_CHILD)
    assert result.treated_as_child
    assert result.level == Level.SOME
    assert duty(result, "opplysningsplikt") == "applies"


def test_default_context_presumes_minority():
    assert Context().treated_as_child


def test_child_strength_upgrade_applies():
    # rehearsed_story is medium for adults, strong for children.
    adult = assess(yes("rehearsed_story", "threats_family"), ADULT)
    child = assess(yes("rehearsed_story", "threats_family"), CHILD)
    assert "coercion_destination" not in adult.positive_dimensions
    assert "coercion_destination" in child.positive_dimensions


def test_children_only_indicators_are_ignored_for_adults():
    result = assess(yes("child_sex_exchange"), ADULT)
    assert result.ignored == ("child_sex_exchange",)
    assert result.yes == ()
    assert assess(yes("child_sex_exchange"), CHILD).yes == ("child_sex_exchange",)


def test_acute_danger_gives_acute_and_112_first():
    result = assess({}, Context(age="adult", acute_danger="yes"))
    assert result.level == Level.ACUTE
    assert result.signs_level == Level.NONE
    assert step_ids(result)[0] == "call_112"


def test_unknown_acute_danger_adds_assessment_step_but_not_acute_level():
    result = assess({}, Context(age="adult", acute_danger="unknown"))
    assert result.level == Level.NONE
    assert step_ids(result)[0] == "assess_danger"
    assert "call_112" not in step_ids(result)


# --- Duties -----------------------------------------------------------------------------------------


def test_adult_only_confidentiality_and_consent():
    result = assess(yes("no_id_control"), ADULT)
    assert [d.id for d in result.duties] == ["taushetsplikt"]


def test_child_duty_to_inform_child_welfare():
    result = assess(yes("no_id_control"), CHILD)
    assert duty(result, "opplysningsplikt") == "applies"
    assert step_ids(result)[0] == "child_welfare_police"
    assert "bufdir_advice" in step_ids(result)
    assert "rosa" not in step_ids(result)


def test_child_without_signs_duty_is_to_consider():
    result = assess({}, CHILD)
    assert duty(result, "opplysningsplikt") == "consider"
    assert "child_welfare_police" not in step_ids(result)


def test_avvergingsplikt_applies_for_child_when_strong_and_ongoing():
    answers = yes("housing_controlled", "low_no_pay", "excessive_hours")
    result = assess(answers, CHILD)
    assert duty(result, "avvergingsplikt") == "applies"
    assert "under_18" in result.grave_factors


def test_avvergingsplikt_applies_for_adult_with_serious_violence():
    answers = yes("housing_controlled", "serious_violence", "injuries_violence", "excessive_hours")
    result = assess(answers, ADULT)
    assert result.level == Level.STRONG
    assert duty(result, "avvergingsplikt") == "applies"
    assert step_ids(result)[0] == "police_avert"


def test_avvergingsplikt_not_when_exploitation_is_over():
    answers = yes("housing_controlled", "serious_violence", "injuries_violence", "excessive_hours")
    result = assess(answers, Context(age="adult", ongoing="no", acute_danger="no"))
    assert duty(result, "avvergingsplikt") == "consider"
    assert any(r.code == "maybe_not_avertable" for r in result.reasons)


def test_avvergingsplikt_unknown_ongoing_counts_as_can_still_be_averted():
    answers = yes("housing_controlled", "serious_violence", "injuries_violence", "excessive_hours")
    result = assess(answers, Context(age="adult", ongoing="unknown", acute_danger="no"))
    assert duty(result, "avvergingsplikt") == "applies"


def test_avvergingsplikt_consider_when_grave_sign_but_not_likely():
    result = assess(yes("serious_violence"), ADULT)
    assert result.level == Level.SOME
    assert duty(result, "avvergingsplikt") == "consider"


def test_profit_alone_only_asks_to_consider():
    answers = yes("housing_controlled", "no_id_control", "debt_bondage", "low_no_pay")
    result = assess(answers, ADULT)
    assert result.level == Level.STRONG
    assert result.grave_factors == ("considerable_profit",)
    assert duty(result, "avvergingsplikt") == "consider"


def test_no_grave_factor_no_avvergingsplikt():
    result = assess(yes("housing_controlled", "no_id_control", "excessive_hours"), ADULT)
    assert result.level == Level.STRONG
    assert duty(result, "avvergingsplikt") is None


# --- Steps, flags, caveats --------------------------------------------------------------------------


def test_step_order_for_strong_adult():
    result = assess(yes("housing_controlled", "no_id_control", "excessive_hours"), ADULT)
    assert step_ids(result) == ["talk_alone", "interpreter", "inform_rights", "rosa", "document"]
    links = {s.id: s.link for s in result.steps}
    assert links["inform_rights"] == "/rettigheter/sjekk/"
    assert all(link.startswith(("/hjelp/?need=", "/rettigheter/")) for link in links.values())


def test_companion_flag_switches_on_private_talk_and_interpreter():
    result = assess(yes("monitored_calls"), ADULT)  # a single medium sign: level none
    assert result.level == Level.NONE
    assert result.companion_flag
    assert "talk_alone" in step_ids(result) and "interpreter" in step_ids(result)


def test_unknown_answers_are_listed_for_follow_up():
    result = assess({"no_id_control": "unknown", "debt_bondage": "no"}, ADULT)
    assert result.unknown == ("no_id_control",)
    assert result.level == Level.NONE
    assert any(r.code == "unknown_to_follow_up" for r in result.reasons)


def test_every_result_has_caveats_and_uncertainty():
    for ctx in (ADULT, CHILD, Context(acute_danger="yes")):
        result = assess({}, ctx)
        assert set(result.caveats) == set(engine.CAVEATS)
        assert "ilo_rule_wording" in result.uncertain
    assert "uncertain_signs_used" in assess(yes("companion_speaks"), ADULT).uncertain
    assert "uncertain_signs_used" not in assess(yes("no_id_control"), ADULT).uncertain


# --- Input validation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "ctx", "message"),
    [
        ({"no_such_sign": "yes"}, ADULT, "unknown indicator"),
        ({"no_id_control": "maybe"}, ADULT, "answer"),
        ({}, Context(age="old"), "age"),
        ({}, Context(ongoing="perhaps"), "ongoing"),
        ({}, Context(acute_danger="x"), "acute_danger"),
        ({}, Context(forms=("fishing",)), "form"),
    ],
)
def test_bad_input_raises_input_error(answers, ctx, message):
    with pytest.raises(engine.InputError, match=message):
        assess(answers, ctx)


# --- Texts and concern note -------------------------------------------------------------------------


def test_every_text_key_exists_in_all_languages():
    for key, entry in engine.TEXTS.items():
        assert set(entry) == set(engine.LANGS), key


@pytest.mark.parametrize("lang", engine.LANGS)
def test_concern_note_contents(lang):
    answers = yes("housing_controlled", "serious_violence", "low_no_pay", "companion_speaks")
    answers["no_id_control"] = "unknown"
    result = assess(answers, CHILD)
    note = engine.concern_note(result, lang)
    rules = engine.default_rules()
    assert engine.text("note.title", lang) in note
    assert engine.text("level.strong", lang) in note
    assert rules.by_id["serious_violence"].text[lang] in note
    assert rules.by_id["no_id_control"].text[lang] in note  # listed under "not yet clarified"
    assert engine.text("duty.opplysningsplikt.applies", lang) in note
    assert engine.text("duty.avvergingsplikt.applies", lang) in note
    assert "1. " + engine.text("step.child_welfare_police", lang) in note
    assert engine.text("caveat.not_a_verdict", lang) in note
    assert engine.ILO_URL in note


def test_concern_note_has_only_engine_and_rule_texts():
    """Nothing typed by a user can reach the note: it is built from ids the engine validated."""
    result = assess(yes("no_id_control"), ADULT)
    note = engine.concern_note(result, "nb")
    allowed = set()
    for entry in engine.TEXTS.values():
        allowed |= set(entry.values())
    assert "no_id_control" not in note  # ids are not leaked, only texts
    assert note.count("\n") > 10


def test_reason_texts_render_in_all_languages():
    result = assess(yes("housing_controlled", "serious_violence", "low_no_pay"), CHILD)
    for lang in engine.LANGS:
        for reason in result.reasons:
            assert "{" not in engine.reason_text(reason, lang)
