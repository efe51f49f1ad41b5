"""allauth's own texts in nynorsk: allauth ships no nn catalogue, so without ours they fell back to bokmål."""

import re
from pathlib import Path

import allauth
import polib
import pytest
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation

from varde.workspace import library_texts

from .allauth_pages import walk

ALLAUTH_NB = Path(allauth.__file__).parent / "locale" / "nb" / "LC_MESSAGES" / "django.po"

# Words that are bokmål and never nynorsk, all of them in allauth's nb catalogue.
BOKMAL_ONLY = (
    "ikke",
    "Vennligst",
    "Glemt",
    "mottar",
    "hvis",
    "noen",
    "nøkler",
    "koder",
    "Nåværende",
    "etterspør",
)


@pytest.fixture
def lookups(monkeypatch):
    """Every msgid (with context, ``ctx\\x04msgid``) looked up while the nynorsk translation is active."""
    seen = set()
    gettext, ngettext = DjangoTranslation.gettext, DjangoTranslation.ngettext

    def record_gettext(self, message):
        if self.language() == "nn":
            seen.add(message)
        return gettext(self, message)

    def record_ngettext(self, singular, plural, number):
        if self.language() == "nn":
            seen.add(singular)
        return ngettext(self, singular, plural, number)

    monkeypatch.setattr(DjangoTranslation, "gettext", record_gettext)
    monkeypatch.setattr(DjangoTranslation, "ngettext", record_ngettext)
    return seen


@pytest.fixture
def nynorsk_walk(make_member, django_capture_on_commit_callbacks, lookups):
    return walk(make_member, "/nn", django_capture_on_commit_callbacks), lookups


def _text(html: str) -> str:
    """The visible text of <title> and <main> (or the whole thing for e-mails and files)."""
    parts = re.findall(r"<title>.*?</title>|<main.*?</main>", html, re.S) or [html]
    text = re.sub(r"<script.*?</script>", " ", " ".join(parts), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text))


def _catalogue_keys(language):
    """The merged catalogue of ``language`` alone (without the fallback to bokmål)."""
    return translation.trans_real.translation(language)._catalog


def test_every_allauth_text_on_the_nynorsk_pages_comes_from_a_nynorsk_catalogue(nynorsk_walk):
    """Programmatic: each allauth msgid looked up on the walk has an nn entry (not the bokmål fallback)."""
    _, seen = nynorsk_walk
    allauth_ids = {
        f"{e.msgctxt}\x04{e.msgid}" if e.msgctxt else e.msgid for e in polib.pofile(str(ALLAUTH_NB))
    }
    used = seen & allauth_ids
    assert len(used) > 60, len(used)  # the walk really went through allauth's pages
    nn = _catalogue_keys("nn")
    missing = sorted(msgid for msgid in used if msgid not in nn and (msgid, 0) not in nn)
    assert not missing


def test_nothing_on_the_nynorsk_pages_falls_back_to_bokmal(nynorsk_walk):
    """Every msgid looked up at all, ours, Django's and allauth's, is in the nn catalogue."""
    _, seen = nynorsk_walk
    nn = _catalogue_keys("nn")
    nb = _catalogue_keys("nb")
    fallback = sorted(m for m in seen if m not in nn and (m, 0) not in nn and (m in nb or (m, 0) in nb))
    assert not fallback


def test_our_nn_catalogue_keeps_the_allauth_texts(nynorsk_walk):
    """The translations live in our .po, found by makemessages in library_texts.py (not obsolete, not fuzzy)."""
    _, seen = nynorsk_walk
    po = polib.pofile(
        str(Path(library_texts.__file__).parent / "locale" / "nn" / "LC_MESSAGES" / "django.po")
    )
    ours = {e.msgid for e in po if not e.obsolete and e.translated() and "fuzzy" not in e.flags}
    allauth_ids = {e.msgid for e in polib.pofile(str(ALLAUTH_NB))}
    assert seen & allauth_ids <= ours | _django_nn_ids()


def _django_nn_ids():
    """msgids Django's own nn catalogues translate (allauth reuses a few, such as "Password")."""
    import django

    ids = set()
    for path in Path(django.__file__).parent.glob("**/locale/nn/LC_MESSAGES/django.po"):
        ids |= {e.msgid for e in polib.pofile(str(path)) if e.translated()}
    return ids


def test_no_bokmal_words_on_the_nynorsk_pages_and_mails(nynorsk_walk):
    visit, _ = nynorsk_walk
    found = {}
    for label, html in {**visit.pages, **visit.mails}.items():
        words = [w for w in BOKMAL_ONLY if re.search(rf"\b{w}\b", _text(html), re.IGNORECASE)]
        if words:
            found[label] = words
    assert not found


