"""/metrics: Prometheus text, labelled by view name and status, only for loopback or a token."""

import re

import pytest
from django.test import override_settings
from prometheus_client.parser import text_string_to_metric_families

from varde.core import metrics

pytestmark = pytest.mark.django_db


def _samples(body: str, name: str) -> list:
    return [s for family in text_string_to_metric_families(body) for s in family.samples if s.name == name]


def _count(body: str, **labels) -> float:
    return sum(
        s.value
        for s in _samples(body, "varde_http_requests_total")
        if all(s.labels.get(k) == v for k, v in labels.items())
    )


def test_loopback_gets_prometheus_text(client):
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=0.0.4")
    assert "no-cache" in response["Cache-Control"]
    assert "# TYPE varde_http_requests_total counter" in response.content.decode()


def test_requests_are_counted_by_view_name_and_status(client, chrome_site):
    before = client.get("/metrics").content.decode()
    client.get("/")
    client.get("/healthz")
    client.get("/finnes-ikke/")
    body = client.get("/metrics").content.decode()
    assert (
        _count(body, view="wagtail_serve", status="200")
        == _count(before, view="wagtail_serve", status="200") + 1
    )
    assert _count(body, view="healthz", status="200") >= 1
    assert _count(body, view="wagtail_serve", status="404") >= 1
    buckets = [
        s
        for s in _samples(body, "varde_http_request_duration_seconds_bucket")
        if s.labels["view"] == "healthz"
    ]
    assert {s.labels["le"] for s in buckets} >= {"0.005", "0.1", "+Inf"}


def test_no_paths_ids_or_query_strings_in_labels(client, chrome_site):
    client.get("/tilgjengelighet/?q=Kari+Nordmann+12345678901")
    client.get("/api/v1/openapi.json?email=kari@example.no")
    body = client.get("/metrics").content.decode()
    for leaked in ("Kari", "12345678901", "kari@example.no", "tilgjengelighet", "/api/v1"):
        assert leaked not in body
    for family in text_string_to_metric_families(body):
        if family.name.startswith("varde_"):
            for sample in family.samples:
                assert not re.search(r"\d{3,}", sample.labels.get("view", ""))


@pytest.mark.parametrize(
    "extra",
    [
        {"REMOTE_ADDR": "203.0.113.9"},
        {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.9"},
        {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_REAL_IP": "203.0.113.9"},
        {"REMOTE_ADDR": "not-an-address"},
    ],
)
def test_others_get_404(client, extra):
    response = client.get("/metrics", **extra)
    assert response.status_code == 404
    assert b"varde_http_requests_total" not in response.content


@override_settings(METRICS_TOKEN="s3cret-token")
def test_token_opens_metrics_from_elsewhere(client):
    far = {"REMOTE_ADDR": "203.0.113.9", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer s3cret-token", **far).status_code == 200
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong", **far).status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION="Basic s3cret-token", **far).status_code == 404


@override_settings(METRICS_TOKEN="")
def test_empty_token_setting_never_matches(client):
    far = {"REMOTE_ADDR": "203.0.113.9"}
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer ", **far).status_code == 404


def test_unknown_methods_are_folded(rf):
    metrics.observe(view="x-test", method="BREW", status=418, seconds=0.001)
    from prometheus_client import REGISTRY, generate_latest

    body = generate_latest(REGISTRY).decode()
    assert 'method="OTHER"' in body and "BREW" not in body


def test_view_label_without_match(rf):
    assert metrics.view_label(rf.get("/")) == "unresolved"


PRODUCTION_HOSTS = {"ALLOWED_HOSTS": ["varde.example.no"], "SECURE_SSL_REDIRECT": True}


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_answer_by_the_servers_own_address_over_plain_http(client, settings, path):
    """A load balancer, a container health check or a deploy script calls each server as
    http://127.0.0.1:8001/…: neither the host check nor the HTTPS redirect may turn that into 400/301."""
    for name, value in PRODUCTION_HOSTS.items():
        setattr(settings, name, value)
    response = client.get(path, HTTP_HOST="127.0.0.1:8001")
    assert response.status_code == 200 and response.json()["status"] == "ok"
    # Every other path keeps both protections.
    assert client.get("/", HTTP_HOST="127.0.0.1:8001").status_code == 400
    assert client.get("/", HTTP_HOST="varde.example.no").status_code == 301


def test_metrics_by_the_servers_own_address_keep_their_own_check_and_count_probes(client, settings):
    for name, value in PRODUCTION_HOSTS.items():
        setattr(settings, name, value)
    client.get("/readyz", HTTP_HOST="10.0.0.5:8001")
    response = client.get("/metrics", HTTP_HOST="10.0.0.5:8001")
    assert response.status_code == 200
    assert _count(response.content.decode(), view="readyz", status="200") >= 1
    forwarded = client.get("/metrics", HTTP_HOST="10.0.0.5:8001", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert forwarded.status_code == 404  # not from loopback directly, no token
