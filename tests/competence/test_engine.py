"""The pure rules: suppression (unit and property tests), the personal-data guard, gaps and the chart."""

import itertools
from fractions import Fraction

import pytest
from defusedxml.ElementTree import fromstring as safe_fromstring
from hypothesis import given, settings
from hypothesis import strategies as st

from varde.competence import engine
from varde.competence.engine import Bar, bar_chart_svg, gap_rows, personal_data_findings, suppress_counts
from varde.personal_data import scan


def published(table):
    """Everything a reader sees: {position: value} for shown figures."""
    shown = {}
    for r, row in enumerate(table.cells):
        for c, value in enumerate(row):
            if value is not None:
                shown[("c", r, c)] = value
    for r, value in enumerate(table.row_totals):
        if value is not None:
            shown[("r", r)] = value
    for c, value in enumerate(table.column_totals):
        if value is not None:
            shown[("k", c)] = value
    if table.grand_total is not None:
        shown[("g",)] = table.grand_total
    return shown


def truth(cells):
    return engine._values(cells)


def rank(matrix):
    """Rank over the rationals, written independently of the engine's elimination."""
    m = [[Fraction(x) for x in row] for row in matrix]
    rank_ = 0
    cols = len(m[0]) if m else 0
    for c in range(cols):
        pivot = next((i for i in range(rank_, len(m)) if m[i][c] != 0), None)
        if pivot is None:
            continue
        m[rank_], m[pivot] = m[pivot], m[rank_]
        for i in range(rank_ + 1, len(m)):
            f = m[i][c] / m[rank_][c]
            m[i] = [a - f * b for a, b in zip(m[i], m[rank_], strict=True)]
        rank_ += 1
    return rank_


def hidden_small_cells_determined(cells, table):
    """Hidden counts under 5 that the published margins pin down exactly (e_i in the row space)."""
    values = truth(cells)
    shown = published(table)
    unknowns = [k for k in values if k not in shown]
    lines = engine._lines(len(cells), len(cells[0]))
    matrix = []
    for parts, whole in lines:
        row = [0] * len(unknowns)
        for p in parts:
            if p in unknowns:
                row[unknowns.index(p)] += 1
        if whole in unknowns:
            row[unknowns.index(whole)] -= 1
        if any(row):
            matrix.append(row)
    base = rank(matrix) if matrix else 0
    found = []
    for i, key in enumerate(unknowns):
        if 0 < values[key] < 5:
            unit = [1 if j == i else 0 for j in range(len(unknowns))]
            if matrix and rank([*matrix, unit]) == base:
                found.append(key)
    return found


def line_remainders(cells, table):
    """What a reader gets by subtracting shown parts from a shown total, for every line."""
    values = truth(cells)
    shown = published(table)
    out = []
    for parts, whole in engine._lines(len(cells), len(cells[0])):
        if whole in shown:
            hidden_parts = [p for p in parts if p not in shown]
            out.append((hidden_parts, sum(values[p] for p in hidden_parts)))
    return out


def test_small_cell_is_hidden_and_its_complement_too():
    table = suppress_counts([[3, 10, 12], [8, 9, 11]])
    assert table.cells[0][0] is None
    # Row 0 and column 0 would give the 3 back by subtraction: a second cell is hidden in each.
    assert sum(value is None for value in table.cells[0]) >= 2
    assert sum(row[0] is None for row in table.cells) >= 2
    assert table.grand_total == 53
    assert not hidden_small_cells_determined([[3, 10, 12], [8, 9, 11]], table)


def test_zero_is_shown_and_large_counts_stay():
    table = suppress_counts([[0, 10], [7, 9]])
    assert table.cells == [[0, 10], [7, 9]]
    assert table.row_totals == [10, 16]
    assert table.grand_total == 26


def test_small_total_is_hidden_even_when_cells_are_zero_or_hidden():
    table = suppress_counts([[2, 0], [1, 0]], rows=["a", "b"], columns=["x", "y"])
    assert table.grand_total is None
    assert table.row_totals == [None, None]
    assert table.column_totals[0] is None
    assert table.rows == ["a", "b"]


def test_one_small_part_cannot_be_paired_with_a_zero():
    # Row total 13, cells 3 and 0 and 10: hiding the 0 would not protect the 3.
    table = suppress_counts([[3, 0, 10]])
    remainders = line_remainders([[3, 0, 10]], table)
    assert all(total == 0 or total >= 5 for _, total in remainders)


def test_single_row_with_all_small_parts_hides_the_total():
    table = suppress_counts([[1, 2]])
    assert table.cells == [[None, None]]
    assert table.grand_total is None


def test_rejects_negative_and_ragged_input():
    with pytest.raises(ValueError):
        suppress_counts([[1, -1]])
    with pytest.raises(ValueError):
        suppress_counts([[1, 2], [3]])


def test_shown_or_none():
    assert engine.shown_or_none(None, 3.5) is None
    assert engine.shown_or_none(7, 3.5) == 3.5


counts = st.one_of(st.integers(0, 6), st.integers(0, 40))
tables = st.integers(1, 4).flatmap(
    lambda n_cols: st.lists(st.lists(counts, min_size=n_cols, max_size=n_cols), min_size=1, max_size=4)
)


