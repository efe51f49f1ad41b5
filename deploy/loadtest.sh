#!/usr/bin/env bash
# Load test through the production shape, on loopback only:
#   nginx (page cache, deploy/nginx.conf's rules) → two gunicorn servers → one PostgreSQL + one Redis.
# Phase 1 (scale-out): LT_USERS users for LT_SECONDS; halfway, server 2 is drained and gets SIGTERM
#   (graceful stop) once nothing waits for it. LT_STOP=refuse (the default where iptables works): new
#   connections to server 2 are refused (a firewall rule, TCP reset), so nginx sends each new request
#   to server 1 (nothing was sent, so a POST too), and nginx is never reloaded. LT_STOP=drain: server 2
#   marked down in nginx and nginx reloaded (a reload closes idle client connections; a request that
#   arrives on one that instant gets no answer). LT_STOP=term: SIGTERM without draining first.
#   Before that, under the load, purge on publish is checked: a guidance page is published with a new
#   word (as an editor would, `loadtest_fixtures mark`); nginx's copies of the page and of its section
#   must be fresh cache hits at once, and search on each server must find the word; then unpublished
#   from the intro again (`unmark`), the same. Any miss counts as a failure.
# Phase 2 (database restart): LT_USERS users for LT_SECONDS; a third of the way in, PostgreSQL restarts.
# Phase 3 (cache outage): LT_USERS users for LT_SECONDS; 3 s in, while the members sign in, Redis is shut
#   down for LT_REDIS_DOWN seconds (default 30), then started again, empty. The site must serve on without it
#   (varde/core/cache.py): no failed request, no lost submission, sign-in through the database sessions.
# Users: readers, tool users, API clients, people sending "Foreslå endring" and the competence survey
# (each submission with a unique marker), and LT_MEMBERS workspace members who sign in with password +
# TOTP (accounts made by `manage.py loadtest_fixtures prepare` in the load-test database only).
# After each phase the database is asked which markers it holds: every acknowledged submission must be
# stored. Prints requests, failures, p50/p95 per request group and submissions acknowledged vs stored;
# exit 0 only with 0 failures, 0 errored and 0 lost submissions.
# Bounded: LT_USERS users, LT_SECONDS per phase (locust -t, and a hard timeout), loopback addresses only.
# PostgreSQL: a cluster of its own (LT_PG_CLUSTER=loadtest on port LT_PG_PORT=5439, created on first
# use, loopback only, stopped at the end), so restarting it does not cut other users of the machine's
# main cluster. Needs root for pg_createcluster/pg_ctlcluster.
# Redis: an instance of its own (LT_REDIS_PORT=6389, no persistence, stopped at the end), for the same
# reason.
# Rate limits are off (RATELIMIT_ENABLED=false); the per-address limits that have no switch (the
# directory's, allauth's) see one loopback address per simulated user (loadtest/nginx.conf.template).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OPS_VENV=${OPS_VENV:-var/ops-venv}
USERS=${LT_USERS:-300}
SPAWN=${LT_SPAWN:-50}
SECONDS_PER_PHASE=${LT_SECONDS:-60}
MEMBERS=${LT_MEMBERS:-40}
command -v iptables >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iptables >/dev/null 2>&1 || true
if iptables -L INPUT -n >/dev/null 2>&1; then STOP_MODE=${LT_STOP:-refuse}; else STOP_MODE=${LT_STOP:-drain}; fi
PHASES=${LT_PHASES:-"scaleout pgrestart redisstop"}
PG_VERSION=$(ls /etc/postgresql | head -n1)
PG_CLUSTER=${LT_PG_CLUSTER:-loadtest}
PG_PORT=${LT_PG_PORT:-5439}
REDIS_PORT=${LT_REDIS_PORT:-6389}
REDIS_DOWN=${LT_REDIS_DOWN:-30}
NGINX_PORT=18080; PURGE_PORT=18090; APP1=18001; APP2=18002
OUT=var/loadtest; mkdir -p "$OUT"
RUN=$(mktemp -d "$ROOT/var/loadtest/run-XXXX")
PIDS=()

