"""A Redis cache that the site survives losing: every call that fails is served as a cache miss.

Redis holds nothing that must survive (docs/operations.md): cached pages' parts, the vocabulary's
version, Wagtail's site paths, session copies (the sessions themselves are in PostgreSQL), allauth's
and Varde's rate-limit counters. With Django's own ``RedisCache``, a Redis that is down or out of
reach turned every request that touched the cache into a 500, and a Redis that does not answer made
each such request wait for the operating system's TCP time-out.

``ResilientRedisCache`` is Django's ``RedisCache`` with three changes:

* a call that fails with a Redis or socket error answers as a miss: ``get`` gives the default,
  ``touch``/``delete``/``has_key`` give ``False``, ``incr`` raises ``ValueError`` as for a missing key,
  writes are dropped; ``add`` gives ``True`` (go on), except for the keys in
  ``FAIL_CLOSED_ADD_PREFIXES`` (see there);
* after a failure, the cache is not asked again for ``RETRY_SECONDS`` (``OPTIONS``, default 5): the
  calls in between answer as misses at once, so a dead Redis costs each request nothing, and the next
  call after the pause finds out whether it is back;
* each failure counts in ``varde_cache_errors_total`` (Prometheus, no labels), and the first failure
  of an outage is logged once, with the error's class only (keys can hold session ids).

Socket time-outs come from ``OPTIONS`` (``socket_connect_timeout``, ``socket_timeout``; settings.py
sets both from ``CACHE_TIMEOUT_SECONDS``), so a Redis that does not answer costs at most that long,
once per pause.
"""

from __future__ import annotations

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

from varde.core.metrics import CACHE_ERRORS

logger = logging.getLogger(__name__)

DEFAULT_RETRY_SECONDS = 5.0
_FAILURES = (RedisError, OSError)

# A missing value for the calls whose miss is the caller's default (``get``).
_DEFAULT = object()
# What the client's ``add`` answers while the cache is down; ``ResilientRedisCache.add`` decides.
_ADD_UNAVAILABLE = object()

# ``add`` while the cache is down. Most callers use it as a lock or a first-writer flag, and should go
# on: ``True``. allauth's rate limits take a lock with it, and with ``False`` every sign-in waited a second
# and got 429, so no one could sign in. A key that stops something being used twice must fail closed
# instead: allauth marks each TOTP code as used with ``add`` (no replay within its 90 s); while the cache is
# down it refuses every code, and the sign-in form says why (varde.workspace.forms).
FAIL_CLOSED_ADD_PREFIXES = ("allauth.mfa.totp.used",)


class _Outage:
    """Whether the cache at one location is taken to be down, shared by the threads of a process."""

    def __init__(self, retry_seconds: float):
        self.retry_seconds = retry_seconds
        self.until = 0.0  # monotonic time before which the cache is not asked
        self.lock = threading.Lock()

    def skipping(self) -> bool:
        return time.monotonic() < self.until

    def failed(self, exc: BaseException) -> None:
        CACHE_ERRORS.inc()
        with self.lock:
            first = self.until == 0.0
            self.until = time.monotonic() + self.retry_seconds
        if first:
            logger.warning(
                "Cache unavailable (%s): serving without it, asking again every %.0f s",
                type(exc).__name__,
                self.retry_seconds,
            )

    def answered(self) -> None:
        if self.until:
            with self.lock:
                self.until = 0.0
            logger.warning("Cache available again")


_OUTAGES: dict[tuple[str, ...], _Outage] = {}
_OUTAGES_LOCK = threading.Lock()


def _outage_for(servers: list[str], retry_seconds: float) -> _Outage:
    key = tuple(servers)
    with _OUTAGES_LOCK:
        if key not in _OUTAGES:
            _OUTAGES[key] = _Outage(retry_seconds)
        return _OUTAGES[key]


def cache_unavailable() -> bool:
    """True while some cache location is taken to be down (a call failed less than its pause ago)."""
    with _OUTAGES_LOCK:
        outages = list(_OUTAGES.values())
    return any(outage.skipping() for outage in outages)


def reset_outages() -> None:
    """For tests: forget every outage seen."""
    with _OUTAGES_LOCK:
        _OUTAGES.clear()


class ResilientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, each call guarded: a failure is a miss (see the module)."""

    def __init__(self, servers, *, retry_seconds: float = DEFAULT_RETRY_SECONDS, **options):
        super().__init__(servers, **options)
        self._outage = _outage_for(servers, retry_seconds)

    def _guarded(self, call, miss, *args):
        if self._outage.skipping():
            return self._miss(miss, args)
        try:
            result = call(*args)
        except _FAILURES as exc:
            self._outage.failed(exc)
            return self._miss(miss, args)
        self._outage.answered()
        return result

    @staticmethod
    def _miss(miss, args):
        if miss is ValueError:
            raise ValueError("Key not found (cache unavailable)")
        if miss is _DEFAULT:
            return args[1]  # ``get(key, default)``
        return miss

    def add(self, key, value, timeout):
        return self._guarded(super().add, _ADD_UNAVAILABLE, key, value, timeout)

    def get(self, key, default):
        return self._guarded(super().get, _DEFAULT, key, default)

    def set(self, key, value, timeout):
        return self._guarded(super().set, None, key, value, timeout)

    def touch(self, key, timeout):
        return self._guarded(super().touch, False, key, timeout)

    def delete(self, key):
        return self._guarded(super().delete, False, key)

    def get_many(self, keys):
        return self._guarded(super().get_many, {}, keys)

    def has_key(self, key):
        return self._guarded(super().has_key, False, key)

    def incr(self, key, delta):
        return self._guarded(super().incr, ValueError, key, delta)

    def set_many(self, data, timeout):
        return self._guarded(super().set_many, None, data, timeout)

    def delete_many(self, keys):
        return self._guarded(super().delete_many, None, keys)

    def clear(self):
        return self._guarded(super().clear, False)


class ResilientRedisCache(RedisCache):
    """``django.core.cache.backends.redis.RedisCache`` that survives losing Redis (see the module).

    ``OPTIONS`` takes ``RETRY_SECONDS`` besides the Redis connection options."""

    def __init__(self, server, params):
        super().__init__(server, params)
        options = dict(self._options)
        retry_seconds = float(options.pop("RETRY_SECONDS", DEFAULT_RETRY_SECONDS))
        self._options = {**options, "retry_seconds": retry_seconds}
        self._class = ResilientRedisCacheClient

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        stored = super().add(key, value, timeout, version)
        if stored is _ADD_UNAVAILABLE:
            return not str(key).startswith(FAIL_CLOSED_ADD_PREFIXES)
        return stored
