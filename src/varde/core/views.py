"""Language-neutral views: the health check and the error pages."""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from varde.core.middleware import plain_message_response

logger = logging.getLogger(__name__)


def _check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("Health check: database unavailable")
        return False


def _check_cache() -> bool:
    try:
        cache.set("varde:healthz", "ok", timeout=10)
        return cache.get("varde:healthz") == "ok"
    except Exception:
        logger.exception("Health check: cache unavailable")
        return False


# The cache is optional: the site serves without Redis (``varde.core.cache``), and since every server
# shares it, failing the probes for it would take every server out of the load balancer at once. Its
# outage shows in the probes' body and in ``varde_cache_errors_total``.
OPTIONAL_CHECKS = frozenset({"cache"})


def probe_response(checks: dict[str, bool]) -> JsonResponse:
    """The probes' answer: 503 when a required check fails; 200 otherwise, with ``"status": "degraded"``
    when only an optional one (``OPTIONAL_CHECKS``) does."""
    required = all(ok for name, ok in checks.items() if name not in OPTIONAL_CHECKS)
    status = ("ok" if all(checks.values()) else "degraded") if required else "error"
    body = {"status": status, **{k: "ok" if v else "error" for k, v in checks.items()}}
    return JsonResponse(body, status=200 if required else 503)


@never_cache
def healthz(request):
    """Report whether the database and the cache answer: 503 when the database does not (see
    ``probe_response``)."""
    return probe_response({"database": _check_database(), "cache": _check_cache()})


def bad_request(request, exception=None):
    """Django's 400 (e.g. an unknown host name or a broken upload) in the reader's language."""
    return plain_message_response(
        request,
        400,
        _("Ugyldig forespørsel"),
        _("Vi kunne ikke lese forespørselen. Sjekk adressen og prøv igjen."),
    )


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)
