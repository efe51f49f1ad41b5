"""Middleware of the shared core: security headers, language-neutral caching, and clear answers to
requests the views cannot serve (a NUL character, a lost database)."""

import logging
import re

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _


def plain_message_response(request, status: int, title: str, message: str, extra: str = "") -> HttpResponse:
    """A short answer in the reader's language, rendered without the database: JSON under ``/api/``
    (``{"error": …, "problems": []}`` as the API's other errors), otherwise a page with no base template
    and no context processors, so it works when the database or the request itself is the problem."""
    if request.path.startswith("/api/"):
        return JsonResponse({"error": message, "problems": []}, status=status)
    html = render_to_string(
        "core/plain_message.html",
        {"language": get_language() or "nb", "title": title, "message": message, "extra": extra,
         "emergency": _("Akutt fare? Ring 112 eller 113.")},
    )  # fmt: skip
    return HttpResponse(html, status=status)


# Signed-in areas post forms with Django's CSRF protection. Under "no-referrer" Chromium sends
# "Origin: null" with a post and Django refuses it, so these areas use "same-origin" (which still
# sends nothing to other sites). Public pages keep "no-referrer".
SAME_ORIGIN_REFERRER = re.compile(r"^/(?:admin/|django-admin/|(?:nn/|en/)?(?:konto|nettverket/arbeidsrom)/)")


class SecurityHeadersMiddleware:
    """Adds ``Permissions-Policy`` to every response.

    ``Referrer-Policy``, HSTS and the other headers come from Django's ``SecurityMiddleware`` and the
    CSP from django-csp; this fills the one gap.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if SAME_ORIGIN_REFERRER.match(request.path):
            # Set before SecurityMiddleware, which only fills the header in when it is missing.
            response.setdefault("Referrer-Policy", "same-origin")
        return response


class LanguageFromPathOnlyMiddleware:
    """Drops ``Accept-Language`` from ``Vary``: Varde's language comes from the URL only.

    Bokmål has no prefix and nynorsk and English have ``/nn/`` and ``/en/`` (``i18n_patterns`` with
    ``prefix_default_language=False``). Django's LocaleMiddleware then uses bokmål for every unprefixed
    path whatever the browser asks for, yet still adds ``Vary: Accept-Language`` to those responses.
    That header would make nginx's page cache and a CDN keep one copy per browser language setting.
    Placed before LocaleMiddleware, so it sees the response after it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Vary"):
            kept = [v.strip() for v in response["Vary"].split(",") if v.strip().lower() != "accept-language"]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response


class DatabaseUnavailableMiddleware:
    """A view that loses its database (a restart or failover cuts the query it is running) answers
    503 with a short message in the reader's language and ``Retry-After``, not a 500.

    nginx sends a GET that got a 503 to the other server once (``proxy_next_upstream``); a POST is never
    resent, so the message tells the reader to check before sending again. The page is rendered
    without the database (no base template, no context processors).
    """

    RETRY_AFTER_SECONDS = 5

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logging.getLogger("varde.database").warning(
            "database unavailable during %s %s: %s",
            request.method,
            request.path,
            type(exception).__name__,
        )
        message = _("Tjenesten fikk ikke kontakt med databasen akkurat nå. Prøv igjen om noen sekunder.")
        sent = _("Sendte du et skjema, kan det ha blitt lagret likevel. Sjekk det før du sender på nytt.")
        response = plain_message_response(
            request, 503, _("Prøv igjen om litt"), message, sent if request.method == "POST" else ""
        )
        response["Retry-After"] = str(self.RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response


class RejectNulCharactersMiddleware:
    """A NUL character (``%00``) in the path or in a query parameter's name or value is answered 400
    with a short message in the reader's language before any view runs.

    No reader types one; it comes from broken links and probing. PostgreSQL refuses NUL in any text it
    is given, so a view that put such a parameter into a query would fail with a 500. Posted forms are
    left to the forms, which refuse NUL field by field (``ProhibitNullCharactersValidator``) and keep
    what the reader wrote. Placed after LocaleMiddleware, so the language is known.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists()
        ):
            response = plain_message_response(
                request,
                400,
                _("Ugyldig tegn i adressen"),
                _(
                    "Adressen inneholder et kontrolltegn som ikke kan brukes. Sjekk lenken eller skriv adressen på nytt."
                ),
            )
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)


class ProbeMiddleware:
    """Answers the probes, ``/healthz``, ``/readyz`` and ``/metrics``, before Django checks the Host
    header or redirects to HTTPS.

    Load balancers, container health checks, deploy scripts and Prometheus call each application
    server by its own address over plain HTTP (``http://127.0.0.1:8001/readyz``). In production the
    host is not in ``ALLOWED_HOSTS`` (400) and ``SECURE_SSL_REDIRECT`` sends them to HTTPS (301), so
    without this a healthy server looked down. The probes say nothing secret (``/metrics`` keeps its own
    loopback-or-token check), and every other path keeps both protections. Placed right after
    ``MetricsMiddleware``, so probes are still counted under their view name.
    """

    PATHS = frozenset({"/healthz", "/readyz", "/metrics"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info not in self.PATHS:
            return self.get_response(request)
        from django.urls import resolve

        match = resolve(request.path_info)
        request.resolver_match = match
        return match.func(request, *match.args, **match.kwargs)
