"""The PostgreSQL backend waits (bounded) for a database that refuses connections, e.g. while it restarts."""

from unittest import mock

import pytest
from django.db.backends.postgresql import base as django_pg

from varde.core.postgresql.base import DatabaseWrapper


def _wrapper():
    return DatabaseWrapper({"NAME": "x", "OPTIONS": {}, "TIME_ZONE": None, "CONN_HEALTH_CHECKS": False})


def test_a_refused_connection_is_retried_until_the_database_answers(settings):
    settings.VARDE_DB_CONNECT_RETRY_SECONDS = 5
    refused = django_pg.Database.OperationalError("connection refused")
    with (
        mock.patch.object(
            django_pg.DatabaseWrapper, "get_new_connection", side_effect=[refused, refused, "conn"]
        ) as parent,
        mock.patch("varde.core.postgresql.base.time.sleep") as sleep,
    ):
        assert _wrapper().get_new_connection({}) == "conn"
    assert parent.call_count == 3
    assert [c.args[0] for c in sleep.call_args_list] == [0.1, 0.2]


def test_the_wait_is_bounded(settings):
    settings.VARDE_DB_CONNECT_RETRY_SECONDS = 0
    refused = django_pg.Database.OperationalError("connection refused")
    with (
        mock.patch.object(django_pg.DatabaseWrapper, "get_new_connection", side_effect=refused) as parent,
        pytest.raises(django_pg.Database.OperationalError),
    ):
        _wrapper().get_new_connection({})
    assert parent.call_count == 1
