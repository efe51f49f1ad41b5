"""Nynorsk and English: every interface string of every capability is translated.

Each app keeps its own ``locale/`` (and the project has ``src/varde/locale``); a catalogue with an empty
or fuzzy entry would show bokmål on a nynorsk or English page.
"""

from pathlib import Path

import polib
import pytest

import varde

SRC = Path(varde.__file__).parent
CATALOGUES = sorted(
    path for language in ("nn", "en") for path in SRC.glob(f"**/locale/{language}/LC_MESSAGES/django.po")
)


def test_every_capability_has_nynorsk_and_english():
    apps = {path.relative_to(SRC).parts[0] for path in CATALOGUES}
    for app in ("competence", "directory", "identification", "knowledge", "learning", "rights", "workspace"):
        assert app in apps


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(SRC)))
def test_catalogue_is_complete(path):
    po = polib.pofile(str(path))
    missing = [entry.msgid for entry in po if not entry.obsolete and (not entry.translated() or entry.fuzzy)]
    assert missing == []
