"""Which Wagtail site answers a request, in one plain SQL query.

Wagtail finds the site for every request that serves a page or builds a page URL
(``Site.find_for_request``, through ``get_site_for_hostname``). Its ORM query, with its ``Case``/``When``
ranking and ``select_related``, costs more to build in Python than to run: about 4 ms a request on
our 2-core benchmark machine, against well under 1 ms for the SQL. This module answers the same question
with the same rules, in hand-written SQL over the same two tables, and builds the ``Site`` and its root
``Page`` the way ``select_related`` would (``Model.from_db``). Nothing is cached: every request reads the
current rows, so nothing can go stale.

``install()`` (called from ``CoreConfig.ready``) puts ``site_for_hostname`` where Wagtail's
``Site._find_for_request`` looks it up. tests/core/test_sites.py checks, over a matrix of sites,
hostnames and ports, that it answers exactly as Wagtail's own function does (kept as
``WAGTAIL_GET_SITE_FOR_HOSTNAME``), so a change in Wagtail's rules shows up as a failing test.
"""

from __future__ import annotations

from django.db import connections, router
from wagtail.models import Page, Site
from wagtail.models import sites as wagtail_sites

WAGTAIL_GET_SITE_FOR_HOSTNAME = wagtail_sites.get_site_for_hostname

# Wagtail's ranking (wagtail.models.sites): an exact hostname and port, then the hostname's default
# site, then the default site, then the hostname on another port.
MATCH_HOSTNAME_PORT = wagtail_sites.MATCH_HOSTNAME_PORT
MATCH_HOSTNAME_DEFAULT = wagtail_sites.MATCH_HOSTNAME_DEFAULT
MATCH_DEFAULT = wagtail_sites.MATCH_DEFAULT
MATCH_HOSTNAME = wagtail_sites.MATCH_HOSTNAME

_PREPARED: dict[str, tuple] = {}  # database alias -> (SQL, site fields, page fields, converters)


def _prepare(alias: str) -> tuple:
    """The query and, for each column, the field and the converters the ORM would apply (worked out
    once per database)."""
    if alias not in _PREPARED:
        connection = connections[alias]
        site_fields, page_fields = list(Site._meta.concrete_fields), list(Page._meta.concrete_fields)
        converters = []
        for model, fields in ((Site, site_fields), (Page, page_fields)):
            for field in fields:
                col = field.get_col(model._meta.db_table)
                converters.append(
                    (col, connection.ops.get_db_converters(col) + field.get_db_converters(connection))
                )
        _PREPARED[alias] = (_sql(connection, site_fields, page_fields), site_fields, page_fields, converters)
    return _PREPARED[alias]


def _sql(connection, site_fields, page_fields) -> str:
    quote = connection.ops.quote_name
    select = [f"s.{quote(f.column)}" for f in site_fields] + [f"p.{quote(f.column)}" for f in page_fields]
    return (
        f"SELECT {', '.join(select)}, CASE"  # noqa: S608 - only column and table names are formatted in
        f" WHEN s.{quote('hostname')} = %s AND s.{quote('port')} = %s THEN {MATCH_HOSTNAME_PORT}"
        f" WHEN s.{quote('hostname')} = %s AND s.{quote('is_default_site')} THEN {MATCH_HOSTNAME_DEFAULT}"
        f" WHEN s.{quote('is_default_site')} THEN {MATCH_DEFAULT}"
        f" ELSE {MATCH_HOSTNAME} END AS match"
        f" FROM {quote(Site._meta.db_table)} s"
        f" JOIN {quote(Page._meta.db_table)} p ON p.{quote('id')} = s.{quote('root_page_id')}"
        f" WHERE s.{quote('hostname')} = %s OR s.{quote('is_default_site')}"
        " ORDER BY match"
    )


def _port(port) -> int | None:
    try:
        return int(port)
    except (TypeError, ValueError):
        return None  # a port that is not a number matches no site's port (Wagtail's ORM would raise)


def site_for_hostname(hostname: str, port) -> Site:
    """The site for ``hostname`` and ``port`` by Wagtail's rules (see ``get_site_for_hostname``), with
    its root page loaded. Raises ``Site.DoesNotExist`` when no site answers."""
    db = router.db_for_read(Site)
    connection = connections[db]
    sql, site_fields, page_fields, converters = _prepare(db)
    with connection.cursor() as cursor:
        cursor.execute(sql, [hostname, _port(port), hostname, hostname])
        rows = cursor.fetchall()
    if not rows:
        raise Site.DoesNotExist()
    matches = [row[-1] for row in rows]
    if len(rows) == 1 or matches[0] in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
        chosen = rows[0]
    elif matches[0] == MATCH_DEFAULT:
        chosen = rows[len(rows) == 2]
    else:
        raise Site.DoesNotExist()  # as Wagtail: only other-port matches and no default site
    values = []
    for value, (col, functions) in zip(chosen, converters, strict=False):  # the last column is ``match``
        for convert in functions:
            value = convert(value, col, connection)
        values.append(value)
    n = len(site_fields)
    site = Site.from_db(db, [f.attname for f in site_fields], values[:n])
    site.root_page = Page.from_db(db, [f.attname for f in page_fields], values[n:])
    return site


def install() -> None:
    """Let Wagtail's ``Site.find_for_request`` use ``site_for_hostname``."""
    wagtail_sites.get_site_for_hostname = site_for_hostname
