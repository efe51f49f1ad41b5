from datetime import datetime, time

import pytest

from varde.directory import engine as e


def rec(key, **kw):
    return e.ServiceRecord(key=key, name=key, **kw)


def test_parse_filters_accepts_stable_params():
    f = e.parse_filters(
        {"need": ["shelter", "legal,health"], "group": "child", "place": " Tromsø ", "open": "24-7"}
    )
    assert f.needs == ("shelter", "legal", "health") and f.group == "child" and f.place == "Tromsø"


@pytest.mark.parametrize(
    "raw,field",
    [({"need": "pizza"}, "need"), ({"group": "baby"}, "group"), ({"open": "always"}, "open"),
     ({"language": "english!"}, "language"), ({"status": "x"}, "status"), ({"place": "x" * 81}, "place"),
     ({"group": ["adult", "child"]}, "group")],
)  # fmt: skip
def test_parse_filters_rejects_bad_values(raw, field):
    with pytest.raises(e.FilterError) as err:
        e.parse_filters(raw)
    assert err.value.field == field


def test_order_local_regional_national_and_place_exclusion():
    services = [
        rec("nat", coverage="national"),
        rec("reg", coverage="regional", fylker=frozenset({"55"})),
        rec("loc", coverage="local", kommuner=frozenset({"5501"})),
        rec("other", coverage="local", kommuner=frozenset({"0301"})),
    ]
    found = e.search(services, e.Filters(), place=e.Place("5501", "55", "Tromsø"))
    assert [(s.key, r) for s, r in found] == [("loc", 0), ("reg", 1), ("nat", 2)]
    whole_fylke = e.search(services, e.Filters(), place=e.Place("", "55", "Troms"))
    assert [s.key for s, _ in whole_fylke] == ["loc", "reg", "nat"]


def test_group_gender_status_filters_treat_empty_as_everyone():
    adult = rec("a", groups=frozenset({"adult"}))
    anyone = rec("b")
    undocumented = rec("c", statuses=frozenset({"undocumented"}))
    found = e.search([adult, anyone, undocumented], e.Filters(group="child", status="lawful"))
    assert [s.key for s, _ in found] == ["b"]


def test_open_now_and_overnight_slots():
    night = rec("n", hours=(e.OpeningSlot(0, time(20), time(2)),))  # Monday 20–02
    monday_late = datetime(2026, 11, 23, 23, 0)
    tuesday_early = datetime(2026, 11, 24, 1, 0)
    tuesday_noon = datetime(2026, 11, 24, 12, 0)
    assert e.is_open_at(night, monday_late) and e.is_open_at(night, tuesday_early)
    assert not e.is_open_at(night, tuesday_noon)
    always = rec("x", is_24_7=True)
    found = e.search([night, always], e.Filters(open="now"), moment=tuesday_noon)
    assert [s.key for s, _ in found] == ["x"]
    assert [s.key for s, _ in e.search([night, always], e.Filters(open="24-7"))] == ["x"]
