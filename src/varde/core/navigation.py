"""The main navigation: one entry per capability, in the order a worker needs them."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavItem:
    slug: str
    label: str | Promise
    description: str | Promise


MAIN_NAVIGATION: tuple[NavItem, ...] = (
    NavItem("kunnskap", _("Kunnskap"), _("Veiledning om helse, behov og oppfølging")),
    NavItem("avdekke", _("Avdekke"), _("Tegn å se etter og en veiledet sjekk")),
    NavItem("rettigheter", _("Rettigheter"), _("Hva personen har rett til, etter oppholdsstatus")),
    NavItem("hjelp", _("Hjelp og henvisning"), _("Hvem du kan kontakte, her og nå")),
    NavItem("kurs", _("Kurs og kompetanse"), _("E-læring, kurs og undervisningsopplegg")),
    NavItem("nettverket", _("Nettverket"), _("Det nasjonale nettverket mot menneskehandel")),
)
