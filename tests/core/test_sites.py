"""varde.core.sites: Wagtail's site look-up in one plain SQL query must answer exactly as Wagtail's own."""

import itertools

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail.models import sites as wagtail_sites

from varde.core.sites import WAGTAIL_GET_SITE_FOR_HOSTNAME, site_for_hostname

pytestmark = pytest.mark.django_db

HOSTNAMES = ["localhost", "testserver", "example.org", "EXAMPLE.org", "other.test", "unknown.test"]
PORTS = ["80", "443", "8080", "9999", 8080]


def _answer(find, hostname, port):
    try:
        site = find(hostname, port)
    except Site.DoesNotExist:
        return None
    page_fields = [f.attname for f in Page._meta.concrete_fields]
    site_fields = [f.attname for f in Site._meta.concrete_fields]
    return (
        [getattr(site, f) for f in site_fields],
        type(site.root_page),
        [getattr(site.root_page, f) for f in page_fields],
    )


def _same_answers():
    for hostname, port in itertools.product(HOSTNAMES, PORTS):
        ours = _answer(site_for_hostname, hostname, port)
        wagtails = _answer(WAGTAIL_GET_SITE_FOR_HOSTNAME, hostname, port)
        assert ours == wagtails, (hostname, port)


@pytest.fixture
def more_sites(demo_site):
    home = demo_site
    Site.objects.create(hostname="example.org", port=80, root_page=home, site_name="Eksempel")
    Site.objects.create(hostname="example.org", port=8080, root_page=home, site_name="Eksempel 8080")
    Site.objects.create(hostname="other.test", port=443, root_page=home)
    return home


def test_answers_as_wagtail_for_the_demo_sites(demo_site):
    _same_answers()


def test_answers_as_wagtail_with_several_sites_and_ports(more_sites):
    _same_answers()


def test_answers_as_wagtail_without_a_default_site(more_sites):
    Site.objects.update(is_default_site=False)
    _same_answers()
    with pytest.raises(Site.DoesNotExist):
        site_for_hostname("unknown.test", "80")


def test_answers_as_wagtail_when_the_default_site_shares_the_hostname(more_sites):
    Site.objects.update(is_default_site=False)
    Site.objects.filter(hostname="example.org", port=8080).update(is_default_site=True)
    _same_answers()
    assert site_for_hostname("example.org", "9999").port == 8080  # the hostname's default site


def test_the_root_page_comes_with_the_site_in_one_query(more_sites):
    with CaptureQueriesContext(connection) as queries:
        site = site_for_hostname("example.org", "80")
        assert site.root_page.pk == more_sites.pk
        assert site.root_page.url_path == more_sites.url_path
        assert site.root_page.live is True
    assert len(queries) == 1


def test_a_port_that_is_not_a_number_matches_no_port(more_sites):
    site = site_for_hostname("other.test", "abc")  # the only site for the hostname, on another port
    assert (site.hostname, site.port) == ("other.test", 443)


def test_wagtail_uses_it_for_requests(more_sites):
    assert wagtail_sites.get_site_for_hostname is site_for_hostname
    request = RequestFactory().get("/", HTTP_HOST="example.org", SERVER_PORT="8080")
    with CaptureQueriesContext(connection) as queries:
        site = Site.find_for_request(request)
    assert (site.hostname, site.port, site.site_name) == ("example.org", 8080, "Eksempel 8080")
    assert len(queries) == 1


def test_a_changed_site_is_seen_at_once(more_sites):
    assert site_for_hostname("example.org", "80").site_name == "Eksempel"
    Site.objects.filter(hostname="example.org", port=80).update(site_name="Endret")
    assert site_for_hostname("example.org", "80").site_name == "Endret"
