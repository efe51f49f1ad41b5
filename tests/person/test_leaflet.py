"""Leaflet: form without JS, PDF in Arabic and Vietnamese with real glyphs, QR code that decodes."""

import base64
import io
import re

import pytest
import zxingcpp
from PIL import Image

from tests.person.pdftools import pdf_fonts, pdf_pages, pdf_text


def test_form_preselects_from_query(client):
    html = client.get("/info/brosjyre/?situasjon=barn&sprak=ar").content.decode()
    assert '<option value="barn" selected>' in html
    assert '<option value="ar" lang="ar" selected>' in html


def test_form_maps_a_rights_status(client):
    html = client.get("/info/brosjyre/?status=asy&barn=0").content.decode()
    assert '<option value="asyl" selected>' in html
    html = client.get("/info/brosjyre/?status=unl&barn=1").content.decode()
    assert '<option value="barn" selected>' in html


def test_bad_choice_is_400_with_message(client):
    response = client.get("/info/brosjyre/?sprak=xx&situasjon=barn&vis=1")
    assert response.status_code == 400
    assert "Velg et språk fra listen." in response.content.decode()
    assert client.get("/info/brosjyre/pdf/?sprak=nb").status_code == 400


def _qr_url(html: str) -> str:
    data = re.search(r'src="data:image/png;base64,([^"]+)"', html).group(1)
    image = Image.open(io.BytesIO(base64.b64decode(data)))
    results = zxingcpp.read_barcodes(image)
    assert len(results) == 1
    return results[0].text


def test_qr_code_decodes_to_the_person_page(client):
    # No db fixture: any database access in the view would raise.
    response = client.get("/info/brosjyre/?sprak=vi&situasjon=asyl&diskret=1&vis=1")
    html = response.content.decode()
    assert _qr_url(html) == "http://testserver/info/vi/asyl/?diskret=1"
    assert client.get("/info/vi/asyl/?diskret=1").status_code == 200


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ar", ["الشرطة", "حقوقك", "فترة التفكير", "مساعدة"]),
        ("vi", ["Quyền của bạn", "Cảnh sát", "Thời gian suy nghĩ", "Bạn có quyền này."]),
    ],
)
def test_pdf_has_real_glyphs(client, lang, words):
    # No db fixture: any database access in the view would raise.
    response = client.get(f"/info/brosjyre/pdf/?sprak={lang}&situasjon=refleksjon")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    pdf = response.content
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    for word in words:
        assert word in text
    assert "\ufffd" not in text and ".notdef" not in pdf_fonts(pdf)
    fonts = pdf_fonts(pdf)
    assert "Noto-Sans" in fonts
    if lang == "ar":
        assert "Noto-Sans-Arabic" in fonts
    # The English draft notice is printed too.
    assert "qualified translator" in " ".join(text.split())


def test_discreet_pdf_has_neutral_title(client):
    text = pdf_text(client.get("/info/brosjyre/pdf/?sprak=en&situasjon=uten-opphold&diskret=1").content)
    assert text.startswith("Useful phone numbers")
    assert "sell sex" not in text and "trafficking" not in text.lower()
