"""Translators' PO export and import: round trip, validation, staff view and management command."""

import shutil

import polib
import pytest
from django.core.management import call_command

from varde.person import catalogue, translation


@pytest.fixture
def texts_dir(tmp_path, monkeypatch):
    for path in catalogue.TEXTS_DIR.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(catalogue, "TEXTS_DIR", tmp_path)
    return tmp_path


def test_round_trip_keeps_every_text(texts_dir):
    before = catalogue.load("ar")
    po_text = translation.export_po("ar")
    (texts_dir / "ar.yaml").unlink()
    translation.import_po("ar", po_text, status="draft")
    after = catalogue.load("ar")
    assert after.texts == before.texts
    assert after.dir == "rtl" and after.status == "draft"


def test_import_of_a_new_language_as_reviewed(texts_dir):
    po = polib.pofile(translation.export_po("ro"))
    for entry in po:
        entry.msgstr = entry.msgid  # stands in for the translator's work
    po.metadata["X-Varde-Name"] = "Română"
    translation.import_po("ro", str(po), status="reviewed", translator="A. Translator")
    ro = catalogue.load("ro")
    assert ro.status == "reviewed" and ro.translator == "A. Translator"


def test_import_rejects_lost_placeholder_and_unknown_key(texts_dir):
    po = polib.pofile(translation.export_po("vi"))
    next(e for e in po if e.msgctxt == "rights_intro").msgstr = "Không có chỗ trống"
    po.append(polib.POEntry(msgctxt="made.up", msgid="x", msgstr="y"))
    original = (texts_dir / "vi.yaml").read_text()
    with pytest.raises(catalogue.CatalogueError) as exc:
        translation.import_po("vi", str(po))
    text = " ".join(exc.value.problems)
    assert "rights_intro" in text and "placeholders" in text and "made.up" in text
    assert (texts_dir / "vi.yaml").read_text() == original


def test_import_rejects_wrong_language(texts_dir):
    with pytest.raises(catalogue.CatalogueError):
        translation.import_po("vi", translation.export_po("ar"))


def test_command_round_trip(texts_dir, tmp_path):
    out = tmp_path / "en.po"
    call_command("person_translations", "export", "en", "--output", str(out))
    call_command("person_translations", "import", "en", str(out))
    assert catalogue.load("en").texts["title"] == "You can get help"


@pytest.mark.django_db
def test_staff_list_export_and_import(client, texts_dir, django_user_model):
    assert client.get("/info/oversettelser/").status_code == 302
    user = django_user_model.objects.create_user("ed", "ed@example.org", "pw-long-enough-123", is_staff=True)
    client.force_login(user)
    html = client.get("/info/oversettelser/").content.decode()
    assert 'data-language="ar" data-status="draft"' in html
    po = client.get("/info/oversettelser/vi.po")
    assert po.status_code == 200 and 'msgctxt "rights_intro"' in po.content.decode()
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = po.content.decode().replace("{situation}", "")
    response = client.post(
        "/info/oversettelser/", {"sprak": "vi", "fil": SimpleUploadedFile("vi.po", bad.encode())}
    )
    assert response.status_code == 400 and "placeholders" in response.content.decode()
    response = client.post(
        "/info/oversettelser/",
        {
            "sprak": "vi",
            "fil": SimpleUploadedFile("vi.po", po.content),
            "oversetter": "N. N.",
            "kontrollert": "1",
        },
    )
    assert response.status_code == 200
    assert catalogue.load("vi").status == "reviewed"
