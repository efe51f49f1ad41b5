"""Ops fixtures. ``chrome_site`` loads only the site chrome (home, sections): the capability demo data
is slow to load and the ops tests only need some public pages."""

import pytest


@pytest.fixture
def chrome_site(db):
    from varde.core.demo import load_demo_content

    return load_demo_content(capabilities=False)
