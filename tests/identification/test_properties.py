"""Property tests (hypothesis): the combination rule is monotone and a child never needs means."""

from hypothesis import given, settings
from hypothesis import strategies as st

from varde.identification import engine
from varde.identification.engine import Context, Level, assess

RULES = engine.default_rules()
IDS = [i.id for i in RULES.indicators]
MEANS = {i.id for i in RULES.indicators if i.element == "means"}

answers_st = st.dictionaries(st.sampled_from(IDS), st.sampled_from(engine.ANSWERS), max_size=len(IDS))
context_st = st.builds(
    Context,
    age=st.sampled_from(engine.AGES),
    forms=st.lists(st.sampled_from(engine.FORMS), unique=True).map(tuple),
    ongoing=st.sampled_from(engine.TRISTATE),
    acute_danger=st.sampled_from(engine.TRISTATE),
)
DUTY_RANK = {None: 0, "consider": 1, "applies": 2}


def duty_rank(result, duty_id):
    return DUTY_RANK[{d.id: d.status for d in result.duties}.get(duty_id)]


@settings(max_examples=300, deadline=None)
@given(answers_st, context_st, st.sampled_from(IDS))
def test_adding_a_yes_never_lowers_concern(answers, ctx, ind_id):
    before = assess(answers, ctx)
    after = assess({**answers, ind_id: "yes"}, ctx)
    assert after.level >= before.level
    assert after.signs_level >= before.signs_level
    for duty_id in ("opplysningsplikt", "avvergingsplikt"):
        assert duty_rank(after, duty_id) >= duty_rank(before, duty_id)


@settings(max_examples=300, deadline=None)
@given(answers_st, context_st, st.sampled_from(IDS))
def test_dont_know_never_lowers_concern(answers, ctx, ind_id):
    with_no = assess({**answers, ind_id: "no"}, ctx)
    with_unknown = assess({**answers, ind_id: "unknown"}, ctx)
    unanswered = assess({k: v for k, v in answers.items() if k != ind_id}, ctx)
    assert with_unknown.level >= with_no.level
    assert with_unknown.level >= unanswered.level
    assert set(with_unknown.unknown) >= {ind_id} - set(with_unknown.ignored)


@settings(max_examples=200, deadline=None)
@given(answers_st, context_st)
def test_unknown_context_never_lowers_concern(answers, ctx):
    """'Don't know' for age, acute danger or ongoing never gives a lower result than 'no'/adult."""
    base = assess(answers, ctx)
    as_adult = assess(
        answers, Context(age="adult", forms=ctx.forms, ongoing=ctx.ongoing, acute_danger=ctx.acute_danger)
    )
    maybe_child = assess(
        answers,
        Context(age="maybe_under_18", forms=ctx.forms, ongoing=ctx.ongoing, acute_danger=ctx.acute_danger),
    )
    assert maybe_child.level >= as_adult.level
    no_acute = assess(answers, Context(age=ctx.age, forms=ctx.forms, ongoing=ctx.ongoing, acute_danger="no"))
    unknown_acute = assess(
        answers, Context(age=ctx.age, forms=ctx.forms, ongoing=ctx.ongoing, acute_danger="unknown")
    )
    assert unknown_acute.level >= no_acute.level
    ongoing_no = assess(
        answers, Context(age=ctx.age, forms=ctx.forms, ongoing="no", acute_danger=ctx.acute_danger)
    )
    ongoing_unknown = assess(
        answers, Context(age=ctx.age, forms=ctx.forms, ongoing="unknown", acute_danger=ctx.acute_danger)
    )
    assert duty_rank(ongoing_unknown, "avvergingsplikt") >= duty_rank(ongoing_no, "avvergingsplikt")
    assert base.level in Level


@settings(max_examples=300, deadline=None)
@given(answers_st, st.sampled_from(["under_18", "maybe_under_18"]), st.sampled_from(engine.TRISTATE))
def test_child_never_needs_means(answers, age, ongoing):
    ctx = Context(age=age, ongoing=ongoing, acute_danger="no")
    full = assess(answers, ctx)
    without_means = assess({k: v for k, v in answers.items() if k not in MEANS}, ctx)
    assert "means" not in full.elements_required
    # Removing every means sign can change the dimensions, but never the legal-elements branch.
    assert without_means.elements_required == ("action", "purpose")
    if without_means.elements_met:
        assert without_means.level >= Level.STRONG
    # Any child with any sign gets the duty to inform child welfare.
    if full.yes:
        assert {d.id: d.status for d in full.duties}["opplysningsplikt"] == "applies"


@settings(max_examples=200, deadline=None)
@given(answers_st, context_st)
def test_every_result_has_caveats_and_a_note_without_ids(answers, ctx):
    result = assess(answers, ctx)
    assert result.caveats and result.uncertain
    note = engine.concern_note(result, "en")
    assert all(i not in note for i in result.yes if "_" in i)
    assert result.steps[-1].id == "document"
