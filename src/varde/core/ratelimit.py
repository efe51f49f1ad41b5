"""A small rate limiter for forms and the API, kept in the shared cache (Redis in production).

Use it on a view or a django-ninja operation::

    from varde.core.ratelimit import ratelimit

    @ratelimit(scope="rights-check", rate="30/m")          # POSTs only, by default
    def check(request): ...

    @router.post("/check")
    @ratelimit(scope="api-identification", rate="60/m", methods=None)   # every method
    def api_check(request, payload: In): ...

Counting is a fixed window per scope and client: ``rate`` is ``"<count>/<period>"`` where period is
``s``, ``m``, ``h`` or ``d`` with an optional multiplier (``"5/10m"``). The client is the signed-in
user, else the address the trusted proxy saw. Addresses are never stored: the cache key holds a keyed
hash. When the limit is passed the answer is 429 with ``Retry-After`` and a message in the reader's
language: JSON under ``/api/``, a page otherwise. If the cache is down the request goes through: a
limiter must not take the service down with it.

``RateLimitMiddleware`` applies the site-wide rules in ``VARDE_RATELIMIT_RULES`` (scope, path pattern,
methods, rate) to every request, so a new form or API operation is limited without anyone having to
remember a decorator: the API, PDF renders, and form posts outside the admin.

Settings: ``VARDE_RATELIMIT_ENABLED`` (off in the test profile unless a test turns it on),
``VARDE_RATELIMITS`` (``{"scope": "rate"}`` overrides), ``VARDE_RATELIMIT_RULES``,
``VARDE_TRUSTED_PROXIES`` (addresses or networks whose ``X-Forwarded-For`` is believed; default loopback).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import ipaddress
import logging
import math
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

logger = logging.getLogger(__name__)

_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"^\s*(\d{1,9})\s*/\s*(\d{0,6})\s*([smhd])\s*$")
DEFAULT_TRUSTED_PROXIES = ("127.0.0.1", "::1")


@dataclass(frozen=True)
class Rate:
    count: int
    period: int  # seconds


def parse_rate(text: str) -> Rate:
    """Parse ``"30/m"``, ``"5/10m"``, ``"1000/d"``. Raises ``ValueError`` for anything else."""
    match = _RATE.match(text or "")
    if not match:
        raise ValueError(f"Not a rate: {text!r} (expected e.g. '30/m' or '5/10m')")
    count, multiplier, unit = match.groups()
    period = int(multiplier or 1) * _PERIODS[unit]
    if int(count) < 1 or period < 1:
        raise ValueError(f"Not a rate: {text!r} (count and period must be at least 1)")
    return Rate(count=int(count), period=period)


@functools.lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """``TRUSTED_PROXIES`` entries as networks: an address is a network of one, and a range such as a
    container network's ``172.30.0.0/24`` is allowed. An entry that is neither is ignored."""
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            logger.warning("TRUSTED_PROXIES: %r is not an address or a network; ignored", entry)
    return tuple(networks)


def _trusted(address: str) -> bool:
    trusted = tuple(getattr(settings, "VARDE_TRUSTED_PROXIES", DEFAULT_TRUSTED_PROXIES))
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _networks(trusted))


