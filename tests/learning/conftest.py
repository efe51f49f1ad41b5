import pytest


@pytest.fixture
def course(db):
    """The demo course under a bare home page: faster than the whole demo site."""
    from varde.core.demo import load_demo_content
    from varde.learning.demo import load_demo

    home = load_demo_content(capabilities=False)
    return load_demo(home)


@pytest.fixture
def course_live_site(transactional_db, live_server):
    """A live server with the site chrome and the demo content of competence and learning only."""
    from django.apps import apps

    from varde.core.demo import load_demo_content

    home = load_demo_content(capabilities=False)
    apps.get_app_config("competence").load_demo(home)
    apps.get_app_config("learning").load_demo(home)
    return live_server
