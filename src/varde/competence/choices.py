"""Code lists shared by surveys, the catalogue and the gap analysis. Codes are plain text."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ServiceType(models.TextChoices):
    LEGEVAKT = "legevakt", _("Legevakt")
    FASTLEGE = "fastlege", _("Fastlege")
    HELSESTASJON = "helsestasjon", _("Helsestasjon og skolehelsetjeneste")
    SYKEHUS = "sykehus", _("Sykehus")
    PSYKISK = "psykisk-helse-rus", _("Psykisk helse og rus")
    OMSORG = "omsorg", _("Hjemmetjeneste og omsorg")
    NAV = "nav", _("NAV")
    BARNEVERN = "barnevern", _("Barnevern")
    KRISESENTER = "krisesenter", _("Krisesenter")
    ANNET = "annet", _("Annen tjeneste")


# Fylker from 1 January 2024, by fylkesnummer. A kommunenummer's first two digits are its fylke.
FYLKER = {
    "03": "Oslo",
    "11": "Rogaland",
    "15": "Møre og Romsdal",
    "18": "Nordland",
    "31": "Østfold",
    "32": "Akershus",
    "33": "Buskerud",
    "34": "Innlandet",
    "39": "Vestfold",
    "40": "Telemark",
    "42": "Agder",
    "46": "Vestland",
    "50": "Trøndelag",
    "55": "Troms",
    "56": "Finnmark",
}
NATIONAL = "00"


def fylke_of(code: str) -> str:
    """The fylke code of a kommune or fylke code ("0301" → "03"); unknown codes give ""."""
    code = (code or "").strip()
    if code == NATIONAL:
        return NATIONAL
    if len(code) in (2, 4) and code.isdecimal() and code[:2] in FYLKER:
        return code[:2]
    return ""


def region_label(code: str) -> str:
    if code == NATIONAL:
        return str(_("Hele landet"))
    return FYLKER.get(code, str(_("Ukjent region")))


def region_choices(*, with_national: bool = False) -> list[tuple[str, str]]:
    choices = [(NATIONAL, str(_("Hele landet")))] if with_national else []
    return choices + sorted(FYLKER.items(), key=lambda item: item[1])


class Topic(models.TextChoices):
    """Competence topics: survey questions, catalogue offers and teaching resources share them."""

    TEGN = "tegn", _("Tegn og indikatorer")
    RETTIGHETER = "rettigheter", _("Rettigheter")
    PLIKTER = "plikter", _("Taushetsplikt, opplysningsplikt og avvergingsplikt")
    HENVISNING = "henvisning", _("Henvisning og samarbeid")
    SAMTALE = "samtale", _("Samtale og tolk")
    BARN = "barn", _("Mindreårige")


class Level(models.TextChoices):
    BASIC = "grunn", _("Grunnutdanning")
    FURTHER = "videre", _("Videreutdanning")
    CONTINUING = "etter", _("Etterutdanning")
    WORKPLACE = "arbeidsplass", _("Opplæring på arbeidsplassen")


class OfferFormat(models.TextChoices):
    COURSE = "kurs", _("Kurs")
    ELEARNING = "e-laering", _("E-læring")
    UNIVERSITY = "studiemodul", _("Studiemodul")
    CONFERENCE = "konferanse", _("Konferanse eller seminar")
    WORKPLACE = "arbeidsplass", _("Opplæring på arbeidsplassen")
    WEBINAR = "webinar", _("Webinar")
