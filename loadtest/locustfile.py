# ruff: noqa: S311 - random picks which page a simulated reader opens; nothing secret
"""Varde load test (locust, headless, loopback only).

Users:
* ``Reader`` (most users): public pages in the three languages, found by crawling from the home page,
  so every page type that lands is included; search when ``/sok/`` exists.
* ``ToolUser``: the tools (``/avdekke/sjekk/``, ``/rettigheter/sjekk/`` and any other public form):
  opens the form, fills every field with its first choice and submits it, as a person would.
* ``ApiClient``: the open API, every GET operation without path parameters in the OpenAPI document.

A request fails when it gets a 5xx, a connection error or an unexpected 404; a form answered with 400
(validation message) counts as handled. Run through ``deploy/loadtest.sh`` or::

    var/ops-venv/bin/locust -f loadtest/locustfile.py --headless -u 50 -r 10 -t 30s --host http://127.0.0.1:8000
"""

from __future__ import annotations

from locust import HttpUser, between, events, task  # first: locust monkey-patches the network (gevent)

# isort: split

import json
import logging
import os
import random
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import requests

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

PAGES: list[str] = []
FORMS: list[str] = []
API_GETS: list[str] = []


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
        if parser.post_forms:
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

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self._done:
            return
        if tag == "form" and (a.get("method") or "").lower() == "post" and self.action is None:
            self.action, self._in_form = a.get("action") or "", True
        if not self._in_form or not a.get("name"):
            if tag == "option" and self._in_form and self._select and self._select not in self.fields:
                self.fields[self._select] = [a.get("value", "")]
            return
        name, kind = a["name"], (a.get("type") or "text").lower()
        if tag == "select":
            self._select = name
        elif tag == "textarea":
            self.fields.setdefault(name, ["Testtekst fra lasttesten."])
        elif kind in ("radio",):
            self.fields.setdefault(name, [a.get("value", "on")])
        elif kind == "checkbox":
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
        if tag == "select":
            self._select = None


def _ok(response, allowed=(200, 301, 302, 303, 400)):
    if response.status_code in allowed:
        response.success()
    else:
        response.failure(f"status {response.status_code}")


class Reader(HttpUser):
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


class ToolUser(HttpUser):
    weight = 3
    wait_time = between(2, 6)

    @task
    def use_a_tool(self):
        if not FORMS:
            return
        path = random.choice(FORMS)
        with self.client.get(path, name="tool: open", catch_response=True) as r:
            _ok(r, (200,))
            html = r.text if r.status_code == 200 else ""
        if not html:
            return
        form = _Form()
        form.feed(html)
        if form.action is None:
            return
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        data = dict(form.fields)
        if token:
            data["csrfmiddlewaretoken"] = [token.group(1)]
        target = urljoin(path, form.action) if form.action else path
        with self.client.post(
            target,
            data=data,
            name=f"submit {target}",
            headers={"Referer": self.host + path},
            catch_response=True,
        ) as r:
            _ok(r)


class ApiClient(HttpUser):
    weight = 1
    wait_time = between(1, 3)

    @task
    def api(self):
        if API_GETS:
            with self.client.get(random.choice(API_GETS), name="api", catch_response=True) as r:
                _ok(r, (200, 400))


if __name__ == "__main__":
    import sys

    discover(sys.argv[1])
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump({"pages": PAGES, "forms": FORMS, "api": API_GETS}, out, indent=1)
    print(f"{len(PAGES)} pages, {len(FORMS)} forms, {len(API_GETS)} API operations")
