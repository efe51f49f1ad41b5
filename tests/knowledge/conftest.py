"""A lighter demo fixture: the site chrome and the knowledge content only (not the other capabilities)."""

import pytest


@pytest.fixture
def knowledge_site(db):
    from django.apps import apps

    from varde.core.demo import load_demo_content

    home = load_demo_content(capabilities=False)
    apps.get_app_config("knowledge").load_demo(home)
    return home
