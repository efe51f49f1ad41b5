"""Nynorsk and English: every interface string of the capability is translated, and the admin screens
speak the user's language."""

from pathlib import Path

import polib
import pytest
from django.utils import translation

import varde.competence
from varde.competence.forms import InvitationForm

LOCALE = Path(varde.competence.__file__).parent / "locale"


@pytest.mark.parametrize("language", ["nn", "en"])
def test_catalogue_is_complete(language):
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in po if not entry.obsolete and (not entry.translated() or entry.fuzzy)]
    assert missing == []


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
