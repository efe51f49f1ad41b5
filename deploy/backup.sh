#!/usr/bin/env bash
# Back up Varde's PostgreSQL database to one file (pg_dump custom format: compressed, restorable per table).
#   deploy/backup.sh [DATABASE_URL] [OUTFILE]
# Defaults: $DATABASE_URL and var/backup/varde-<UTC time>.dump. Media files are backed up separately
# (rsync/restic of MEDIA_ROOT); see docs/operations.md.
set -euo pipefail
url=${1:-${DATABASE_URL:?set DATABASE_URL or pass it}}
out=${2:-var/backup/varde-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$out")"
umask 077  # the dump holds personal data of network members: readable by this user only
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$out" "$url"
pg_restore --list "$out" >/dev/null  # the archive is readable
echo "$out"
