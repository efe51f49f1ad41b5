import pytest


@pytest.fixture
def course(db):
    """The demo course under a bare home page: faster than the whole demo site."""
    from varde.core.demo import load_demo_content
    from varde.learning.demo import load_demo

    home = load_demo_content(capabilities=False)
    return load_demo(home)


@pytest.fixture
def course_live_site(live_site):
    """The shared live server with the whole demo site (tests/conftest.py)."""
    return live_site
