"""Pure rules of the competence capability: small-cell suppression, a personal-data guard for free text,
gap analysis and an accessible SVG bar chart. No Django here (see .importlinter).

Suppression
-----------
A table of respondent counts (rows × columns, with row totals, column totals and a grand total) is
published only after two passes:

1. *Primary*: every count from 1 to 4 (``threshold - 1``) is hidden. Zero is shown: it describes nobody.
2. *Complementary*: a total is the sum of its parts, so a reader can subtract the shown parts from the
   shown total. For every such "line" (a row with its total, a column with its total, the row totals with
   the grand total, the column totals with the grand total) the hidden parts must add up to 0 or to at least
   ``threshold`` and there must never be exactly one hidden part below the threshold. Where a line breaks
   this, more parts are hidden, smallest non-zero first; if nothing is left to hide, the line's total is
   hidden too. This repeats until nothing changes.

Finally an audit solves the published linear system exactly (rational Gaussian elimination): if any hidden
count below the threshold could still be computed, everything except a grand total of at least the
threshold is hidden. Every figure derived from a group (means, shares) is shown only where that group's
count is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from html import escape

from varde.personal_data import BLOCK_DNR, BLOCK_EMAIL, BLOCK_FNR, BLOCK_PHONE, classify_eleven_digits, scan

THRESHOLD = 5

# ---------------------------------------------------------------------------------------------------
# Suppression
# ---------------------------------------------------------------------------------------------------


@dataclass
class SuppressedTable:
    """Counts with a mask. ``None`` in a ``shown_*`` list means hidden."""

    rows: list[str]
    columns: list[str]
    cells: list[list[int | None]]
    row_totals: list[int | None]
    column_totals: list[int | None]
    grand_total: int | None
    # True where a figure was hidden (primary or complementary).
    hidden_cells: list[list[bool]] = field(default_factory=list)


def _lines(n_rows: int, n_cols: int) -> list[tuple[list[tuple], tuple]]:
    """Every additive relation of the table as (parts, whole), with positions as keys."""
    lines = []
    for r in range(n_rows):
        lines.append(([("c", r, c) for c in range(n_cols)], ("r", r)))
    for c in range(n_cols):
        lines.append(([("c", r, c) for r in range(n_rows)], ("k", c)))
    lines.append(([("r", r) for r in range(n_rows)], ("g",)))
    lines.append(([("k", c) for c in range(n_cols)], ("g",)))
    return lines


def _values(cells: list[list[int]]) -> dict[tuple, int]:
    n_rows = len(cells)
    n_cols = len(cells[0]) if cells else 0
    values: dict[tuple, int] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            values[("c", r, c)] = cells[r][c]
        values[("r", r)] = sum(cells[r])
    for c in range(n_cols):
        values[("k", c)] = sum(cells[r][c] for r in range(n_rows))
    values[("g",)] = sum(values[("r", r)] for r in range(n_rows))
    return values


def _line_is_safe(parts, whole, values, hidden, threshold) -> bool:
    if whole in hidden:
        return True
    hidden_parts = [p for p in parts if p in hidden]
    total = sum(values[p] for p in hidden_parts)
    if total == 0:
        return True
    if total < threshold:
        return False
    small = [p for p in hidden_parts if 0 < values[p] < threshold]
    # One hidden part alone is its own difference: fine only if it is not small.
    return not (len(hidden_parts) == 1 and small)


def suppress_counts(
    cells: list[list[int]],
    *,
    rows: list[str] | None = None,
    columns: list[str] | None = None,
    threshold: int = THRESHOLD,
) -> SuppressedTable:
    """Hide small counts and every figure that would let a reader compute one (see module doc)."""
    if any(value < 0 for row in cells for value in row):
        raise ValueError("counts cannot be negative")
    n_rows = len(cells)
    n_cols = len(cells[0]) if cells else 0
    if any(len(row) != n_cols for row in cells):
        raise ValueError("every row needs the same number of columns")
    values = _values(cells)
    hidden: set[tuple] = {key for key, value in values.items() if 0 < value < threshold}
    lines = _lines(n_rows, n_cols)
    changed = True
    while changed:
        changed = False
        for parts, whole in lines:
            while not _line_is_safe(parts, whole, values, hidden, threshold):
                candidates = sorted(
                    (p for p in parts if p not in hidden and values[p] > 0), key=lambda p: (values[p], p)
                )
                hidden.add(candidates[0] if candidates else whole)
                changed = True
    if not audit_is_safe(values, hidden, lines, threshold):
        keep = {("g",)} if values[("g",)] >= threshold else set()
        hidden = {key for key in values if key not in keep and values[key] > 0}

    def shown(key):
        return None if key in hidden else values[key]

    return SuppressedTable(
        rows=list(rows or [str(r) for r in range(n_rows)]),
        columns=list(columns or [str(c) for c in range(n_cols)]),
        cells=[[shown(("c", r, c)) for c in range(n_cols)] for r in range(n_rows)],
        row_totals=[shown(("r", r)) for r in range(n_rows)],
        column_totals=[shown(("k", c)) for c in range(n_cols)],
        grand_total=shown(("g",)),
        hidden_cells=[[("c", r, c) in hidden for c in range(n_cols)] for r in range(n_rows)],
    )


def determined_unknowns(values: dict[tuple, int], hidden: set[tuple], lines) -> set[tuple]:
    """Hidden figures a reader can compute exactly from the shown ones and the additive relations.

    Builds the linear system over the hidden figures (one equation per line) and reduces it over the
    rationals; a hidden figure is determined when its unit vector lies in the row space.
    """
    unknowns = sorted(hidden)
    index = {key: i for i, key in enumerate(unknowns)}
    matrix: list[list[Fraction]] = []
    for parts, whole in lines:
        row = [Fraction(0)] * len(unknowns)
        involved = False
        for part in parts:
            if part in index:
                row[index[part]] += 1
                involved = True
        if whole in index:
            row[index[whole]] -= 1
            involved = True
        if involved:
            matrix.append(row)
    # Reduced row echelon form.
    pivots: list[int] = []
    r = 0
    for c in range(len(unknowns)):
        pivot = next((i for i in range(r, len(matrix)) if matrix[i][c] != 0), None)
        if pivot is None:
            continue
        matrix[r], matrix[pivot] = matrix[pivot], matrix[r]
        lead = matrix[r][c]
        matrix[r] = [value / lead for value in matrix[r]]
        for i in range(len(matrix)):
            if i != r and matrix[i][c] != 0:
                factor = matrix[i][c]
                matrix[i] = [a - factor * b for a, b in zip(matrix[i], matrix[r], strict=True)]
        pivots.append(c)
        r += 1
    determined = set()
    for i, c in enumerate(pivots):
        if all(value == 0 for j, value in enumerate(matrix[i]) if j != c):
            determined.add(unknowns[c])
    return determined


def audit_is_safe(values, hidden, lines, threshold: int = THRESHOLD) -> bool:
    """True when no hidden count below the threshold can be computed, alone or as a line's remainder."""
    for key in determined_unknowns(values, hidden, lines):
        if 0 < values[key] < threshold:
            return False
    return all(_line_is_safe(parts, whole, values, hidden, threshold) for parts, whole in lines)


