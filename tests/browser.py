"""Helpers for browser tests: axe-core checks."""

from axe_playwright_python.sync_playwright import Axe

_axe = Axe()


def assert_no_axe_violations(page, *, context=None) -> None:
    """Run axe-core (WCAG 2.0/2.1 A and AA and best practice) on the page and fail on any violation."""
    results = _axe.run(page, context=context)
    violations = results.response.get("violations", [])
    if violations:
        lines = [f"{page.url}: {len(violations)} axe violation(s)"]
        for violation in violations:
            targets = [", ".join(node.get("target", [])) for node in violation.get("nodes", [])][:5]
            lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']} -> {targets}")
        raise AssertionError("\n".join(lines))
