# ruff: noqa: S311 - random picks which page a simulated reader opens; nothing secret
"""Varde load test (locust, headless, loopback only).

Users:
* ``Reader`` (most users): public pages in the three languages, found by crawling from the home page,
  so every page type that lands is included; search when ``/sok/`` exists.
* ``ToolUser``: the tools (``/avdekke/sjekk/``, ``/rettigheter/sjekk/`` and any other public form):
  opens the form, fills every field with its first choice and submits it, as a person would.
* ``ApiClient``: the open API, every GET operation without path parameters in the OpenAPI document.
* ``Suggester`` and ``SurveyRespondent``: the public forms that *store* what they get ("Foreslå endring"
  in the directory, the competence survey by open link). Every submission carries a unique marker.
* ``WorkspaceMember`` (``LOADTEST_MEMBERS`` of them, one account each): signs in with password and
  TOTP, reads the posts, posts an experience (with a marker), reads the meetings, and now and then
  signs out and in again.

The markers of every storing submission are recorded as sent, acknowledged (the success redirect) or
answered with an error; ``deploy/loadtest.sh`` then asks the database which markers it holds
(``manage.py loadtest_fixtures stored``) and fails the run if an acknowledged submission is missing.

Each simulated user sends ``X-Loadtest-Addr`` (a loopback address of its own, 127.x.y.z); the load-test
nginx binds its upstream connection to it for the routes whose limits count per client address, so
300 simulated readers look like 300 readers to the app, not one (see docs/operations.md).

A request fails when it gets a 5xx, a connection error or an unexpected 404; a form answered with 400
(validation message) counts as handled. Run through ``deploy/loadtest.sh`` or::

    var/ops-venv/bin/locust -f loadtest/locustfile.py --headless -u 50 -r 10 -t 30s --host http://127.0.0.1:8000

(the storing users and the workspace need ``LOADTEST_FIXTURES``, written by ``loadtest_fixtures prepare``).
"""

from __future__ import annotations

from locust import HttpUser, between, events, task  # first: locust monkey-patches the network (gevent)

# isort: split

import base64
import hashlib
import hmac
import itertools
import json
import logging
import os
import random
import re
import secrets
import struct
import time
from html.parser import HTMLParser
from http.client import RemoteDisconnected
from urllib.parse import urljoin, urlsplit

import requests
from locust.clients import LocustHttpAdapter
from urllib3.exceptions import ProtocolError

MAX_PAGES = 60
SKIP = (
    "/admin",
    "/django-admin",
    "/konto/",
    "/nettverket/arbeidsrom",
    "/documents/",
    "/api/",
    "/static/",
    "/media/",
)
SEARCH_WORDS = [
    "menneskehandel",
    "tvangsarbeid",
    "rettigheter",
    "tolk",
    "barn",
    "helse",
    "trafficking",
    "xyz",
]

# Forms with users of their own below (they store what they get, and count what was stored).
STORING = ("/foresla-endring/", "/kartlegging/")

PAGES: list[str] = []
FORMS: list[str] = []
API_GETS: list[str] = []
FIXTURES: dict = {}
RUN = os.environ.get("LOADTEST_RUN") or secrets.token_hex(3)
MARKER = "lasttest-{run}-{kind}-{user}-{n}"  # manage.py loadtest_fixtures stored finds these
# kind -> marker -> "sent" | "acknowledged" | "error: …"
SUBMISSIONS: dict[str, dict[str, str]] = {"suggestion": {}, "survey": {}, "post": {}}
COUNTERS = {
    "sign-in": 0,
    "sign-in code retried": 0,
    "sign-in with a recovery code (codes unavailable)": 0,
    "resent: kept-alive connection closed before an answer": 0,
}
_user_numbers = itertools.count(1)
# What the code step says while the cache is down (varde.workspace.forms): a person then uses a recovery
# code. Each member's codes are used once: taken from here.
CODES_UNAVAILABLE = "Vi kan ikke sjekke engangskoder"
_recovery_codes: dict[str, list[str]] = {}
# A different loopback source address for every simulated client, from a random start so that runs
# within the same hour do not share one (the directory's limit is per address per hour).
_addresses = itertools.count(random.randrange(1 << 20, 1 << 23))


def _new_address() -> str:
    n = next(_addresses) % (1 << 24)
    return f"127.{n >> 16 & 255}.{n >> 8 & 255}.{max(n & 255, 1)}"


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.post_forms = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self.post_forms += 1


