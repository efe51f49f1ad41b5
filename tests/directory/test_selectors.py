"""directory.selectors.service_search: a fixed number of queries, and the same relations as the ORM."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from varde.directory import engine, selectors
from varde.directory.models import Fylke, Kommune, OpeningHours, Service

pytestmark = pytest.mark.django_db

NO_FILTERS = engine.Filters()


def _service(slug, **extra):
    service = Service.objects.create(name=slug, slug=slug, description_nb="Test.", **extra)
    return service


def _queries_for_search():
    with CaptureQueriesContext(connection) as queries:
        results = selectors.service_search(filters=NO_FILTERS, place=None)
    return len(queries), results


def test_queries_do_not_grow_with_services(demo_site):
    before, _ = _queries_for_search()
    tromso = Kommune.objects.get(number="5501")
    for i in range(5):
        service = _service(f"test-flat-{i}", coverage="local")
        service.kommuner.set([tromso])
        service.fylker.set([tromso.fylke])
        service.save()
        OpeningHours.objects.create(service=service, weekday=i, opens="08:00", closes="16:00")
    after, results = _queries_for_search()
    assert after == before == 4
    assert {f"test-flat-{i}" for i in range(5)} <= {s.slug for s, _rank in results}


def test_relations_are_those_the_orm_gives(demo_site):
    fylker = list(Fylke.objects.order_by("-number")[:2])
    kommuner = list(Kommune.objects.order_by("-name")[:3])
    service = _service("test-relations", coverage="regional")
    service.fylker.set(fylker)
    service.kommuner.set(kommuner)
    service.save()
    found = {s.slug: s for s, _rank in selectors.service_search(filters=NO_FILTERS, place=None)}
    fresh = Service.objects.get(slug="test-relations")
    assert found["test-relations"].fylke_numbers == [f.number for f in fresh.fylker.all()]
    assert found["test-relations"].kommune_numbers == [k.number for k in fresh.kommuner.all()]
    assert found["test-relations"].fylke_numbers == sorted(f.number for f in fylker)  # Fylke orders by number


def test_opening_hours_decide_open_now(demo_site):
    service = _service("test-hours", coverage="national")
    OpeningHours.objects.create(service=service, weekday=0, opens="08:00", closes="16:00")
    monday_noon = datetime.datetime(2026, 11, 23, 12, 0)  # a Monday
    monday_night = datetime.datetime(2026, 11, 23, 22, 0)
    open_now = engine.Filters(open="now")
    at_noon = {s.slug for s, _ in selectors.service_search(filters=open_now, place=None, moment=monday_noon)}
    at_night = {
        s.slug for s, _ in selectors.service_search(filters=open_now, place=None, moment=monday_night)
    }
    assert "test-hours" in at_noon
    assert "test-hours" not in at_night
