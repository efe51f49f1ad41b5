"""deploy/prometheus/varde-alerts.yml: every expression parses, and every metric, label and view name it
reads exists, so an alert cannot sit silent because of a typo or a renamed view."""

import re
from pathlib import Path

import promql_parser
import pytest
import yaml
from django.urls import NoReverseMatch, reverse
from prometheus_client.parser import text_string_to_metric_families

ROOT = Path(__file__).resolve().parents[2]
RULES = yaml.safe_load((ROOT / "deploy/prometheus/varde-alerts.yml").read_text())["groups"]
SCRAPE = yaml.safe_load((ROOT / "deploy/prometheus/prometheus.example.yml").read_text())
ALERTS = [rule for group in RULES for rule in group["rules"]]

# Metrics that come from elsewhere than the app's /metrics, and where (checked below).
PROMETHEUS_OWN = {"up"}
BLACKBOX = {"probe_success"}
# Labels Prometheus adds to every scraped series, and the histogram's bucket bound.
ADDED_LABELS = {"job", "instance", "le"}


def _selectors(node):
    """Every vector selector in an expression tree."""
    if isinstance(node, promql_parser.VectorSelector):
        yield node
        return
    for attribute in ("lhs", "rhs", "expr", "vector_selector"):
        child = getattr(node, attribute, None)
        if child is not None:
            yield from _selectors(child)
    args = getattr(node, "args", None)
    for child in getattr(args, "args", args) or []:
        yield from _selectors(child)


def _matchers(selector) -> list[tuple[str, str]]:
    return [(m.name, m.value) for m in selector.matchers.matchers]


@pytest.fixture(scope="module")
def app_metrics(django_db_blocker):
    """Sample names and label names the app exports, after one request has been counted."""
    from django.test import Client

    with django_db_blocker.unblock():
        client = Client()
        client.get("/sok/")
        response = client.get("/metrics")  # the test client comes from 127.0.0.1, as a local scraper
    assert response.status_code == 200
    samples: dict[str, set[str]] = {}
    for family in text_string_to_metric_families(response.content.decode()):
        for sample in family.samples:
            samples.setdefault(sample.name, set()).update(sample.labels)
    return samples


def test_every_alert_is_complete():
    names = [rule["alert"] for rule in ALERTS]
    assert len(names) == len(set(names)) >= 8
    for rule in ALERTS:
        assert re.fullmatch(r"Varde[A-Z][A-Za-z]+", rule["alert"])
        assert rule["labels"]["severity"] in {"page", "ticket"}, rule["alert"]
        assert {"summary", "description", "runbook"} <= set(rule["annotations"]), rule["alert"]
        if "for" in rule:
            assert re.fullmatch(r"\d+[smh]", rule["for"]), rule["alert"]


def test_the_example_scrape_configuration_loads_these_rules():
    assert SCRAPE["rule_files"] == ["varde-alerts.yml"]
    assert (ROOT / "deploy/prometheus" / SCRAPE["rule_files"][0]).is_file()


def test_every_runbook_points_at_a_heading_of_the_operations_guide():
    headings = re.findall(r"^#{2,3} (.+)$", (ROOT / "docs/operations.md").read_text(), flags=re.MULTILINE)
    anchors = {re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-") for h in headings}
    for rule in ALERTS:
        path, _, anchor = rule["annotations"]["runbook"].partition("#")
        assert path == "docs/operations.md" and anchor in anchors, rule["alert"]


@pytest.mark.parametrize("rule", ALERTS, ids=[rule["alert"] for rule in ALERTS])
def test_the_expression_parses(rule):
    promql_parser.parse(rule["expr"])


def test_a_broken_expression_would_fail_the_parse():
    with pytest.raises(ValueError):
        promql_parser.parse("sum(rate(varde_http_requests_total[5m])")


@pytest.mark.parametrize("rule", ALERTS, ids=[rule["alert"] for rule in ALERTS])
def test_every_metric_label_and_view_read_exists(rule, app_metrics):
    backup_script = (ROOT / "deploy/backup.sh").read_text()
    selectors = list(_selectors(promql_parser.parse(rule["expr"])))
    assert selectors, rule["alert"]
    for selector in selectors:
        name, matchers = selector.name, _matchers(selector)
        jobs = {value for label, value in matchers if label == "job"}
        assert jobs <= {job["job_name"] for job in SCRAPE["scrape_configs"]}, f"{rule['alert']}: {jobs}"
        if name in PROMETHEUS_OWN | BLACKBOX:
            assert {label for label, _ in matchers} <= {"job"}, name
        elif name.startswith("varde_backup_"):
            assert f'echo "{name} ' in backup_script, f"{name} is not written by deploy/backup.sh"
        else:
            assert name in app_metrics, f"{rule['alert']}: the app exports no {name}"
            labels = {label for label, _ in matchers}
            assert labels <= app_metrics[name] | ADDED_LABELS, f"{rule['alert']}: {labels}"
            for label, value in matchers:
                if label == "view":
                    _assert_view_exists(value)


def _assert_view_exists(view_name: str) -> None:
    """The URL name the metrics middleware would give: reversible in the app's URLconf."""
    for args in ((), ("",)):
        try:
            reverse(view_name, args=args)
            return
        except NoReverseMatch:
            continue
    pytest.fail(f"no view is named {view_name!r}")


def test_a_view_that_does_not_exist_is_caught():
    with pytest.raises(pytest.fail.Exception):
        _assert_view_exists("knowledge:sok")
