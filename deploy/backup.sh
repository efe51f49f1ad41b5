#!/usr/bin/env bash
# Back up Varde's PostgreSQL database to one file (pg_dump custom format: compressed, restorable per table).
#   deploy/backup.sh [DATABASE_URL] [OUTFILE]
# Defaults: $DATABASE_URL and var/backup/varde-<UTC time>.dump. Media files are backed up separately
# (rsync/restic of MEDIA_ROOT); see docs/operations.md.
# With BACKUP_METRICS_DIR set (node_exporter's textfile directory), a backup that succeeded writes
# varde_backup.prom there: the time it finished and the dump's size, for the alerts in
# deploy/prometheus/varde-alerts.yml. A failed backup leaves the last file as it was, so the alert on
# its age fires.
set -euo pipefail
url=${1:-${DATABASE_URL:?set DATABASE_URL or pass it}}
out=${2:-var/backup/varde-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$out")"
umask 077  # the dump holds personal data of network members: readable by this user only
# Written beside the target and renamed once it reads back, so a failed or cut-off dump never lies
# in the backup directory looking like the newest good one.
partial="$out.partial"
trap 'rm -f "$partial"' EXIT
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$partial" "$url"
pg_restore --list "$partial" >/dev/null  # the archive is readable
mv "$partial" "$out"
if [ -n "${BACKUP_METRICS_DIR:-}" ]; then
  umask 022  # node_exporter reads it
  prom="$BACKUP_METRICS_DIR/varde_backup.prom"
  {
    echo "# HELP varde_backup_last_success_timestamp_seconds When the last backup that could be read back finished."
    echo "# TYPE varde_backup_last_success_timestamp_seconds gauge"
    echo "varde_backup_last_success_timestamp_seconds $(date -u +%s)"
    echo "# HELP varde_backup_size_bytes Size of the last good backup file."
    echo "# TYPE varde_backup_size_bytes gauge"
    echo "varde_backup_size_bytes $(stat -c %s "$out")"
  } >"$prom.$$"
  mv "$prom.$$" "$prom"  # whole or not at all: the collector never reads half a file
fi
echo "$out"
