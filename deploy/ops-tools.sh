#!/usr/bin/env bash
# Install the operations tools in their own virtualenv (var/ops-venv), apart from the app's .venv:
# locust (gevent) and schemathesis pin libraries the app does not need. Versions are pinned here.
set -euo pipefail
cd "$(dirname "$0")/.."
OPS_VENV=${OPS_VENV:-var/ops-venv}
LOCUST_VERSION=2.47.0
SCHEMATHESIS_VERSION=4.32.5
PIP_AUDIT_VERSION=2.10.1
if [ ! -x "$OPS_VENV/bin/python" ]; then
  mkdir -p "$(dirname "$OPS_VENV")"
  python3 -m venv "$OPS_VENV"
fi
want="locust==$LOCUST_VERSION schemathesis==$SCHEMATHESIS_VERSION pip-audit==$PIP_AUDIT_VERSION"
stamp="$OPS_VENV/.installed-$(echo "$want" | md5sum | cut -c1-8)"
if [ ! -f "$stamp" ]; then
  "$OPS_VENV/bin/pip" install --quiet $want
  touch "$stamp"
fi
# Debian tools: nginx and wrk for bench/loadtest.
if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light wrk
  else
    echo "nginx/wrk missing: apt-get install nginx-light wrk" >&2
  fi
fi
