"""Helpers for browser tests: axe-core checks."""

from axe_playwright_python.sync_playwright import Axe

_axe = Axe()


def _violations(page, context) -> list[dict]:
    return _axe.run(page, context=context).response.get("violations", [])


def assert_no_axe_violations(page, *, context=None) -> None:
    """Run axe-core (WCAG 2.0/2.1 A and AA and best practice) on the page and fail on any violation.

    axe is JavaScript, so it cannot run in a page with JavaScript off (the call would hang). For such a
    page we check the very HTML it shows: a JavaScript-enabled page in the same browser loads the same
    URL, answered with the no-JS page's HTML, with its styles and scripts from the live server.
    """
    if getattr(page, "varde_javascript", True):
        violations = _violations(page, context)
    else:
        html, url = page.content(), page.url
        js_context = page.context.browser.new_context()
        try:
            js_page = js_context.new_page()
            js_page.set_default_timeout(10_000)
            js_page.route(
                url,
                lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html),
            )
            js_page.goto(url)
            violations = _violations(js_page, context)
        finally:
            js_context.close()
    if violations:
        lines = [f"{page.url}: {len(violations)} axe violation(s)"]
        for violation in violations:
            targets = [", ".join(node.get("target", [])) for node in violation.get("nodes", [])][:5]
            lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']} -> {targets}")
        raise AssertionError("\n".join(lines))
