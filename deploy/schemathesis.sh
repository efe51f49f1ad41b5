#!/usr/bin/env bash
# Property-based API test: schemathesis against /api/v1/openapi.json on a live gunicorn (loopback),
# bounded in examples and time (under a minute). Exit 0 only with 0 failures.
# Uses the bench database (SQLite, or PostgreSQL when DATABASE_URL is set) with the demo content.
set -euo pipefail
cd "$(dirname "$0")/.."
OPS_VENV=${OPS_VENV:-var/ops-venv}
MAX_EXAMPLES=${ST_MAX_EXAMPLES:-100}
BUDGET=${ST_SECONDS:-90}
# A free loopback port unless ST_PORT is given: a fixed port fails when something else holds it.
PORT=${ST_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
deploy/ops-tools.sh

DB_URL=$(.venv/bin/python -m bench.prepare)
export DJANGO_ENV=dev DEBUG=false DATABASE_URL="$DB_URL" ALLOWED_HOSTS=127.0.0.1,localhost \
  RATELIMIT_ENABLED=false GUNICORN_BIND=127.0.0.1:$PORT GUNICORN_WORKERS=2 GUNICORN_ACCESSLOG= LOG_LEVEL=WARNING
.venv/bin/gunicorn --config deploy/gunicorn.conf.py varde.wsgi:application >var/schemathesis-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null' EXIT
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null || { echo "server did not get ready" >&2; exit 1; }

echo "schemathesis $("$OPS_VENV/bin/st" --version | awk '{print $NF}') against http://127.0.0.1:$PORT/api/v1/openapi.json"
# Checks: no 5xx, responses match their declared schema, content type and headers are as documented.
timeout "$BUDGET" "$OPS_VENV/bin/st" run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
  --checks not_a_server_error,response_schema_conformance,content_type_conformance,response_headers_conformance \
  --max-examples "$MAX_EXAMPLES" --workers 2 --request-timeout 10 --no-color \
  --phases examples,coverage,fuzzing --suppress-health-check all "$@"
