"""Gunicorn configuration for Varde.

Worker model: synchronous workers, (2 x cores) + 1 by default. Pages are server-rendered and short;
the slow work (PDFs, reports) runs as background tasks, so sync workers behind nginx are enough.
Every worker is stateless: sessions and cache live in Redis, data in PostgreSQL.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
max_requests = 2000
max_requests_jitter = 200
# Access log without query strings: the tools must not leave what a worker typed in any log.
accesslog = "-"
access_log_format = (
    '{"remote":"%(h)s","method":"%(m)s","path":"%(U)s","status":%(s)s,"bytes":%(B)s,"ms":%(M)s}'
)
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
