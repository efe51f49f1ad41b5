import pytest


@pytest.fixture
def competence_demo(db):
    """Only this capability's demo data: much faster than the whole demo site."""
    from varde.competence.demo import load_demo

    load_demo(None)


@pytest.fixture
def course_live_site(live_site):
    """The shared live server with the whole demo site (tests/conftest.py)."""
    return live_site
