"""Page weight of each public page type: HTML + CSS + JS (+ images, fonts) bytes, requests, JS bytes.

Sizes are given raw and gzip-compressed (level 6, as nginx is configured in deploy/nginx.conf);
the goals (≤ 100 KB per page, ≤ 15 KB JS) are judged on the compressed transfer. Sub-resources are
read from the static files and media on disk, so this needs no server.
"""

from __future__ import annotations

import gzip
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from bench._site import public_pages

GOAL_PAGE_KB = 100
GOAL_JS_KB = 15
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


class _Resources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        rel = (a.get("rel") or "").lower()
        if tag == "script" and a.get("src"):
            self.found.append(("js", a["src"]))
        elif tag == "link" and a.get("href") and ("stylesheet" in rel or "icon" in rel or "preload" in rel):
            self.found.append(("css" if "stylesheet" in rel else "other", a["href"]))
        elif tag in ("img", "source") and (a.get("src") or a.get("srcset")):
            self.found.append(("img", (a.get("src") or a["srcset"].split()[0])))


def _read(url: str) -> bytes | None:
    from django.conf import settings
    from django.contrib.staticfiles import finders

    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith("data:"):
        return None  # not ours (a CSP would block it anyway)
    path = parts.path
    if path.startswith(settings.STATIC_URL):
        found = finders.find(path[len(settings.STATIC_URL) :])
        return Path(found).read_bytes() if found else None
    if path.startswith(settings.MEDIA_URL):
        file = Path(settings.MEDIA_ROOT) / path[len(settings.MEDIA_URL) :]
        return file.read_bytes() if file.exists() else None
    return None


def _gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def weigh(html: bytes) -> dict:
    parser = _Resources()
    parser.feed(html.decode("utf-8", "replace"))
    totals = {"raw": len(html), "gz": _gz(html), "js_raw": 0, "js_gz": 0, "requests": 1, "missing": 0}
    seen = set()
    queue = list(parser.found)
    while queue:
        kind, url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        data = _read(url)
        if data is None:
            if not urlsplit(url).scheme and not url.startswith("data:"):
                totals["missing"] += 1
            continue
        totals["requests"] += 1
        totals["raw"] += len(data)
        totals["gz"] += _gz(data)
        if kind == "js":
            totals["js_raw"] += len(data)
            totals["js_gz"] += _gz(data)
        if kind == "css":
            base = url.rsplit("/", 1)[0]
            for ref in _CSS_URL.findall(data.decode("utf-8", "replace")):
                if not ref.startswith(("data:", "#", "http:", "https:")):
                    queue.append(("other", ref if ref.startswith("/") else f"{base}/{ref}"))
    return totals


def run():
    from django.test import Client

    client = Client()
    rows = []
    for label, url in public_pages(client):
        t = weigh(client.get(url).content)
        kb, js_kb = t["gz"] / 1024, t["js_gz"] / 1024
        verdict = "ok" if kb <= GOAL_PAGE_KB and js_kb <= GOAL_JS_KB else "over goal"
        missing = f"; {t['missing']} unresolved" if t["missing"] else ""
        rows.append(
            (
                "page weight",
                f"{label} `{url}`: {kb:.1f} KB gz ({t['raw'] / 1024:.1f} KB raw), {t['requests']} requests, "
                f"JS {js_kb:.1f} KB gz ({t['js_raw'] / 1024:.1f} KB raw){missing}",
                f"goal ≤ {GOAL_PAGE_KB} KB, ≤ {GOAL_JS_KB} KB JS",
                f"{kb / GOAL_PAGE_KB:.2f} × page, {js_kb / GOAL_JS_KB:.2f} × JS — {verdict}",
            )
        )
    return rows
