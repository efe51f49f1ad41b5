"""The admin screens speak the user's language (catalogue completeness: tests/core/test_catalogues.py)."""

import pytest
from django.utils import translation

from varde.competence.forms import InvitationForm


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [("nb", "Velg en runde"), ("nn", "Vel ein runde"), ("en", "Choose a round")],
)
def test_invitation_form_messages_follow_the_language(language, expected):
    with translation.override(language):
        form = InvitationForm({"service_types": ["nav"], "regions": "42"})
        assert not form.is_valid()
        assert expected in str(form.errors["round"])
