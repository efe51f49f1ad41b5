"""Shared fixtures: demo content, and a Playwright browser on Debian's chromium.

Browser tests never download a browser: they drive /usr/bin/chromium with the flags this machine
needs (no background networking, no sandbox as root). Any request that would leave the machine is
answered locally, so a test can follow the quick exit without reaching the internet.
"""

import os

import pytest

# Playwright's sync API runs an event loop in the main thread; Django's ORM would refuse to run there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("VARDE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: rate-limit counters and cached pages never carry over.

    With ``REDIS_URL`` set the cache outlives the test process, so this also clears what an earlier
    run left behind.
    """
    from django.core.cache import caches

    for cache in caches.all(initialized_only=False):
        cache.clear()


@pytest.fixture
def demo_site(db):
    """The demo content (home, capability pages, accessibility statement) in nb, nn and en.

    The demo is loaded and committed once, when the test database is made (``django_db_setup``):
    loading it costs seconds per test on PostgreSQL. Each test runs in a transaction that is rolled
    back, so what a test changes in the demo is undone. This returns the nb home page, as
    ``load_demo_content`` does, and loads the demo again if a test emptied the database.
    """
    return _demo_home()


def _demo_home():
    """The nb home page of the committed demo; loads the demo if a test emptied the database."""
    from varde.core.demo import load_demo_content
    from varde.core.models import HomePage

    home = HomePage.objects.filter(locale__language_code="nb").first()
    if home is not None and home.get_children().exists():
        return home
    return load_demo_content()


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_keepdb, django_db_createdb
):
    """Always create the test database, even when only browser tests were collected.

    pytest-django sets up only the databases that collected tests ask for through its markers and
    fixtures; browser tests reach the database through the shared live server, so a run of browser
    tests alone would otherwise write to the development database. The demo content is loaded here,
    once, and committed (see ``demo_site``).
    """
    from django.test.utils import setup_databases, teardown_databases

    keepdb = django_db_keepdb and not django_db_createdb
    with django_db_blocker.unblock():
        config = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            keepdb=keepdb,
            aliases={"default"},
            serialized_aliases=set(),
        )
        from varde.core.demo import load_demo_content

        load_demo_content()
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            _end_other_sessions()
            teardown_databases(config, verbosity=request.config.option.verbose)


def _end_other_sessions():
    """End connections that threads of the live server left open, so PostgreSQL can drop the test DB.

    Without this, a run of browser tests alone fails at teardown with "database is being accessed
    by other users". SQLite needs nothing.
    """
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


def _flushes_database(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return "transactional_db" in getattr(item, "fixturenames", ()) or bool(
        marker and marker.kwargs.get("transaction")
    )


def pytest_collection_modifyitems(config, items):
    """Order: ordinary tests, then browser tests on the shared live server, then tests that flush.

    Browser tests share one live server and its committed demo data (``_live_site_server``). A test
    that uses ``transactional_db`` empties every table when it ends, including the data Wagtail's
    migrations create (root page, groups) and the demo loaded in ``django_db_setup``, so those run
    after everything that relies on that data.
    """
    items.sort(key=lambda item: (_flushes_database(item), item.get_closest_marker("browser") is not None))


@pytest.fixture(scope="session")
def _live_site_server(django_db_setup, django_db_blocker):
    """One live server for the whole session, with the demo content loaded once and committed.

    Starting a server and flushing the database for every browser test (pytest-django's
    ``live_server`` + ``transactional_db``) costs many seconds per test on PostgreSQL. What browser
    tests write is committed, so they run after the ordinary tests (see
    ``pytest_collection_modifyitems``) and must tolerate each other's data (use unique names).
    """
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        _demo_home()
    server = LiveServer("localhost")
    server._live_server_modified_settings.enable()
    yield server
    server._live_server_modified_settings.disable()
    server.stop()


@pytest.fixture
def live_site(_live_site_server, django_db_blocker):
    """The shared live server with demo content. The test body may use the ORM (autocommit)."""
    with django_db_blocker.unblock():
        yield _live_site_server


@pytest.fixture(scope="session")
def _browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def _new_page(browser, *, javascript: bool):
    context = browser.new_context(
        java_script_enabled=javascript, locale="nb-NO", viewport={"width": 390, "height": 844}
    )
    context.set_default_timeout(10_000)

    def answer_offsite(route):
        if route.request.url.startswith(("http://localhost", "http://127.0.0.1")):
            route.continue_()
        else:
            route.fulfill(
                status=200, content_type="text/html", body="<!doctype html><title>Offsite</title><p>offsite"
            )

    context.route("**/*", answer_offsite)
    page = context.new_page()
    page.varde_javascript = javascript  # read by tests.browser.assert_no_axe_violations
    return context, page


@pytest.fixture
def browser_page(_browser):
    """A phone-sized page with JavaScript on."""
    context, page = _new_page(_browser, javascript=True)
    yield page
    context.close()


@pytest.fixture
def browser_page_nojs(_browser):
    """A phone-sized page with JavaScript off: every public page and tool must work like this."""
    context, page = _new_page(_browser, javascript=False)
    yield page
    context.close()


@pytest.fixture
def redis_down():
    """The production cache backend (varde.core.cache) pointed at a Redis that refuses every connection,
    with sessions cached as in production (``cached_db``). Outages seen are forgotten before and after."""
    from django.test import override_settings

    from varde.core.cache import reset_outages

    dead = {
        "default": {
            "BACKEND": "varde.core.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    reset_outages()
    with override_settings(CACHES=dead, SESSION_ENGINE="django.contrib.sessions.backends.cached_db"):
        yield
    reset_outages()