def _local(host: str, href: str) -> str | None:
    url = urljoin(host + "/", href)
    parts = urlsplit(url)
    if (
        parts.netloc != urlsplit(host).netloc
        or parts.path.startswith(SKIP)
        or parts.path.endswith((".pdf", ".vcf", ".ics", ".csv"))
    ):
        return None
    return parts.path


@events.test_start.add_listener
def on_test_start(environment, **_kwargs):
    """Load the plan written by ``python loadtest/locustfile.py HOST PLAN.json``, else crawl now."""
    plan = os.environ.get("LOADTEST_PLAN")
    fixtures = os.environ.get("LOADTEST_FIXTURES")
    if fixtures and os.path.exists(fixtures):
        with open(fixtures, encoding="utf-8") as f:
            FIXTURES.update(json.load(f))
    if plan and os.path.exists(plan):
        with open(plan, encoding="utf-8") as f:
            data = json.load(f)
        PAGES[:], FORMS[:], API_GETS[:] = data["pages"], data["forms"], data["api"]
        logging.getLogger("loadtest").warning(
            "%d pages, %d forms, %d API operations from the plan", len(PAGES), len(FORMS), len(API_GETS)
        )
    else:
        discover(environment.host)
    if not PAGES:
        environment.process_exit_code = 1
        logging.getLogger("loadtest").error(
            "nothing to test at %s: is the site up, with content?", environment.host
        )


def discover(host: str) -> None:
    """Crawl the public site once, breadth first (this also fills nginx's cache), and read the API's
    OpenAPI document."""
    host = host.rstrip("/")
    session = requests.Session()
    queue, seen = ["/", "/nn/", "/en/", "/avdekke/sjekk/", "/rettigheter/sjekk/", "/sok/"], set()
    while queue and len(PAGES) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        try:
            response = session.get(host + path, timeout=10)
        except requests.RequestException:
            continue
        if response.status_code != 200 or "text/html" not in response.headers.get("Content-Type", ""):
            continue
        PAGES.append(path)
        parser = _Links()
        parser.feed(response.text)
        if parser.post_forms and not any(part in path for part in STORING):
            FORMS.append(path)
        queue.extend(p for p in (_local(host, h) for h in parser.links) if p and p not in seen)
    try:
        spec = session.get(host + "/api/v1/openapi.json", timeout=10).json()
        for path, operations in spec.get("paths", {}).items():
            if "get" in operations and "{" not in path and not path.endswith(".csv"):
                API_GETS.append(path)
    except (requests.RequestException, ValueError):
        pass
    message = f"{len(PAGES)} pages, {len(FORMS)} forms, {len(API_GETS)} API operations discovered"
    logging.getLogger("loadtest").warning(message)


class _Form(HTMLParser):
    """The first POST form on a page, with a plausible value for every field."""

    def __init__(self):
        super().__init__()
        self.action: str | None = None
        self.fields: dict[str, list[str]] = {}
        self._in_form = self._done = False
        self._select: str | None = None
        self._first_box: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self._done:
            return
        if tag == "form" and (a.get("method") or "").lower() == "post" and self.action is None:
            self.action, self._in_form = a.get("action") or "", True
        if not self._in_form or not a.get("name"):
            # The first real choice (a placeholder option has an empty value).
            select = self._select if tag == "option" and self._in_form else None
            if select and select not in self.fields and a.get("value"):
                self.fields[select] = [a["value"]]
            return
        name, kind = a["name"], (a.get("type") or "text").lower()
        if tag == "select":
            self._select = name
        elif tag == "textarea":
            self.fields.setdefault(name, ["Testtekst fra lasttesten."])
        elif kind in ("radio",):
            self.fields.setdefault(name, [a.get("value", "on")])
        elif kind == "checkbox":
            self._first_box.setdefault(name, a.get("value", "on"))
            if random.random() < 0.5:
                self.fields.setdefault(name, []).append(a.get("value", "on"))
        elif kind in ("submit", "button", "image", "file"):
            return
        elif kind == "number":
            self.fields.setdefault(name, [a.get("value") or a.get("min") or "30"])
        elif kind == "date":
            self.fields.setdefault(name, [a.get("value") or "2026-01-15"])
        elif kind == "email":
            self.fields.setdefault(name, [a.get("value") or "last@example.invalid"])
        else:
            self.fields.setdefault(name, [a.get("value") or "Oslo"])

    def handle_endtag(self, tag):
        if tag == "form" and self._in_form:
            self._in_form, self._done = False, True
            # A person ticks at least one box in a group (a required choice left empty is a 400).
            for name, value in self._first_box.items():
                self.fields.setdefault(name, [value])
        if tag == "select":
            self._select = None


