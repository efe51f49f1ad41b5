#!/usr/bin/env bash
# Known vulnerabilities in the locked dependencies (pip-audit over requirements.lock).
# Packages pip-audit could not look up (its per-release PyPI address unreachable) are then checked by
# deploy/audit_pypi.py against PyPI's project data, which is exact for a package pinned at its latest
# release (see that file).
# Exit 0: audited, nothing known. 1: vulnerabilities found. 3: some package could not be audited by
# either: never reported as a pass.
set -uo pipefail
cd "$(dirname "$0")/.."
OPS_VENV=${OPS_VENV:-var/ops-venv}
deploy/ops-tools.sh >/dev/null || exit 3
echo "pip-audit $("$OPS_VENV/bin/pip-audit" --version | awk '{print $2}')"
out=$(mktemp)
"$OPS_VENV/bin/pip-audit" -r requirements.lock --no-deps --disable-pip --progress-spinner off \
  --format json --output "$out" "$@" 2>/dev/null
rc=$?
python3 - "$out" "$rc" <<'PY'
# pip-audit's own findings
import json, sys
path, rc = sys.argv[1], int(sys.argv[2])
try:
    data = json.load(open(path))
except (OSError, ValueError):
    print("pip-audit gave no report (exit %d): could not audit" % rc); sys.exit(3)
deps = data.get("dependencies", [])
vulns = [(d["name"], d["version"], v["id"], ",".join(v.get("fix_versions", []))) for d in deps for v in d.get("vulns", [])]
skipped = [d for d in deps if d.get("skip_reason")]
for name, version, vid, fix in vulns:
    print(f"VULNERABLE {name} {version}: {vid} (fixed in {fix or 'no release yet'})")
print(f"{len(deps)} packages, {len(deps) - len(skipped)} audited, {len(skipped)} not audited, {len(vulns)} vulnerabilities")
if vulns:
    sys.exit(1)
if skipped:
    print("pip-audit could not look up: e.g. " + "; ".join(f"{d['name']}: {d['skip_reason']}" for d in skipped[:3]))
    sys.exit(3)
PY
rc=$?
if [ "$rc" -eq 3 ]; then
  echo "checking what pip-audit skipped against PyPI's project data (deploy/audit_pypi.py)"
  python3 deploy/audit_pypi.py requirements.lock "$out"
  rc=$?
fi
rm -f "$out"
exit "$rc"