def _valid_ip(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def client_address(request) -> str:
    """The address of the client: the right-most untrusted hop in ``X-Forwarded-For`` behind a trusted
    proxy, else ``REMOTE_ADDR``. Forged entries further left are ignored."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    if not _trusted(remote):
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "") or ""
    for hop in reversed([part for part in forwarded.split(",") if part.strip()]):
        address = _valid_ip(hop)
        if address is None:
            return remote  # a garbled header: fall back to the proxy, never to the garbage
        if not _trusted(address):
            return address
    return remote


def _keyed_digest(ident: str) -> bytes:
    """HMAC-SHA256 of a client's identity under ``SECRET_KEY``: what the counters and stand-ins are
    made from, so no address is kept."""
    return hmac.new(settings.SECRET_KEY.encode(), ident.encode(), hashlib.sha256).digest()


def client_pseudonym(request) -> str:
    """A stable stand-in address for the client, for the libraries that key on an IP address:
    django-axes' lockout per account and address, and allauth's rate limits (``AXES_CLIENT_IP_CALLABLE``,
    ``varde.workspace.auth.AccountAdapter``). Left to themselves they read ``REMOTE_ADDR``, which behind
    nginx is the proxy's for everyone: one person's failed sign-ins would then lock an account for
    every address, and allauth's per-address limits would count the whole country as one client.

    An IPv6 address in the unique-local range ``fd00::/8``, made from a keyed hash of the real client
    address (``client_address``): each client gets its own, and what axes stores cannot be turned back
    into the address."""
    return str(ipaddress.IPv6Address(b"\xfd" + _keyed_digest(f"ip:{client_address(request)}")[:15]))


def client_key(request) -> str:
    """A keyed hash that identifies the client without storing who it is."""
    user = getattr(request, "user", None)
    ident = (
        f"user:{user.pk}" if user is not None and user.is_authenticated else f"ip:{client_address(request)}"
    )
    return _keyed_digest(ident).hex()[:24]


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    count: int
    limit: int
    retry_after: int  # seconds until the window ends


def hit(*, scope: str, key: str, rate: Rate, now: float | None = None) -> Verdict:
    """Count one request for ``key`` in ``scope`` and say whether it is within ``rate``."""
    now = time.time() if now is None else now
    window = int(now // rate.period)
    retry_after = max(1, math.ceil((window + 1) * rate.period - now))
    cache_key = f"varde:rl:{scope}:{key}:{window}"
    try:
        cache.add(cache_key, 0, timeout=rate.period + 1)
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.set(cache_key, 1, timeout=rate.period + 1)
            count = 1
    except Exception:
        logger.warning("Rate limiter: cache unavailable, letting the request through (scope %s)", scope)
        return Verdict(allowed=True, count=0, limit=rate.count, retry_after=0)
    return Verdict(allowed=count <= rate.count, count=count, limit=rate.count, retry_after=retry_after)


def enabled() -> bool:
    return getattr(settings, "VARDE_RATELIMIT_ENABLED", True)


def rate_for(scope: str, default: str) -> Rate:
    overrides = getattr(settings, "VARDE_RATELIMITS", {}) or {}
    return parse_rate(overrides.get(scope, default))


def too_many_requests(request, *, retry_after: int):
    """The 429 answer: JSON for the API, a page for everything else, in the reader's language."""
    message = _("Du har sendt for mange forespørsler på kort tid.")
    wait = ngettext(
        "Vent %(seconds)d sekund og prøv igjen.", "Vent %(seconds)d sekunder og prøv igjen.", retry_after
    ) % {"seconds": retry_after}
    if request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse(
            {"error": f"{message} {wait}", "problems": [], "retry_after": retry_after}, status=429
        )
    else:
        response = render(request, "429.html", {"message": message, "wait": wait}, status=429)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


def ratelimit(*, scope: str, rate: str = "30/m", methods: tuple[str, ...] | None = ("POST",)):
    """Limit a view (or django-ninja operation) to ``rate`` requests per client in ``scope``.

    ``methods`` are the HTTP methods that count (``None``: all). Other methods pass untouched.
    """
    parse_rate(rate)  # fail at import time on a typo, not at the first request

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if enabled() and (methods is None or request.method in methods):
                refused = _limited(request, scope, rate)
                if refused is not None:
                    return refused
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def _limited(request, scope: str, rate: str):
    """The 429 answer when this request passes ``scope``'s limit, else None (it is counted)."""
    verdict = hit(scope=scope, key=client_key(request), rate=rate_for(scope, rate))
    if verdict.allowed:
        return None
    logger.warning("Rate limit reached (scope %s)", scope)
    return too_many_requests(request, retry_after=verdict.retry_after)


class RateLimitMiddleware:
    """Counts each request against every rule in ``VARDE_RATELIMIT_RULES`` that matches it:
    ``(scope, path regular expression, methods or None for all, rate)``. Goes after the
    authentication middleware (a signed-in user is counted as the user) and the locale middleware
    (the 429 page is in the reader's language)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.rules = []
        for scope, pattern, methods, rate in getattr(settings, "VARDE_RATELIMIT_RULES", ()):
            parse_rate(rate)  # a typo fails when the server starts, not at the first request
            self.rules.append((scope, re.compile(pattern), methods, rate))

    def __call__(self, request):
        if enabled():
            for scope, pattern, methods, rate in self.rules:
                if (methods is None or request.method in methods) and pattern.search(request.path_info):
                    refused = _limited(request, scope, rate)
                    if refused is not None:
                        return refused
        return self.get_response(request)