def shown_or_none(count: int | None, figure):
    """A figure derived from a group is shown only where the group's count is shown."""
    return None if count is None else figure


# ---------------------------------------------------------------------------------------------------
# Personal-data guard for free text
# ---------------------------------------------------------------------------------------------------

_KIND_NAMES = {
    BLOCK_FNR: "fodselsnummer",
    BLOCK_DNR: "fodselsnummer",
    BLOCK_PHONE: "telefon",
    BLOCK_EMAIL: "epost",
}


def personal_data_findings(text: str) -> list[str]:
    """Kinds of personal data in free text: "fodselsnummer", "telefon", "epost" (in that order).

    The shared guard (``varde.personal_data``) decides; this names its findings for the survey form.
    """
    kinds = {_KIND_NAMES[finding.kind] for finding in scan(text).blocks}
    return [kind for kind in ("fodselsnummer", "telefon", "epost") if kind in kinds]


NAME_MASK = "[navn]"


@dataclass(frozen=True)
class ScreenedText:
    """A free-text answer as it may be shown: ``text`` is empty when the guard withholds it."""

    text: str
    withheld: list[str]  # kinds of personal data found ("fodselsnummer", "telefon", "epost")
    names_masked: int


def screen_free_text(text: str) -> ScreenedText:
    """Run the personal-data guard again before a stored answer is shown.

    Answers were checked when they were sent, but the guard may have learnt more since. An answer with
    something the guard blocks is withheld entirely; words the guard takes for a person's name are
    replaced by ``[navn]``.
    """
    result = scan(text or "")
    if result.blocks:
        return ScreenedText("", personal_data_findings(text), 0)
    masked, count = text or "", 0
    while result.warnings:  # again until nothing is left: masking can bring a further name into view
        for finding in sorted(result.warnings, key=lambda finding: finding.start, reverse=True):
            masked = masked[: finding.start] + NAME_MASK + masked[finding.end :]
            count += 1
        result = scan(masked)
    if result.blocks:  # pragma: no cover - a mask holds no digits or @, so it cannot make a block
        return ScreenedText("", personal_data_findings(masked), 0)
    return ScreenedText(masked.strip(), [], count)


