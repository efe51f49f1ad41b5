#!/usr/bin/env bash
# Restore a dump made by deploy/backup.sh into an EMPTY database (create it first: createdb NAME).
#   deploy/restore.sh DUMPFILE TARGET_DATABASE_URL
# Then run `manage.py migrate` (no-op when the code matches the dump) and check /readyz.
set -euo pipefail
dump=${1:?dump file}
target=${2:?target DATABASE_URL}
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" "$dump"
