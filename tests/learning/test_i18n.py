"""Nynorsk and English: every interface string of the capability is translated."""

from pathlib import Path

import polib
import pytest

import varde.learning

LOCALE = Path(varde.learning.__file__).parent / "locale"


@pytest.mark.parametrize("language", ["nn", "en"])
def test_catalogue_is_complete(language):
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in po if not entry.obsolete and (not entry.translated() or entry.fuzzy)]
    assert missing == []