def _status(response) -> str:
    """The status, or for no answer at all (status 0) the client's error."""
    if response.status_code:
        return f"status {response.status_code}"
    return f"no answer: {type(response.error).__name__}: {str(response.error)[:80]}"


def _ok(response, allowed=(200, 301, 302, 303, 400)):
    if response.status_code in allowed:
        response.success()
    else:
        response.failure(_status(response))


def _closed_before_answer(exc: BaseException) -> bool:
    """True when the server closed the connection before a single byte of an answer came back."""
    inner = exc.args[0] if exc.args else None
    if isinstance(inner, ProtocolError) and len(inner.args) > 1:
        return isinstance(inner.args[1], (RemoteDisconnected, ConnectionResetError, BrokenPipeError))
    return False


class _ResendingAdapter(LocustHttpAdapter):
    """Resends a request once when a kept-alive connection turns out to have been closed by the server
    before any answer arrived. Browsers, curl and Node's http client do the same: the server closed an
    idle connection (nginx does so for all of them on reload) and never read the request. A request on
    a fresh connection, or one that got any answer, is never resent. Counted in the summary."""

    def send(self, request, **kwargs):
        pool = self.get_connection_with_tls_context(
            request, kwargs.get("verify", True), proxies=kwargs.get("proxies"), cert=kwargs.get("cert")
        )
        idle = list(pool.pool.queue)  # urllib3 takes the last one, reconnecting it if it was closed
        reused = bool(idle) and idle[-1] is not None and idle[-1].is_connected
        try:
            return super().send(request, **kwargs)
        except requests.ConnectionError as exc:
            if not (reused and _closed_before_answer(exc)):
                raise
            COUNTERS["resent: kept-alive connection closed before an answer"] += 1
            return super().send(request, **kwargs)


class _Client(HttpUser):
    """A simulated person: a loopback address of their own (see the module docstring), and an HTTP
    client that resends like a browser (``_ResendingAdapter``)."""

    abstract = True

    def on_start(self):
        self.number = next(_user_numbers)
        self.sent = 0
        self.client.headers["X-Loadtest-Addr"] = _new_address()
        self.client.mount("http://", _ResendingAdapter(pool_manager=None))

    def marker(self, kind: str) -> str:
        self.sent += 1
        marker = MARKER.format(run=RUN, kind=kind, user=self.number, n=self.sent)
        SUBMISSIONS[kind][marker] = "sent"
        return marker

    def open_page(self, path: str, name: str) -> str:
        """GET a page with a form on it, as a person opens it: its HTML, or "" when the answer is not a
        200 (then already counted as a failure)."""
        with self.client.get(path, name=name, catch_response=True) as r:
            _ok(r, (200,))
            html = r.text if r.status_code == 200 else ""
        return html

    def open_form(self, path: str, name: str):
        """GET ``path`` and read its first form: (its fields, the CSRF token filled in; the address it
        posts to), or None when the page or its form is missing (a failed GET is already counted)."""
        html = self.open_page(path, name)
        if not html:
            return None
        form = _Form()
        form.feed(html)
        if form.action is None:
            return None
        data = dict(form.fields)
        token = _csrf(html)
        if token:
            data["csrfmiddlewaretoken"] = [token]
        return data, urljoin(path, form.action) if form.action else path

    def post_and_record(self, kind, marker, url, data, *, name, success):
        """POST a storing form without following the redirect; ``success(location)`` says whether
        the answer is the form's acknowledgement."""
        try:
            with self.client.post(url, data=data, name=name, allow_redirects=False, catch_response=True) as r:
                location = r.headers.get("Location", "")
                if r.status_code in (302, 303) and success(location):
                    SUBMISSIONS[kind][marker] = "acknowledged"
                    r.success()
                    return True
                SUBMISSIONS[kind][marker] = f"error: {_status(r)} {location}".strip()
                r.failure(f"not acknowledged: {_status(r)}")
        except Exception as exc:  # noqa: BLE001 - any transport error is an unacknowledged submission
            SUBMISSIONS[kind][marker] = f"error: {type(exc).__name__}"
            raise
        return False


class Reader(_Client):
    weight = 6
    wait_time = between(1, 4)

    @task(10)
    def page(self):
        if PAGES:
            with self.client.get(random.choice(PAGES), name="page", catch_response=True) as r:
                _ok(r, (200,))

    @task(2)
    def search(self):
        if "/sok/" in PAGES:
            with self.client.get(
                "/sok/", params={"q": random.choice(SEARCH_WORDS)}, name="search", catch_response=True
            ) as r:
                _ok(r, (200,))


