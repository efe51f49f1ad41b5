#!/usr/bin/env bash
# Copy Digdir Designsystemet's CSS (and its licence) from node_modules into the static files, so pages
# load it from our own origin (no CDN). Used by `make assets` and the Dockerfile.
#   deploy/vendor-assets.sh [NODE_MODULES] [VENDOR_DIR]
set -euo pipefail
modules=${1:-node_modules}
vendor=${2:-src/varde/core/static/varde/vendor}
ds="$modules/@digdir/designsystemet-css"
mkdir -p "$vendor"
cp "$ds/dist/src/index.css" "$vendor/designsystemet.css"
cp "$ds/dist/theme/designsystemet.css" "$vendor/designsystemet-theme.css"
cp "$ds/LICENSE" "$vendor/LICENSE-designsystemet.txt"