@settings(max_examples=300, deadline=None)
@given(tables)
def test_property_no_small_count_shown_or_derivable(cells):
    table = suppress_counts(cells)
    values = truth(cells)
    shown = published(table)
    # Shown figures are true, and none is between 1 and 4.
    for key, value in shown.items():
        assert value == values[key]
        assert not 0 < value < 5
    # No line lets a reader subtract their way to a sum of 1–4 or to a single small hidden part.
    for hidden_parts, total in line_remainders(cells, table):
        assert total == 0 or total >= 5
        if len(hidden_parts) == 1:
            assert not 0 < values[hidden_parts[0]] < 5
    # No hidden small count is pinned down by any combination of the published margins.
    assert hidden_small_cells_determined(cells, table) == []


def brute_force_candidates(table, n_rows, n_cols, limit):
    """All non-negative tables with cells up to ``limit`` that agree with every published figure."""
    shown = published(table)
    found = []
    for flat in itertools.product(range(limit + 1), repeat=n_rows * n_cols):
        cells = [list(flat[r * n_cols : (r + 1) * n_cols]) for r in range(n_rows)]
        values = truth(cells)
        if all(values[k] == v for k, v in shown.items()):
            found.append(values)
    return found


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.integers(0, 7), min_size=2, max_size=2), min_size=2, max_size=2))
def test_property_brute_force_2x2_every_small_hidden_cell_is_ambiguous(cells):
    table = suppress_counts(cells)
    values = truth(cells)
    shown = published(table)
    # Searching a smaller box is stricter: ambiguity found inside it exists in the whole space.
    candidates = brute_force_candidates(table, 2, 2, limit=max(map(max, cells)) + 3)
    for key, value in values.items():
        if key not in shown and 0 < value < 5:
            assert len({candidate[key] for candidate in candidates}) > 1, key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ingen personopplysninger her.", []),
        ("Pasient 01010750160 kom inn", ["fodselsnummer"]),
        ("Fnr 010107 50160", ["fodselsnummer"]),
        # The shared guard (varde.personal_data) blocks valid fødselsnummer and D-numbers only.
        ("Saksnummer 01017012345", []),
        ("Ring meg på 912 34 567", ["telefon"]),
        ("+47 91234567", ["telefon"]),
        ("skriv til ola.nordmann@example.no", ["epost"]),
        ("Vi hadde 12 kurs i 2025 og 300 deltakere", []),
    ],
)
def test_personal_data_guard(text, expected):
    assert personal_data_findings(text) == expected


def test_fodselsnummer_checksum():
    assert engine.is_valid_fodselsnummer("01010750160")
    assert not engine.is_valid_fodselsnummer("01010750161")
    assert not engine.is_valid_fodselsnummer("123")


def test_gap_rows_hide_small_needs_and_flag_unmet_needs():
    rows = gap_rows(
        {("tegn", "03"): 12, ("tegn", "46"): 3, ("rettigheter", "03"): 30},
        {("tegn", "03"): 2, ("rettigheter", "03"): 1, ("plikter", "03"): 1},
    )
    by_key = {(row.topic, row.region): row for row in rows}
    assert by_key[("tegn", "46")].need is None and not by_key[("tegn", "46")].gap
    assert not by_key[("tegn", "03")].gap
    assert by_key[("rettigheter", "03")].gap
    assert by_key[("plikter", "03")].need == 0 and not by_key[("plikter", "03")].gap


def test_bar_chart_is_valid_svg_with_text_for_every_value():
    svg = bar_chart_svg(
        [Bar("Oslo", 42.0, "42 %"), Bar("Agder & co", None, "skjult"), Bar("Nordland", 0.0, "0 %")],
        title="Andel <trygg>",
        chart_id="c1",
        maximum=100,
        description="Stolper per fylke",
    )
    root = safe_fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("role") == "img"
    assert root.find(f"{ns}title").text == "Andel <trygg>"
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "42 %" in texts and "skjult" in texts and "Agder & co" in texts
    assert "style=" not in svg


def test_free_text_is_screened_again_before_it_is_shown():
    withheld = engine.screen_free_text("Send meg en e-post på ola@example.org")
    assert withheld.text == "" and withheld.withheld == ["epost"]
    masked = engine.screen_free_text("  Kari Nordmann og Ole Hansen holdt kurs.\nBra!  ")
    assert masked.text == "[navn] og [navn] holdt kurs.\nBra!" and masked.names_masked == 2
    plain = engine.screen_free_text("Mer om tolk, takk.")
    assert plain == engine.ScreenedText("Mer om tolk, takk.", [], 0)


def test_free_text_needs_a_published_group_of_at_least_five():
    assert not engine.free_text_allowed(None)
    assert not engine.free_text_allowed(4)
    assert engine.free_text_allowed(engine.THRESHOLD)


_WORDS = st.sampled_from(
    [
        "Kari",
        "Nordmann",
        "Ole",
        "Hansen",
        "Anne",
        "Oslo",
        "legevakt",
        "912",
        "34",
        "567",
        "@",
        "x.no",
        "og",
        "\n",
    ]
)


@given(st.lists(_WORDS, max_size=12).map(" ".join))
def test_property_screened_text_holds_nothing_the_guard_flags(text):
    screened = engine.screen_free_text(text)
    again = scan(screened.text)
    assert not again.blocks and not again.warnings
    assert bool(screened.withheld) == bool(scan(text).blocks)
