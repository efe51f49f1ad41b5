"""The shared vCard/iCalendar content-line helpers: escaping and folding."""

from hypothesis import given
from hypothesis import strategies as st

from varde.contentlines import escape_text, fold, join_lines


def unfold(text: str) -> str:
    return text.replace("\r\n ", "")


def test_escape_text_escapes_separators_and_line_breaks():
    assert escape_text("a;b,c\\d\r\ne\nf") == "a\\;b\\,c\\\\d\\ne\\nf"


def test_short_line_is_not_folded():
    line = "SUMMARY:" + "x" * 67
    assert fold(line) == line


def test_long_line_is_folded_at_75_octets_with_a_leading_space():
    folded = fold("DESCRIPTION:" + "y" * 200)
    physical = folded.split("\r\n")
    assert len(physical) == 3
    assert all(len(part.encode()) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])


@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=400)
)
def test_folding_round_trips_and_never_splits_a_character(value):
    folded = fold("X:" + value)
    assert unfold(folded) == "X:" + value
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
        part.encode("utf-8").decode("utf-8")  # whole characters only


def test_join_lines_ends_every_line_with_crlf():
    assert join_lines(["BEGIN:VCARD", "END:VCARD"]) == "BEGIN:VCARD\r\nEND:VCARD\r\n"