class ToolUser(_Client):
    weight = 3
    wait_time = between(2, 6)

    @task
    def use_a_tool(self):
        if not FORMS:
            return
        path = random.choice(FORMS)
        opened = self.open_form(path, "tool: open")
        if opened is None:
            return
        data, target = opened
        with self.client.post(
            target,
            data=data,
            name=f"submit {target}",
            headers={"Referer": self.host + path},
            catch_response=True,
        ) as r:
            _ok(r)


class ApiClient(_Client):
    weight = 1
    wait_time = between(1, 3)

    @task
    def api(self):
        if API_GETS:
            with self.client.get(random.choice(API_GETS), name="api", catch_response=True) as r:
                _ok(r, (200, 400))


# --- Storing forms and the workspace -------------------------------------------------------------


@events.test_stop.add_listener
def on_test_stop(environment, **_kwargs):
    """Write what was sent and acknowledged, for deploy/loadtest.sh to compare with the database."""
    out = os.environ.get("LOADTEST_RESULTS")
    if out:
        with open(out, "w", encoding="utf-8") as f:
            json.dump({"run": RUN, "submissions": SUBMISSIONS, "counters": COUNTERS}, f, indent=1)


def _csrf(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return match.group(1) if match else ""


def _totp(secret: str, counter: int) -> str:
    """RFC 6238 with the defaults allauth uses (HMAC-SHA1, 6 digits, 30 s)."""
    key = base64.b32decode(secret, casefold=True)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**6:06d}"


class Suggester(_Client):
    """Opens "Foreslå endring" for a service, writes for a few seconds, sends. One address per
    suggestion: each is a different reader (the directory allows five per address per hour)."""

    weight = 1
    wait_time = between(5, 15)

    @task
    def suggest(self):
        services = FIXTURES.get("services")
        if not services:
            return
        self.client.headers["X-Loadtest-Addr"] = _new_address()
        path = f"/hjelp/tjeneste/{random.choice(services)}/foresla-endring/"
        html = self.open_page(path, "suggestion: open")
        token = re.search(r'name="token" value="([^"]+)"', html)
        if not token:
            return
        time.sleep(random.uniform(3.5, 6))  # the form refuses answers sent within 3 seconds
        marker = self.marker("suggestion")
        data = {
            "message": f"Nytt telefonnummer, se {marker}.",
            "contact": "",
            "website": "",
            "token": token.group(1),
        }
        self.post_and_record(
            "suggestion", marker, path, data, name="suggestion: send", success=lambda loc: "takk=1" in loc
        )


class SurveyRespondent(_Client):
    """Answers the competence survey by its open link: every question, the free text with a marker."""

    weight = 1
    wait_time = between(5, 15)

    @task
    def answer(self):
        links = FIXTURES.get("survey_links")
        if not links:
            return
        path = f"/kurs/kartlegging/{random.choice(links)}/"
        opened = self.open_form(path, "survey: open")
        if opened is None:
            return
        data, target = opened
        marker = self.marker("survey")
        for name, values in data.items():
            if values == ["Testtekst fra lasttesten."]:
                data[name] = [f"Mer om tolk, {marker}."]
        time.sleep(random.uniform(2, 5))
        self.post_and_record(
            "survey",
            marker,
            target,
            data,
            name="survey: send",
            success=lambda loc: "/kartlegging/takk/" in loc,
        )