# (page on the walk, nynorsk text that must be there, bokmål text from allauth's catalogue that must not)
SAMPLES = [
    ("login", "Har du gløymt passordet?", "Glemt ditt passord?"),
    ("login wrong", "E-postadressa eller passordet er feil.", "du oppgav er feil"),
    ("too many attempts", "For mange mislukka forsøk", "Vennligst prøv igjen senere"),
    ("signed out", "Du er logga ut.", "Du er logget ut."),
    ("reset", "Send lenkje for nytt passord", "Tilbakestill passord"),
    ("reset sent", "Vi har sendt deg ein e-post.", "søppelpostmappen"),
    ("reset mismatch", "Du må skrive det same passordet begge gongene.", "hver gang"),
    ("reset bad link", "Lenkja for nytt passord verkar ikkje.", "Ugyldig token"),
    ("reauthenticate wrong", "Feil passord.", "Vennligst autentiser"),
    ("overview with key", "Du har lagt til 1 tryggleiksnøkkel.", "Sikkerhetsnøkler"),
    ("recovery codes", "Du har 10 av 10 gjenopprettingskodar att.", "gjenopprettingskoder tilgjengelig"),
    ("recovery codes new again", "Dei kodane du har no, sluttar då å verke.", "ugyldiggjøre"),
    ("key removed", "Tryggleiksnøkkelen er fjerna.", "Sikkerhetsnøkkel fjernet."),
    ("code app turned off", "Kodeappen er slått av.", "Autentiseringsapp deaktivert."),
    ("change password wrong", "Skriv inn passordet du har no.", "Nåværende passord"),
    ("set password short", "Passordet er for kort. Det må ha minst 12 teikn.", "This password is too short"),
    ("password set", "Passordet er lagra.", "Passordet er satt."),
    ("rename key", "Endre namn på tryggleiksnøkkelen", "Rediger sikkerhetsnøkkel"),
    ("sign up (closed)", "Du kan ikkje registrere deg sjølv", "Registrering stengt"),
]


def test_allauth_pages_in_nynorsk(nynorsk_walk):
    visit, _ = nynorsk_walk
    wrong = {}
    for label, nynorsk, bokmal in SAMPLES:
        text = _text(visit.pages[label])
        if nynorsk not in text or bokmal in text:
            wrong[label] = text[:300]
    assert not wrong


def test_password_reset_mails_in_nynorsk(nynorsk_walk):
    visit, _ = nynorsk_walk
    reset = visit.mails["reset"]
    assert reset.startswith("[testserver] Lenkje til nytt passord")
    assert "Du får denne e-posten fordi du eller nokon annan har bede om nytt passord" in reset
    assert "Takk for at du brukar testserver!" in reset
    unknown = visit.mails["reset unknown address"]
    assert unknown.startswith("[testserver] Ukjend konto")
    assert "Vi har ingen konto med denne e-postadressa." in unknown
    assert "invitasjon på e-post frå koordinatoren" in unknown


@pytest.mark.parametrize(
    ("prefix", "text", "not_text"),
    [
        ("", "Arbeidsrommet er bare for medlemmer av nettverket.", "/konto/signup/"),
        ("/en", "The workspace is for members of the network only.", "/konto/signup/"),
    ],
)
def test_unknown_address_mail_does_not_offer_sign_up(client, db, prefix, text, not_text):
    """allauth's own text offered a sign-up link; the workspace has no open sign-up, so ours says who invites."""
    from django.core import mail

    client.post(f"{prefix}/konto/password/reset/", {"email": "ingen@example.invalid"})
    assert text in mail.outbox[-1].body
    assert not_text not in mail.outbox[-1].body


@pytest.mark.parametrize(
    ("prefix", "text"),
    [
        ("", "Passordet er for kort. Det må ha minst 12 tegn."),
        ("/en", "This password is too short. It must contain at least 12 characters."),
    ],
)
def test_too_short_password_is_not_in_english_in_bokmal(client, coordinator, organisation, prefix, text):
    """Django 5.2 reworded this error and its nb catalogue has not caught up; our nb entry fills in."""
    from django.urls import reverse

    from varde.workspace import services

    _, token = services.invitation_create(
        invited_by=coordinator,
        email="kort@example.invalid",
        first_name="Kort",
        last_name="Test",
        organisation=organisation,
        role="member",
        accept_url=lambda t: t,
    )
    url = prefix + reverse("workspace:invitation_accept", kwargs={"token": token})
    response = client.post(url, {"password1": "kort", "password2": "kort"})
    assert response.status_code == 400
    assert text in response.content.decode()