log() { printf '\n=== %s ===\n' "$*"; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  [ -f "$RUN/nginx.pid" ] && kill "$(cat "$RUN/nginx.pid")" 2>/dev/null
  [ "$STOP_MODE" = refuse ] && refuse_rule -D 2>/dev/null
  wait 2>/dev/null
  pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" stop 2>/dev/null
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
}
trap cleanup EXIT

deploy/ops-tools.sh || exit 1
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$PG_CLUSTER"; then
  pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -p "$PG_PORT" -- --auth-local=trust --auth-host=trust >/dev/null || exit 1
fi
pg_isready -h 127.0.0.1 -p "$PG_PORT" -q || pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start
start_redis() {
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --logfile "$RUN/redis.log" >/dev/null || return 1
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && return 0; sleep 0.1; done
  return 1
}
redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG || start_redis || exit 1
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p "$PG_PORT" -q && break; sleep 1; done

log "database (kept between runs: test_varde_loadtest in cluster $PG_VERSION/$PG_CLUSTER, port $PG_PORT)"
DB_URL=$(DATABASE_URL=${LT_DATABASE_URL:-postgres://postgres@127.0.0.1:$PG_PORT/varde_loadtest} .venv/bin/python -m bench.prepare) || exit 1
echo "$DB_URL"

export DJANGO_ENV=dev DEBUG=false DATABASE_URL="$DB_URL" REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0 \
  ALLOWED_HOSTS=127.0.0.1,localhost CONN_MAX_AGE=60 RATELIMIT_ENABLED=false LOG_LEVEL=WARNING \
  FRONTEND_CACHE_URL=http://127.0.0.1:$PURGE_PORT \
  GUNICORN_WORKERS=${LT_WORKERS:-3} GUNICORN_ACCESSLOG= PYTHONPATH="$ROOT/src"
redis-cli -p "$REDIS_PORT" flushdb >/dev/null
manage() { .venv/bin/python manage.py "$@"; }
echo "earlier load-test submissions removed: $(manage loadtest_fixtures purge)"
manage loadtest_fixtures prepare --members "$MEMBERS" --out "$RUN/fixtures.json" || exit 1  # once, to fail early

start_app() {  # $1 port
  PYTHONPATH="$ROOT/src:$ROOT" \
    PROMETHEUS_MULTIPROC_DIR="$RUN/metrics-$1" GUNICORN_BIND=127.0.0.1:$1 \
    .venv/bin/gunicorn --config deploy/gunicorn.conf.py varde.wsgi:application >"$RUN/app-$1.log" 2>&1 &
  echo $!
}
wait_ready() { for _ in $(seq 1 90); do curl -fsS "http://127.0.0.1:$1/readyz" >/dev/null 2>&1 && return 0; sleep 1; done; return 1; }

nginx_conf() {  # $1: "" or "down" for server 2
  sed -e "s|@RUN@|$RUN|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@PURGE@|$PURGE_PORT|g" \
    -e "s|@APP1@|$APP1|g" -e "s|@APP2@|$APP2|g" \
    -e "s|@APP2_DOWN@|$1|g" -e "s|@USER@|$( [ "$(id -u)" = 0 ] && echo "user root;" )|" \
    loadtest/nginx.conf.template >"$RUN/nginx.conf"
}
nginx_conf ""
mkdir -p "$RUN/cache"
# Requests waiting in a server's accept queue (connected, not yet taken by a worker): a graceful stop
# closes the listening socket and resets them, and nginx may not resend a POST it has already sent.
accept_queue() { ss -Hltn "sport = :$1" | awk '{print $2}' | head -n1; }
wait_queue_empty() {  # $1 port: until nothing has waited in its accept queue for a second (at most 20 s)
  local t0=$SECONDS quiet=0
  sleep 1
  while [ $((SECONDS - t0)) -lt 20 ] && [ $quiet -lt 2 ]; do
    if [ "$(accept_queue "$1")" = 0 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    sleep 0.5
  done
  echo $((SECONDS - t0))
}
drain_server_2() {
  nginx_conf down
  nginx -p "$RUN" -c "$RUN/nginx.conf" -s reload
  echo "$(date +%T) server 2 out of nginx (down + reload); its accept queue empty after $(wait_queue_empty "$APP2") s"
  nginx_conf ""
}
# New connections to server 2 answered with a TCP reset: nginx counts a refused connection as an error
# and passes the request to server 1 (a request it could not send may be passed on, a POST too).
refuse_rule() { iptables "$1" INPUT -p tcp -d 127.0.0.1 --dport "$APP2" --syn -j REJECT --reject-with tcp-reset; }
refuse_server_2() {
  refuse_rule -I
  echo "$(date +%T) server 2 refuses new connections (firewall); its accept queue empty after $(wait_queue_empty "$APP2") s"
}

# Purge on publish across both servers (see the top). Prints the checks and "RESULT_PURGE <misses>".
fetch() {  # $1 port, $2 path, $3 host, $4 word: "<X-Cache-Status or -> <times the word occurs>"
  curl -s -m 10 -H "Host: $3" -D "$RUN/purge-headers" -o "$RUN/purge-body" "http://127.0.0.1:$1$2"
  local status; status=$(awk 'tolower($1) == "x-cache-status:" {print $2}' "$RUN/purge-headers" | tr -d '\r')
  echo "${status:--} $(grep -o "$4" "$RUN/purge-body" | wc -l)"
}
purge_check() {  # $1 run id
  local word="lasttest$1" info host page section misses=0
  expect() {  # $1 what, $2 got, $3 wanted (a regular expression)
    if [[ $2 =~ ^$3$ ]]; then echo "  ok   $1: $2"; else echo "  MISS $1: $2 (wanted $3)"; misses=$((misses + 1)); fi
  }
  info=$(manage loadtest_fixtures unmark) || { echo "RESULT_PURGE 1"; return; }
  read -r host page section < <(python3 -c 'import json, sys; d = json.loads(sys.argv[1]); print(d["host"], d["page"], d["section"])' "$info")
  echo "  page $page, section $section, host $host (the site's host name: what Wagtail purges)"
  for path in "$page" "$section"; do fetch $NGINX_PORT "$path" "$host" "$word" >/dev/null; done  # cached now
  expect "before: nginx $page" "$(fetch $NGINX_PORT "$page" "$host" "$word")" "HIT 0"
  manage loadtest_fixtures mark --marker "$word" >/dev/null || misses=$((misses + 1))
  expect "published with the word: nginx $page" "$(fetch $NGINX_PORT "$page" "$host" "$word")" "HIT [1-9][0-9]*"
  expect "published with the word: nginx $section" "$(fetch $NGINX_PORT "$section" "$host" "$word")" "HIT [1-9][0-9]*"
  for port in $APP1 $APP2; do
    fetch "$port" "/sok/?q=$word" "$host" 'id="treff">1 treff' >/dev/null
    expect "search for the word on server :$port" "$(grep -c 'id="treff">1 treff' "$RUN/purge-body")" "1"
  done
  manage loadtest_fixtures unmark >/dev/null || misses=$((misses + 1))
  expect "word taken out again: nginx $page" "$(fetch $NGINX_PORT "$page" "$host" "$word")" "HIT 0"
  expect "word taken out again: nginx $section" "$(fetch $NGINX_PORT "$section" "$host" "$word")" "HIT 0"
  echo "RESULT_PURGE $misses"
}

summary() {  # $1 phase name: requests per group, failures, and submissions acknowledged vs stored
  python3 - "$OUT/$1_stats.csv" "$OUT/$1_failures.csv" "$OUT/$1_submissions.json" "$OUT/$1_stored.json" <<'PY'
import csv, json, sys
stats, failures_csv, submitted_json, stored_json = sys.argv[1:5]
rows = list(csv.DictReader(open(stats)))
print(f"  {'':5} {'group':24} {'requests':>8} {'failures':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'req/s':>6}")
for r in rows:
    if r["Name"] == "Aggregated" or r["Type"] in ("GET", "POST"):
        print(f"  {r['Type'] or '':5} {r['Name'][:24]:24} {int(r['Request Count']):8} {int(r['Failure Count']):8}"
              f" {r['50%']:>7} {r['95%']:>7} {r['99%']:>7} {float(r['Requests/s']):6.0f}")
for f in csv.DictReader(open(failures_csv)):
    print(f"  failure: {f['Method']} {f['Name']}: {f['Error']} × {f['Occurrences']}")
agg = [r for r in rows if r["Name"] == "Aggregated"][0]
failures = int(agg["Failure Count"]) + (1 if int(agg["Request Count"]) == 0 else 0)  # no traffic is a failure
try:
    submitted = json.load(open(submitted_json))
    stored = json.load(open(stored_json))
except (OSError, ValueError) as exc:
    print(f"  submissions: no record ({exc})")
    submitted, stored, failures = {"submissions": {}, "counters": {}}, {}, failures + 1
lost = errored = 0
print(f"  {'submissions':12} {'sent':>6} {'acknowledged':>12} {'error answer':>12} {'stored':>6} {'LOST':>5}  stored without answer")
for kind, markers in submitted["submissions"].items():
    have = set(stored.get(kind, []))
    ack = {m for m, state in markers.items() if state == "acknowledged"}
    err = {m for m, state in markers.items() if state.startswith("error")}
    missing = ack - have
    lost += len(missing)
    errored += len(err)
    print(f"  {kind:12} {len(markers):6} {len(ack):12} {len(err):12} {len(have & set(markers)):6} {len(missing):5}"
          f"  {len((have & set(markers)) - ack)}")
    for m in sorted(missing)[:10]:
        print(f"    LOST (acknowledged, not in the database): {m}")
    for m in sorted(err)[:10]:
        print(f"    error answer: {m}: {markers[m]} ({'stored' if m in have else 'not stored'})")
counters = submitted.get("counters", {})
if counters:
    print("  " + ", ".join(f"{k}: {v}" for k, v in counters.items()))
print(f"RESULT requests={agg['Request Count']} failures={failures} submissions_lost={lost} submissions_errored={errored}")
print(f"RESULT_TOTAL {failures + lost + errored}")
PY
}

run_phase() {  # $1 name, $2 action at time, $3 seconds into the run
  local name=$1 action=$2 at=$3
  local run_id; run_id=$(python3 -c 'import secrets; print(secrets.token_hex(3))')
  rm -f "$OUT/${name}_summary.txt" "$OUT/${name}_purge.txt"
  # The checkout may have gained a migration since the last phase (/readyz would answer 503).
  manage migrate --noinput >/dev/null || return 1
  # Fresh TOTP secret per phase: a code used in the phase before must not be asked for again.
  manage loadtest_fixtures prepare --members "$MEMBERS" --out "$RUN/fixtures.json" >/dev/null || return 1
  log "phase $name: $USERS users, spawn $SPAWN/s, ${SECONDS_PER_PHASE}s; $action at ${at}s"
  APP1_PID=$(start_app $APP1); APP2_PID=$(start_app $APP2); PIDS+=("$APP1_PID" "$APP2_PID")
  if ! { wait_ready $APP1 && wait_ready $APP2; }; then
    echo "servers did not get ready"; tail "$RUN"/app-*.log
    kill "$APP1_PID" "$APP2_PID" 2>/dev/null; wait "$APP1_PID" "$APP2_PID" 2>/dev/null
    return 1
  fi
  rm -rf "$RUN/cache"/*
  nginx -p "$RUN" -c "$RUN/nginx.conf" || return 1
  echo "$(date +%T) crawl (plan + warm cache): $("$OPS_VENV/bin/python" loadtest/locustfile.py "http://127.0.0.1:$NGINX_PORT" "$RUN/plan.json" 2>/dev/null | tail -1)"
  rm -f "$OUT/${name}_submissions.json" "$OUT/${name}_stored.json"
  LOADTEST_PLAN="$RUN/plan.json" LOADTEST_FIXTURES="$RUN/fixtures.json" LOADTEST_MEMBERS="$MEMBERS" \
    LOADTEST_RUN="$run_id" LOADTEST_RESULTS="$OUT/${name}_submissions.json" \
    timeout -k 10 $((SECONDS_PER_PHASE + 150)) "$OPS_VENV/bin/locust" -f loadtest/locustfile.py --headless \
    -u "$USERS" -r "$SPAWN" -t "${SECONDS_PER_PHASE}s" --host "http://127.0.0.1:$NGINX_PORT" \
    --csv "$OUT/$name" --only-summary --stop-timeout 60 --loglevel WARNING >"$OUT/$name.log" 2>&1 &
  local locust=$! started=$SECONDS
  echo "$(date +%T) locust started"
  if [ "$action" = stop-server-2 ]; then
    sleep 5
    echo "$(date +%T) purge on publish, under load, both servers up:"
    purge_check "$run_id" | tee "$OUT/${name}_purge.txt"
    local waited=$((SECONDS - started))
    [ "$waited" -lt "$at" ] && sleep $((at - waited))
  else
    sleep "$at"
  fi
  case $action in
    stop-server-2)
      # LT_STOP=refuse / drain: as in a rolling restart, no new requests first, then a graceful stop.
      # LT_STOP=term: a graceful stop with nginx still sending to it (shows what draining avoids).
      [ "$STOP_MODE" = refuse ] && refuse_server_2
      [ "$STOP_MODE" = drain ] && drain_server_2
      echo "$(date +%T) SIGTERM to server 2 (graceful stop; nginx sends its traffic to server 1)"
      kill -TERM "$APP2_PID" ;;
    restart-postgresql)
      echo "$(date +%T) pg_ctlcluster $PG_VERSION $PG_CLUSTER restart -m fast"
      local t0=$(date +%s.%N)
      pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" restart -m fast
      echo "$(date +%T) PostgreSQL back after $(echo "$(date +%s.%N) - $t0" | bc) s" ;;
    stop-redis)
      redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1
      echo "$(date +%T) Redis shut down for ${REDIS_DOWN}s; /readyz on server 1: $(curl -s -m 15 http://127.0.0.1:$APP1/readyz)"
      sleep "$REDIS_DOWN"
      start_redis && echo "$(date +%T) Redis started again (empty); /readyz on server 1: $(sleep 6; curl -s -m 15 http://127.0.0.1:$APP1/readyz)" ;;
  esac
  wait "$locust"
  [ "$action" = stop-server-2 ] && [ "$STOP_MODE" = refuse ] && refuse_rule -D  # the next phase reuses the port
  echo "$(date +%T) readiness after the run: server 1 $(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$APP1/readyz)"
  grep -h -E "discovered|nothing to test|Traceback" "$OUT/$name.log" | head -5
  manage loadtest_fixtures stored --marker "lasttest-$run_id-" >"$OUT/${name}_stored.json"
  summary "$name" | tee "$OUT/${name}_summary.txt"
  kill "$(cat "$RUN/nginx.pid")" 2>/dev/null; kill "$APP1_PID" "$APP2_PID" 2>/dev/null; wait "$APP1_PID" "$APP2_PID" 2>/dev/null
  sleep 1
}

echo "locust $("$OPS_VENV/bin/locust" --version 2>&1 | awk '{print $2}'), nginx $(nginx -v 2>&1 | cut -d/ -f2), PostgreSQL $PG_VERSION, $(nproc) cores"
echo "nginx beyond deploy/nginx.conf (loadtest/nginx.conf.template): one loopback source address per"
echo "  simulated client on sign-in and 'Foreslå endring' (test only); proxy_next_upstream http_500 (proposed)"
total_failures=0
for phase in $PHASES; do
  case $phase in
    scaleout) run_phase scaleout stop-server-2 $((SECONDS_PER_PHASE / 2)) ;;
    pgrestart) run_phase pgrestart restart-postgresql $((SECONDS_PER_PHASE / 3)) ;;
    redisstop) run_phase redisstop stop-redis 3 ;;  # while the members sign in (their second step)
  esac
  f=$(grep -o 'RESULT_TOTAL [0-9]*' "$OUT/${phase}_summary.txt" 2>/dev/null | cut -d' ' -f2)
  total_failures=$((total_failures + ${f:-1}))
  if [ "$phase" = scaleout ]; then
    p=$(grep -o 'RESULT_PURGE [0-9]*' "$OUT/${phase}_purge.txt" 2>/dev/null | cut -d' ' -f2)
    total_failures=$((total_failures + ${p:-1}))
  fi
done
log "total failures + errored + lost submissions: $total_failures (logs and CSVs in $OUT/)"
[ "$total_failures" -eq 0 ]