class WorkspaceMember(_Client):
    """A network member with an account of their own: password + TOTP, posts, meetings."""

    fixed_count = int(os.environ.get("LOADTEST_MEMBERS", "0"))
    wait_time = between(2, 6)
    WS = "/nettverket/arbeidsrom/"

    def on_start(self):
        super().on_start()
        members = FIXTURES.get("members") or []
        self.email = members[(self.number - 1) % len(members)] if members else None
        self.last_counter = -1
        self.tasks_done = 0
        self.signed_in = self.sign_in() if self.email else False

    def _code(self) -> str:
        """Today's code, as a person reads it off the phone: never the one used last (allauth
        accepts a code once), and not in the last seconds of its period (it may expire on the way)."""
        while True:
            now = time.time()
            counter, left = int(now // 30), 30 - now % 30
            if counter != self.last_counter and left > 6:
                self.last_counter = counter
                return _totp(FIXTURES["totp_secret"], counter)
            time.sleep(left + 0.1)

    def sign_in(self) -> bool:
        login = "/konto/login/"
        token = _csrf(self.open_page(login, "sign-in: form"))
        if not token:
            return False
        with self.client.post(
            login,
            data={"login": self.email, "password": FIXTURES["password"], "csrfmiddlewaretoken": token},
            name="sign-in: password",
            allow_redirects=False,
            catch_response=True,
        ) as r:
            if r.status_code != 302 or "/2fa/" not in r.headers.get("Location", ""):
                r.failure(f"password step: {_status(r)} {r.headers.get('Location', '')}")
                return False
            second = urljoin(login, r.headers["Location"])
        recovery = False
        for attempt in range(3):
            token = _csrf(self.open_page(second, "sign-in: code form"))
            if not token:
                return False
            code = self._recovery_code() if recovery else self._code()
            with self.client.post(
                second,
                data={"code": code, "csrfmiddlewaretoken": token},
                name="sign-in: code",
                allow_redirects=False,
                catch_response=True,
            ) as r:
                if r.status_code == 302 and self.WS in r.headers.get("Location", ""):
                    COUNTERS["sign-in"] += 1
                    if recovery:
                        COUNTERS["sign-in with a recovery code (codes unavailable)"] += 1
                    return True
                if r.status_code in (200, 400) and CODES_UNAVAILABLE in r.text and not recovery:
                    # The form says one-time codes cannot be checked now (Redis down) and suggests a
                    # recovery code: a person does as told.
                    recovery = True
                    r.success()
                    continue
                if r.status_code in (200, 400) and attempt == 0:  # the form again, with an error
                    # The code ran out on the way (a slow answer under load): a person types the next.
                    COUNTERS["sign-in code retried"] += 1
                    r.success()
                    continue
                r.failure(f"code step: {_status(r)} {r.headers.get('Location', '')}")
                return False
        return False

    def _recovery_code(self) -> str:
        if self.email not in _recovery_codes:
            _recovery_codes[self.email] = list(FIXTURES.get("recovery_codes", {}).get(self.email, []))
        codes = _recovery_codes[self.email]
        return codes.pop(0) if codes else "none left"

    def _get(self, path, name):
        """A workspace page; being sent to the sign-in page means the session was lost: a failure."""
        with self.client.get(path, name=name, allow_redirects=False, catch_response=True) as r:
            if r.status_code == 200:
                r.success()
                return r.text
            r.failure(f"{_status(r)} {r.headers.get('Location', '')}".strip())
        return ""

    @task
    def work(self):
        if not self.signed_in:
            self.signed_in = self.sign_in() if self.email else False
            return
        self._get(self.WS + "erfaringer/", "workspace: posts")
        self.wait_a_little()
        if random.random() < 0.5:
            html = self._get(self.WS + "erfaringer/ny/", "workspace: new post")
            if html:
                self.wait_a_little()
                marker = self.marker("post")
                self.post_and_record(
                    "post",
                    marker,
                    self.WS + "erfaringer/ny/",
                    {
                        "kind": "experience",
                        "title": f"Erfaring med tolk {marker}",
                        "body": "Vi bestilte kvalifisert tolk i stedet for at ledsageren tolket.",
                        "csrfmiddlewaretoken": _csrf(html),
                    },
                    name="workspace: post",
                    success=lambda loc: "/erfaringer/" in loc and loc.rstrip("/").split("/")[-1].isdecimal(),
                )
        self.wait_a_little()
        self._get(self.WS + "moter/", "workspace: meetings")
        self.tasks_done += 1
        if self.tasks_done % 6 == 0:  # now and then: sign out, and in again (on either server)
            self.sign_out()
            self.signed_in = self.sign_in()

    def sign_out(self):
        html = self._get(self.WS, "workspace: home")
        token = _csrf(html) or self.client.cookies.get("csrftoken", "")
        with self.client.post(
            "/konto/logout/",
            data={"csrfmiddlewaretoken": token},
            name="sign-out",
            allow_redirects=False,
            catch_response=True,
        ) as r:
            _ok(r, (302,))

    def wait_a_little(self):
        time.sleep(random.uniform(1, 3))


if __name__ == "__main__":
    import sys

    discover(sys.argv[1])
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump({"pages": PAGES, "forms": FORMS, "api": API_GETS}, out, indent=1)
    print(f"{len(PAGES)} pages, {len(FORMS)} forms, {len(API_GETS)} API operations")
