import pytest

from varde.directory.geography import read_fylker, read_kommuner
from varde.directory.models import Fylke, Kommune


def test_shipped_file_counts_and_known_numbers():
    fylker, kommuner = read_fylker(), read_kommuner()
    assert len(fylker) == 15 and len(kommuner) == 357
    names = {k.number: k.name for k in kommuner}
    assert names["0301"] == "Oslo" and names["4601"] == "Bergen" and names["5501"] == "Tromsø"
    assert names["5001"] == "Trondheim" and names["1103"] == "Stavanger"
    assert {f.number for f in fylker} == {k.fylke_number for k in kommuner}
    assert all(k.number[:2] == k.fylke_number for k in kommuner)


@pytest.mark.django_db
def test_migration_loaded_every_kommune_and_fylke_with_its_number():
    expected = {(k.number, k.official_name, k.fylke_number) for k in read_kommuner()}
    loaded = set(Kommune.objects.values_list("number", "official_name", "fylke__number"))
    assert loaded == expected
    assert set(Fylke.objects.values_list("number", "name")) == {(f.number, f.name) for f in read_fylker()}
