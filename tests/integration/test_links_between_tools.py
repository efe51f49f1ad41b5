"""The tools link to each other by URL only; every link they produce must lead somewhere real.

The identification check and the rights navigator send the worker to the help directory with
filter parameters. A renamed category would silently turn those links into 400s; these tests catch it.
"""

import pytest

from varde.identification import engine as identification_engine
from varde.rights import views as rights_views

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site(db):
    """The site chrome and the help directory's data: all these links need (much faster than the
    whole demo site, which the shared ``demo_site`` fixture loads)."""
    from django.apps import apps

    from varde.core.demo import load_demo_content

    home = load_demo_content(capabilities=False)
    apps.get_app_config("directory").load_demo(home)
    return home


@pytest.mark.parametrize("step", sorted(identification_engine.LINKS))
def test_every_identification_step_link_resolves(client, demo_site, step):
    for prefix in ("", "/en"):
        response = client.get(prefix + identification_engine.LINKS[step])
        assert response.status_code == 200, (step, prefix, response.status_code)


@pytest.mark.parametrize("group", sorted(rights_views.HELP_NEEDS))
@pytest.mark.parametrize("child", [True, False])
def test_every_rights_help_link_resolves(client, demo_site, group, child):
    url = rights_views._help_url(group, child, "nb")
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)


def test_rights_result_offers_the_matching_leaflet(client, demo_site):
    html = client.get("/rettigheter/sjekk/", {"status": "unl", "age": "15"}).content.decode()
    assert 'href="/info/brosjyre/?status=unl&amp;barn=1"' in html
    leaflet_form = client.get("/info/brosjyre/", {"status": "unl", "barn": "1"})
    assert leaflet_form.status_code == 200


def test_identification_leaflet_link_is_accepted_by_the_leaflet_form(client, demo_site):
    response = client.get("/info/brosjyre/", {"situasjon": "barn"})
    assert response.status_code == 200
