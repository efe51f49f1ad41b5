"""Fill the gaps pip-audit leaves when its advisory service cannot be reached (used by deploy/audit.sh).

pip-audit asks PyPI for one release at a time (``/pypi/<name>/<version>/json``). Where that address is
not reachable, as on a machine that mirrors only parts of PyPI, pip-audit skips every package and audits
nothing. PyPI's project address (``/pypi/<name>/json``) may still answer: it lists the known
vulnerabilities of the project's *latest* release. That answer is exact for a package pinned at its
latest release, and says nothing certain about an older pin. So, for each package pip-audit skipped:

* pinned at the latest release: audited with the project's advisory list (any entry is a finding);
* pinned behind the latest release: not audited (reason given); advisories the latest release still has
  with no fix are printed as a warning, since they are likely to affect the older pin too. The reason says
  whether the pin is the newest release of its series (same major.minor, as Django 5.2.x on the LTS):
  security fixes for a series come as its patch releases, so a newer one is printed as a warning with
  the command that takes it (``make lock-upgrade``);
* a pinned release that its maintainers yanked is printed as a warning.

Exit codes, as deploy/audit.sh: 0 every package audited, nothing known; 1 vulnerabilities found;
3 some package could not be audited (never reported as a pass).

Standard library only: it runs from CI before anything is installed. ``assess`` is pure and tested
(tests/ops/test_audit_pypi.py); only ``main`` reaches the network.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

PROJECT_URL = "https://pypi.org/pypi/{name}/json"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;#\\]+)", re.MULTILINE)


def canonical(name: str) -> str:
    """PEP 503 normalised name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def release(version: str) -> tuple[int, ...] | None:
    """The numeric release of a final version (``5.2.20`` → (5, 2, 20)); None for a pre-, post- or dev
    release, or a version this does not read."""
    parts = version.split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else None


def newer_in_series(version: str, releases: dict[str, list]) -> list[str]:
    """Final releases after ``version`` in its series (the same first two numbers), oldest first, leaving
    out releases whose files are all yanked."""
    pinned = release(version)
    if pinned is None or len(pinned) < 2:
        return []
    newer = []
    for candidate, files in releases.items():
        number = release(candidate)
        if (
            number
            and number[:2] == pinned[:2]
            and number > pinned
            and not all(f.get("yanked") for f in files)
        ):
            newer.append((number, candidate))
    return [candidate for _, candidate in sorted(newer)]


def pins(lock_text: str) -> dict[str, str]:
    """``name==version`` lines of a lock file, by canonical name."""
    return {canonical(name): version for name, version in _PIN.findall(lock_text)}


@dataclass
class Report:
    audited: list[str] = field(default_factory=list)  # canonical names
    vulnerable: list[tuple[str, str, str, str]] = field(default_factory=list)  # name, version, id, fixed in
    not_audited: list[tuple[str, str]] = field(default_factory=list)  # name, reason
    warnings: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.vulnerable:
            return 1
        return 3 if self.not_audited else 0


def assess(pinned: dict[str, str], projects: dict[str, dict | str]) -> Report:
    """Audit each pinned package from its PyPI project document (or the error text fetching it gave)."""
    report = Report()
    for name, version in sorted(pinned.items()):
        project = projects.get(name, "not looked up")
        if isinstance(project, str):
            report.not_audited.append((name, f"PyPI project data unavailable: {project}"))
            continue
        latest = str(project.get("info", {}).get("version", ""))
        advisories = project.get("vulnerabilities")
        if not latest or not isinstance(advisories, list):
            report.not_audited.append((name, "PyPI project data has no version or advisory list"))
            continue
        files = project.get("releases", {}).get(version) or []
        if files and all(f.get("yanked") for f in files):
            reason = (
                next((f.get("yanked_reason") for f in files if f.get("yanked_reason")), "") or "no reason"
            )
            report.warnings.append(f"{name} {version} is yanked on PyPI ({reason})")
        if version == latest:
            report.audited.append(name)
            for advisory in advisories:
                fixed = ",".join(advisory.get("fixed_in") or []) or "no release yet"
                report.vulnerable.append((name, version, str(advisory.get("id", "?")), fixed))
            continue
        series = ".".join(version.split(".")[:2])
        newer = newer_in_series(version, project.get("releases", {}))
        if newer:
            report.warnings.append(
                f"{name}: {', '.join(newer)} out in the {series}.x series pinned at {version} (patch releases"
                " carry the series' security fixes): run make lock-upgrade"
            )
        place = f"{len(newer)} newer in its {series}.x series" if newer else f"the newest {series}.x release"
        report.not_audited.append(
            (
                name,
                f"pinned {version} ({place}), latest is {latest}: PyPI lists advisories for the latest release only",
            )
        )
        unfixed = [str(a.get("id", "?")) for a in advisories if not a.get("fixed_in")]
        if unfixed:
            report.warnings.append(
                f"{name}: the latest release {latest} has unfixed advisories {', '.join(unfixed)}; "
                f"{version} is likely affected"
            )
    return report


def _fetch(name: str) -> dict | str:
    try:
        with urllib.request.urlopen(PROJECT_URL.format(name=name), timeout=20) as response:  # noqa: S310
            return json.load(response)
    except urllib.error.HTTPError as error:
        return f"HTTP {error.code}"
    except (OSError, ValueError) as error:
        return type(error).__name__


def main(argv: list[str]) -> int:
    """``audit_pypi.py LOCKFILE [PIP_AUDIT_JSON]``: audit the packages pip-audit skipped (all if no report)."""
    if not argv:
        print("usage: audit_pypi.py requirements.lock [pip-audit-report.json]", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as handle:
        pinned = pins(handle.read())
    skipped = set(pinned)
    if len(argv) > 1:
        try:
            with open(argv[1], encoding="utf-8") as handle:
                deps = json.load(handle).get("dependencies", [])
            skipped = {canonical(d["name"]) for d in deps if d.get("skip_reason")} & set(pinned)
        except (OSError, ValueError, KeyError):
            pass  # no usable report: audit everything
    todo = {name: pinned[name] for name in skipped}
    with ThreadPoolExecutor(max_workers=8) as pool:
        projects = dict(zip(todo, pool.map(_fetch, todo), strict=True))
    report = assess(todo, projects)
    for name, version, advisory, fixed in report.vulnerable:
        print(f"VULNERABLE {name} {version}: {advisory} (fixed in {fixed})")
    for warning in report.warnings:
        print(f"warning: {warning}")
    for name, reason in report.not_audited:
        print(f"not audited: {name}: {reason}")
    print(
        f"PyPI project data: {len(todo)} packages, {len(report.audited)} audited, "
        f"{len(report.not_audited)} not audited, {len(report.vulnerable)} vulnerabilities"
    )
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
