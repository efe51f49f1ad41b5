"""The personal-data guard (pure engine) and the iCalendar writer."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from varde.workspace import engine


@st.composite
def birth_numbers(draw, *, d_number=False):
    date = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2039, 12, 31)))
    individual = draw(st.integers(min_value=0, max_value=999))
    day = date.day + (40 if d_number else 0)
    first_nine = f"{day:02d}{date.month:02d}{date.year % 100:02d}{individual:03d}"
    control = engine.control_digits_for(first_nine)
    from hypothesis import assume

    assume(control is not None)
    return first_nine + control


@given(number=birth_numbers(), prefix=st.sampled_from(["", "Pasienten har ", "fnr: ", "(", "\n"]))
@settings(max_examples=300)
def test_valid_fodselsnummer_is_always_blocked(number, prefix):
    result = engine.scan(f"{prefix}{number} ble nevnt.")
    assert engine.BLOCK_FNR in result.kinds()
    assert not result.ok


@given(number=birth_numbers())
def test_fodselsnummer_with_space_is_blocked(number):
    assert engine.BLOCK_FNR in engine.scan(f"{number[:6]} {number[6:]}").kinds()


@given(number=birth_numbers(d_number=True))
def test_valid_d_number_is_blocked(number):
    assert engine.scan(number).kinds() == {engine.BLOCK_DNR}


@given(number=birth_numbers(), wrong=st.integers(min_value=1, max_value=9))
def test_wrong_checksum_is_not_treated_as_fodselsnummer(number, wrong):
    broken = number[:10] + str((int(number[10]) + wrong) % 10)
    assert not engine.has_valid_checksum(broken)
    assert not engine.scan(broken).kinds() & {engine.BLOCK_FNR, engine.BLOCK_DNR}


def test_known_checksum():
    # A published synthetic example from the algorithm description.
    assert engine.has_valid_checksum("01010750160")
    assert not engine.has_valid_checksum("01010750161")


def test_phone_numbers_are_blocked_in_common_formats():
    for text in ["ring 41234567", "tlf 412 34 567", "+47 41 23 45 67", "0047 22 44 55 66"]:
        assert engine.BLOCK_PHONE in engine.scan(text).kinds(), text


def test_public_helplines_and_years_are_not_phone_numbers():
    assert engine.scan("ROSA har telefon 22 33 11 60 hele døgnet.").ok
    assert engine.scan("Perioden 2021 2023 og nødnummer 112 og 02800.").ok


def test_email_is_blocked_and_masked():
    result = engine.scan("Skriv til ola.nordmann@example.no for mer.")
    assert result.kinds() == {engine.BLOCK_EMAIL}
    assert "nordmann" not in result.blocks[0].masked


def test_likely_names_warn_but_do_not_block():
    result = engine.scan("Vi møtte Maria Popescu på legevakten.")
    assert result.ok
    assert [w.masked for w in result.warnings] == ["Maria Popescu"]
    assert not engine.scan("Vi samarbeidet med RVTS Øst og Oslo universitetssykehus.").warnings


@given(st.text(max_size=300))
def test_scan_never_crashes(text):
    engine.scan(text)


def test_ical_is_valid_and_escaped():
    start = dt.datetime(2022, 1, 27, 9, 0, tzinfo=dt.UTC)
    text = engine.to_ical(
        [
            engine.CalendarEvent(
                uid="m-1@varde",
                starts_at=start,
                ends_at=start + dt.timedelta(hours=5),
                summary="Møte, del 1; plan",
            )
        ],
        stamp=start,
    )
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert "DTSTART:20220127T090000Z" in text
    assert "SUMMARY:Møte\\, del 1\\; plan" in text
    assert text.endswith("END:VCALENDAR\r\n")
