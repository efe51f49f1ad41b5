#!/usr/bin/env bash
# Load test through the production shape, on loopback only:
#   nginx (page cache, deploy/nginx.conf's rules) → two gunicorn servers → one PostgreSQL + one Redis.
# Phase 1 (scale-out): LT_USERS users for LT_SECONDS; halfway, server 2 gets SIGTERM (graceful stop).
# Phase 2 (database restart): LT_USERS users for LT_SECONDS; a third of the way in, PostgreSQL restarts.
# Prints each phase's requests, failures and the failures by kind; exit 0 only with 0 failures.
# Needs root for pg_ctlcluster. Rate limits are off: every simulated user comes from 127.0.0.1.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OPS_VENV=${OPS_VENV:-var/ops-venv}
USERS=${LT_USERS:-300}
SPAWN=${LT_SPAWN:-50}
SECONDS_PER_PHASE=${LT_SECONDS:-60}
PHASES=${LT_PHASES:-"scaleout pgrestart"}
PG_VERSION=$(ls /etc/postgresql | head -n1)
NGINX_PORT=18080; APP1=18001; APP2=18002
OUT=var/loadtest; mkdir -p "$OUT"
RUN=$(mktemp -d "$ROOT/var/loadtest/run-XXXX")
PIDS=()

log() { printf '\n=== %s ===\n' "$*"; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  [ -f "$RUN/nginx.pid" ] && kill "$(cat "$RUN/nginx.pid")" 2>/dev/null
  wait 2>/dev/null
}
trap cleanup EXIT

deploy/ops-tools.sh || exit 1
pg_isready -h 127.0.0.1 -q || pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main start
redis-cli -h 127.0.0.1 ping 2>/dev/null | grep -q PONG || redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done

log "database (kept between runs: test_varde_loadtest)"
DB_URL=$(DATABASE_URL=${LT_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/varde_loadtest} .venv/bin/python -m bench.prepare) || exit 1
echo "$DB_URL"

export DJANGO_ENV=dev DEBUG=false DATABASE_URL="$DB_URL" REDIS_URL=redis://127.0.0.1:6379/4 \
  ALLOWED_HOSTS=127.0.0.1,localhost CONN_MAX_AGE=60 RATELIMIT_ENABLED=false LOG_LEVEL=WARNING \
  GUNICORN_WORKERS=${LT_WORKERS:-3} GUNICORN_ACCESSLOG= PYTHONPATH="$ROOT/src"
redis-cli -n 4 flushdb >/dev/null

start_app() {  # $1 port
  PROMETHEUS_MULTIPROC_DIR="$RUN/metrics-$1" GUNICORN_BIND=127.0.0.1:$1 \
    .venv/bin/gunicorn --config deploy/gunicorn.conf.py varde.wsgi:application >"$RUN/app-$1.log" 2>&1 &
  echo $!
}
wait_ready() { for _ in $(seq 1 90); do curl -fsS "http://127.0.0.1:$1/readyz" >/dev/null 2>&1 && return 0; sleep 1; done; return 1; }

sed -e "s|@RUN@|$RUN|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@APP1@|$APP1|g" -e "s|@APP2@|$APP2|g" \
  -e "s|@USER@|$( [ "$(id -u)" = 0 ] && echo "user root;" )|" loadtest/nginx.conf.template >"$RUN/nginx.conf"
mkdir -p "$RUN/cache"

summary() {  # $1 phase name
  python3 - "$OUT/$1_stats.csv" "$OUT/$1_failures.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
for r in rows:
    if r["Name"] in ("Aggregated",) or r["Type"] in ("GET", "POST"):
        print(f"  {r['Type'] or '':5} {r['Name']:14} requests {int(r['Request Count']):6}  failures {int(r['Failure Count']):4}"
              f"  p50 {r['50%']:>5} ms  p95 {r['95%']:>5} ms  p99 {r['99%']:>5} ms  {float(r['Requests/s']):.0f} req/s")
fails = list(csv.DictReader(open(sys.argv[2])))
for f in fails:
    print(f"  failure: {f['Method']} {f['Name']}: {f['Error']} × {f['Occurrences']}")
agg = [r for r in rows if r["Name"] == "Aggregated"][0]
failures = int(agg["Failure Count"]) + (1 if int(agg["Request Count"]) == 0 else 0)  # no traffic is a failure
print(f"RESULT requests={agg['Request Count']} failures={failures}")
PY
}

run_phase() {  # $1 name, $2 action at time, $3 seconds into the run
  local name=$1 action=$2 at=$3
  log "phase $name: $USERS users, spawn $SPAWN/s, ${SECONDS_PER_PHASE}s; $action at ${at}s"
  APP1_PID=$(start_app $APP1); APP2_PID=$(start_app $APP2); PIDS+=("$APP1_PID" "$APP2_PID")
  wait_ready $APP1 && wait_ready $APP2 || { echo "servers did not get ready"; tail "$RUN"/app-*.log; return 1; }
  rm -rf "$RUN/cache"/*
  nginx -p "$RUN" -c "$RUN/nginx.conf" || return 1
  echo "$(date +%T) crawl (plan + warm cache): $("$OPS_VENV/bin/python" loadtest/locustfile.py "http://127.0.0.1:$NGINX_PORT" "$RUN/plan.json" 2>/dev/null | tail -1)"
  LOADTEST_PLAN="$RUN/plan.json" "$OPS_VENV/bin/locust" -f loadtest/locustfile.py --headless -u "$USERS" -r "$SPAWN" -t "${SECONDS_PER_PHASE}s" \
    --host "http://127.0.0.1:$NGINX_PORT" --csv "$OUT/$name" --only-summary --stop-timeout 10 \
    --loglevel WARNING >"$OUT/$name.log" 2>&1 &
  local locust=$!
  echo "$(date +%T) locust started"
  sleep "$at"
  case $action in
    stop-server-2)
      echo "$(date +%T) SIGTERM to server 2 (graceful stop; nginx sends its traffic to server 1)"
      kill -TERM "$APP2_PID" ;;
    restart-postgresql)
      echo "$(date +%T) pg_ctlcluster $PG_VERSION main restart"
      local t0=$(date +%s.%N)
      pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main restart -m fast
      echo "$(date +%T) PostgreSQL back after $(echo "$(date +%s.%N) - $t0" | bc) s" ;;
  esac
  wait "$locust"
  echo "$(date +%T) readiness after the run: server 1 $(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$APP1/readyz)"
  grep -h -E "discovered|nothing to test" "$OUT/$name.log" | head -2
  summary "$name"
  kill "$(cat "$RUN/nginx.pid")" 2>/dev/null; kill "$APP1_PID" "$APP2_PID" 2>/dev/null; wait "$APP1_PID" "$APP2_PID" 2>/dev/null
  sleep 1
}

echo "locust $("$OPS_VENV/bin/locust" --version 2>&1 | awk '{print $2}'), nginx $(nginx -v 2>&1 | cut -d/ -f2), PostgreSQL $PG_VERSION, $(nproc) cores"
total_failures=0
for phase in $PHASES; do
  case $phase in
    scaleout) run_phase scaleout stop-server-2 $((SECONDS_PER_PHASE / 2)) ;;
    pgrestart) run_phase pgrestart restart-postgresql $((SECONDS_PER_PHASE / 3)) ;;
  esac
  f=$(grep -o 'failures=[0-9]*' <(summary "$phase" 2>/dev/null) | tail -1 | cut -d= -f2)
  total_failures=$((total_failures + ${f:-1}))
done
log "total failures: $total_failures (logs and CSVs in $OUT/)"
[ "$total_failures" -eq 0 ]