def free_text_allowed(respondents: int | None) -> bool:
    """Free text of a group is shown only when the group's count is published and at least THRESHOLD."""
    return respondents is not None and respondents >= THRESHOLD


def is_valid_fodselsnummer(digits: str) -> bool:
    return len(digits) == 11 and digits.isdecimal() and classify_eleven_digits(digits) == BLOCK_FNR


# ---------------------------------------------------------------------------------------------------
# Gap analysis
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GapRow:
    topic: str
    region: str
    need: int | None  # respondents who want training on the topic (None: hidden, fewer than 5)
    offers: int
    gap: bool  # needs exceed offers: at least 5 asking and no offer, or more than 10 asking per offer


def gap_rows(
    needs: dict[tuple[str, str], int],
    offers: dict[tuple[str, str], int],
    *,
    threshold: int = THRESHOLD,
    per_offer: int = 10,
) -> list[GapRow]:
    """Needs and offers by (topic, region). Need counts under the threshold are hidden (no figure from
    fewer than five), and such rows are never flagged as a gap."""
    keys = sorted(set(needs) | set(offers))
    rows = []
    for key in keys:
        need = needs.get(key, 0)
        offer = offers.get(key, 0)
        shown = None if 0 < need < threshold else need
        gap = shown is not None and shown >= threshold and (offer == 0 or shown > per_offer * offer)
        rows.append(GapRow(topic=key[0], region=key[1], need=shown, offers=offer, gap=gap))
    return rows


# ---------------------------------------------------------------------------------------------------
# Accessible bar chart (inline SVG, drawn on the server)
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # None: hidden
    display: str  # the text printed next to the bar ("42 %", "skjult")


def bar_chart_svg(
    bars: list[Bar], *, title: str, chart_id: str, maximum: float | None = None, description: str = ""
) -> str:
    """A horizontal bar chart as an SVG string. Every bar carries its value as text, hidden values are
    drawn as an outlined, hatched box with a word, so nothing depends on colour. The chart is an
    ``img`` with a title; the same figures must be given in a data table next to it."""
    bar_height, gap, label_width, width = 22, 10, 200, 600
    plot_width = width - label_width - 90
    top = max((b.value or 0) for b in bars) if bars else 0
    scale_max = maximum if maximum is not None else (top or 1)
    height = len(bars) * (bar_height + gap) + gap
    title_id = f"{chart_id}-title"
    desc_id = f"{chart_id}-desc"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="v-chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" aria-labelledby="{title_id} {desc_id}" id="{chart_id}">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(description)}</desc>',
        f'<defs><pattern id="{chart_id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" class="v-chart__hatch"/></pattern></defs>',
    ]
    for i, bar in enumerate(bars):
        y = gap + i * (bar_height + gap)
        label = bar.label if len(bar.label) <= 30 else bar.label[:29] + "…"
        parts.append(
            f'<text x="{label_width - 8}" y="{y + bar_height * 0.7:.1f}" text-anchor="end" '
            f'class="v-chart__label">{escape(label)}</text>'
        )
        if bar.value is None:
            parts.append(
                f'<rect x="{label_width}" y="{y}" width="40" height="{bar_height}" '
                f'class="v-chart__hidden" fill="url(#{chart_id}-hatch)"/>'
            )
            text_x = label_width + 48
        else:
            w = 0 if scale_max == 0 else max(1.0, plot_width * bar.value / scale_max)
            parts.append(
                f'<rect x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_height}" class="v-chart__bar"/>'
            )
            text_x = label_width + w + 6
        parts.append(
            f'<text x="{text_x:.1f}" y="{y + bar_height * 0.7:.1f}" class="v-chart__value">{escape(bar.display)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
