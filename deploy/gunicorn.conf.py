"""Gunicorn configuration for Varde.

Worker model: synchronous workers, (2 x cores) + 1 by default. Pages are server-rendered and short;
PDFs render on request (a section's in seconds, within the timeout below) and are then kept by nginx's
page cache. Sync workers behind nginx are enough: nginx buffers slow clients, so a sync worker is only
busy while Django works. Every worker is stateless:
sessions and cache live in Redis, data in PostgreSQL, so any number of servers can run side by side.

Environment: GUNICORN_BIND, GUNICORN_WORKERS, GUNICORN_TIMEOUT, GUNICORN_ACCESSLOG ("-" for stdout,
empty for none), FORWARDED_ALLOW_IPS, PROMETHEUS_MULTIPROC_DIR (see below).
"""

import multiprocessing
import os
import shutil

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow; jitter keeps them from restarting together.
max_requests = 2000
max_requests_jitter = 200
# Load the app once in the master: faster worker start, less memory (copy-on-write).
preload_app = True
# Access log without query strings or client addresses: the tools must not leave what a worker typed,
# or who asked, in any log. %(U)s is the path without the query string.
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
access_log_format = '{"method":"%(m)s","path":"%(U)s","status":%(s)s,"bytes":%(B)s,"ms":%(M)s}'
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Gunicorn's control socket defaults to one path per user, which two servers on one host would share.
control_socket_disable = True

# Prometheus metrics across workers: each worker writes its samples to files in this directory and
# /metrics adds them up. The directory must be empty when the server starts and private to it.
_metrics_dir = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if _metrics_dir:
    # It must exist before the app is preloaded: a metric without labels (varde_cache_errors_total)
    # opens its file when it is created. on_starting, which runs after the preload, then empties it.
    os.makedirs(_metrics_dir, exist_ok=True)


def on_starting(server):
    if _metrics_dir:
        shutil.rmtree(_metrics_dir, ignore_errors=True)
        os.makedirs(_metrics_dir, exist_ok=True)


def post_fork(server, worker):
    # Database connections must not be shared across the fork (preload_app loads Django in the master).
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        connection.close()
    if _metrics_dir:
        # A metric without labels gets its file in this worker only when first counted: count it once by
        # nothing, so /metrics shows it (at 0) from the start, as Prometheus' alert rules expect.
        from varde.core.metrics import CACHE_ERRORS

        CACHE_ERRORS.inc(0)


def child_exit(server, worker):
    if _metrics_dir:
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
