"""Request metrics in Prometheus format: counts and latency by view name and status.

Labels are the resolved *view name* (``wagtail_serve``, ``api-v1:…``, ``healthz``), the HTTP method
and the status code, never the path: paths carry ids, slugs and search words, and the label set must
stay small. Nothing about the person making the request is recorded.

With several gunicorn workers, set ``PROMETHEUS_MULTIPROC_DIR`` to an empty, writable directory (see
``deploy/gunicorn.conf.py``): each worker writes its samples there and ``/metrics`` adds them up, so any
worker answers for all of them. Without it (development, tests) the counters live in the process.

``/metrics`` answers only on loopback (a direct request, not one forwarded by a proxy) or when the
request carries ``Authorization: Bearer <METRICS_TOKEN>``. Everyone else gets 404.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import time

from django.conf import settings
from django.http import Http404, HttpResponse
from django.views.decorators.cache import never_cache
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

# Page renders are expected in milliseconds; the tail buckets catch PDFs and slow queries.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

REQUESTS = Counter(
    "varde_http_requests_total",
    "HTTP requests answered, by view name, method and status.",
    ["view", "method", "status"],
)
LATENCY = Histogram(
    "varde_http_request_duration_seconds",
    "Time from the request reaching Django to the response leaving it, by view name and status.",
    ["view", "method", "status"],
    buckets=LATENCY_BUCKETS,
)
# Counted by varde.core.cache; defined here so /metrics always exports it (0 without Redis).
CACHE_ERRORS = Counter(
    "varde_cache_errors_total",
    "Cache calls that failed (Redis down, out of reach or too slow); each was served as a cache miss.",
)

_KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def view_label(request) -> str:
    """A bounded, id-free name for what answered: the URL name, else the view's dotted path."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "unresolved"
    if match.view_name:
        return match.view_name
    func = match.func
    return f"{getattr(func, '__module__', '?')}.{getattr(func, '__qualname__', type(func).__name__)}"


def observe(*, view: str, method: str, status: int, seconds: float) -> None:
    method = method if method in _KNOWN_METHODS else "OTHER"
    labels = {"view": view, "method": method, "status": str(status)}
    REQUESTS.labels(**labels).inc()
    LATENCY.labels(**labels).observe(seconds)


class MetricsMiddleware:
    """Times every request and counts it under its view name. Put it first in ``MIDDLEWARE``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        start = time.perf_counter()
        response = self.get_response(request)
        observe(
            view=view_label(request),
            method=request.method or "",
            status=response.status_code,
            seconds=time.perf_counter() - start,
        )
        return response


def _is_direct_loopback(request) -> bool:
    """True for a request made on this machine, not forwarded by a proxy running on it."""
    if any(request.META.get(h) for h in ("HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP", "HTTP_FORWARDED")):
        return False
    try:
        return ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")).is_loopback
    except ValueError:
        return False


def _has_token(request) -> bool:
    expected = getattr(settings, "METRICS_TOKEN", "") or ""
    if not expected:
        return False
    header = request.META.get("HTTP_AUTHORIZATION", "")
    scheme, _, given = header.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip(), expected)


def metrics_allowed(request) -> bool:
    return _is_direct_loopback(request) or _has_token(request)


def _registry():
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    from prometheus_client import REGISTRY

    return REGISTRY


@never_cache
def metrics(request):
    """Prometheus exposition. Answers 404 (not 403) to others so the endpoint does not advertise itself."""
    if not metrics_allowed(request):
        raise Http404
    return HttpResponse(generate_latest(_registry()), content_type=CONTENT_TYPE_PLAIN_0_0_4)
