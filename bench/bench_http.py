"""A cached public page through nginx against nginx serving the same HTML as a static file (wrk).

Starts, on loopback ports, gunicorn (deploy/gunicorn.conf.py, 2 workers) on the bench database and an
nginx with a temporary configuration that mirrors the page cache in deploy/nginx.conf. The home page
is fetched once (cache MISS), checked to be a HIT, saved as a file, and then measured with wrk:

* cached page through nginx's proxy cache (the subject),
* the same bytes as a static file from nginx (the baseline; goal: the cache reaches ≥ 80 % of it),
* the same page with a session cookie, which bypasses the cache and reaches gunicorn (for scale).

Runs are short (``WRK_SECONDS`` each, cached and static interleaved ``ROUNDS`` times, best kept) so the whole module stays well under a minute. Needs nginx and
wrk from Debian; when they are missing and we are root, they are installed with apt-get, else the
module says so and skips.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench._site import ROOT, VAR, log, server_env

WRK_SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "3"))
ROUNDS = 3
WRK_CONNECTIONS = 32
GOAL_RATIO = 0.80
PAGE = "/"

NGINX_CONF = """
worker_processes 2;
{user}
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    upstream varde_app {{ server 127.0.0.1:{app_port}; keepalive 16; }}
    proxy_cache_path {cache} levels=1:2 keys_zone=varde:10m max_size=100m inactive=60m use_temp_path=off;
    map $http_cookie $varde_no_cache {{ default 0; ~*sessionid 1; ~*csrftoken 1; }}
    server {{
        listen 127.0.0.1:{port};
        location = /static-copy.html {{ root {tmp}/www; }}
        location / {{
            proxy_pass http://varde_app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_cache varde;
            proxy_cache_key "$host$uri$is_args$args";
            proxy_cache_valid 200 301 404 10m;
            proxy_cache_bypass $varde_no_cache;
            proxy_no_cache $varde_no_cache;
            proxy_cache_lock on;
            proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
            add_header X-Cache-Status $upstream_cache_status;
        }}
    }}
}}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tools() -> str | None:
    """Make sure nginx and wrk exist. Returns None when ready, else why not."""
    missing = [tool for tool in ("nginx", "wrk") if not shutil.which(tool)]
    if not missing:
        return None
    packages = ["nginx-light" if t == "nginx" else t for t in missing]
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return f"{', '.join(missing)} missing: install with `apt-get install {' '.join(packages)}`"
    log(f"{', '.join(missing)} missing: installing {' '.join(packages)} from Debian with apt-get")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], env=env, check=False, timeout=120)
    subprocess.run(["apt-get", "install", "-y", "-qq", *packages], env=env, check=False, timeout=180)
    still = [tool for tool in ("nginx", "wrk") if not shutil.which(tool)]
    return f"could not install {', '.join(still)}" if still else None


def _wait_http(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
                if response.status < 500:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


def _get(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - loopback only
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.status, dict(response.headers), response.read()


def wrk(
    url: str, *, seconds: int = WRK_SECONDS, connections: int = WRK_CONNECTIONS, header: str | None = None
):
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if header:
        cmd[1:1] = ["-H", header]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 30, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"50%\s+([\d.]+\w+)", out).group(1)
    p99 = re.search(r"99%\s+([\d.]+\w+)", out).group(1)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": rps,
        "p50": p50,
        "p99": p99,
        "non2xx": int(errors.group(1)) if errors else 0,
        "socket": socket_errors.group(1) if socket_errors else "",
    }


def run():
    why_not = _tools()
    if why_not:
        return [("cached page via nginx", "skipped", why_not, "–")]

    tmp = Path(tempfile.mkdtemp(prefix="nginx-", dir=VAR))
    (tmp / "www").mkdir()
    app_port, port = _free_port(), _free_port()
    user = f"user {getpass.getuser()};" if os.geteuid() == 0 else ""
    # The page cache lives in memory (tmpfs) when the machine has one, as recommended in docs/operations.md.
    shm = Path("/dev/shm")  # noqa: S108 - mkdtemp below makes a private directory
    cache = Path(tempfile.mkdtemp(prefix="varde-bench-cache-", dir=shm)) if shm.is_dir() else tmp / "cache"
    conf = NGINX_CONF.format(tmp=tmp, cache=cache, port=port, app_port=app_port, user=user)
    (tmp / "nginx.conf").write_text(conf)
    gunicorn = [
        str(Path(sys.executable).with_name("gunicorn")),
        "--config",
        str(ROOT / "deploy/gunicorn.conf.py"),
    ]
    env = server_env(
        GUNICORN_BIND=f"127.0.0.1:{app_port}",
        GUNICORN_WORKERS="2",
        GUNICORN_ACCESSLOG="",
        RATELIMIT_ENABLED="false",
    )
    procs = []
    try:
        procs.append(
            subprocess.Popen(
                [*gunicorn, "varde.wsgi:application"],
                env=env,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        procs.append(
            subprocess.Popen(["nginx", "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-g", "daemon off;"])
        )
        base = f"http://127.0.0.1:{port}"
        _wait_http(f"http://127.0.0.1:{app_port}/healthz", 60)
        _wait_http(f"{base}/healthz")
        _get(base + PAGE)
        status, headers, body = _get(base + PAGE)
        cache_status = headers.get("X-Cache-Status", "?")
        if status != 200 or cache_status != "HIT":
            set_cookie = "Set-Cookie" in headers
            return [
                (
                    "cached page via nginx",
                    f"`{PAGE}` not cached: status {status}, X-Cache-Status {cache_status}",
                    f"Set-Cookie present: {set_cookie}; Cache-Control: {headers.get('Cache-Control', '-')}",
                    "–",
                )
            ]
        (tmp / "www" / "static-copy.html").write_bytes(body)
        wrk(base + PAGE, seconds=1)  # warm both paths and the TCP stack
        # Interleaved rounds, best of each: other work on a shared machine hits both sides alike.
        cached_runs, static_runs = [], []
        for _ in range(ROUNDS):
            cached_runs.append(wrk(base + PAGE))
            static_runs.append(wrk(base + "/static-copy.html"))
        cached = max(cached_runs, key=lambda r: r["rps"])
        static = max(static_runs, key=lambda r: r["rps"])
        bypass = wrk(base + PAGE, header="Cookie: sessionid=bench", connections=8)
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)

    ratio = cached["rps"] / static["rps"]
    verdict = "ok" if ratio >= GOAL_RATIO and not cached["non2xx"] else "below goal"

    def describe(r):
        errors = f", {r['non2xx']} non-2xx" if r["non2xx"] else ""
        errors += f", socket errors {r['socket']}" if r["socket"] else ""
        return f"{r['rps']:.0f} req/s, p50 {r['p50']}, p99 {r['p99']}{errors}"

    size = f"{len(body) / 1024:.1f} KB"
    return [
        (
            f"cached page via nginx (wrk, 2 threads, 32 connections, best of {ROUNDS} × {WRK_SECONDS} s)",
            f"`{PAGE}` ({size}) from nginx proxy cache: {describe(cached)}",
            f"same HTML as a static file: {describe(static)}",
            f"{ratio:.2f} (goal ≥ {GOAL_RATIO:.2f}) — {verdict}",
        ),
        (
            "uncached page via nginx → gunicorn (2 sync workers)",
            f"`{PAGE}` with a session cookie (cache bypassed), 8 connections: {describe(bypass)}",
            f"cached: {cached['rps']:.0f} req/s",
            f"{bypass['rps'] / cached['rps']:.3f} of cached",
        ),
    ]
