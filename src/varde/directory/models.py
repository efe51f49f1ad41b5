"""Geography (SSB fylker and kommuner) and help services with revision history and a moderation queue."""

from __future__ import annotations

from datetime import date, timedelta

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

from varde.directory import engine

STALE_AFTER = timedelta(days=365)


class Fylke(models.Model):
    number = models.CharField(_("fylkesnummer"), max_length=2, unique=True)
    name = models.CharField(_("navn"), max_length=100)

    class Meta:
        ordering = ["number"]
        verbose_name = _("fylke")
        verbose_name_plural = _("fylker")

    def __str__(self) -> str:
        return f"{self.name} ({self.number})"


class Kommune(models.Model):
    number = models.CharField(_("kommunenummer"), max_length=4, unique=True)
    name = models.CharField(_("navn"), max_length=100, db_index=True)
    official_name = models.CharField(_("offisielt navn"), max_length=100)
    fylke = models.ForeignKey(Fylke, on_delete=models.PROTECT, related_name="kommuner")

    class Meta:
        ordering = ["name"]
        verbose_name = _("kommune")
        verbose_name_plural = _("kommuner")

    def __str__(self) -> str:
        return f"{self.official_name} ({self.number})"


CATEGORY_CHOICES = [
    ("helpline", _("Hjelpetelefon og råd")),
    ("health", _("Helsehjelp")),
    ("shelter", _("Trygt bosted og krisesenter")),
    ("welfare", _("NAV og velferd")),
    ("legal", _("Rettshjelp")),
    ("police", _("Politi")),
    ("child_welfare", _("Barnevern")),
    ("trauma_competence", _("Traumer og kompetanse (RVTS)")),
    ("interpreter", _("Tolk")),
    ("reception", _("Mottak og UDI")),
]
GROUP_CHOICES = [("adult", _("Voksne")), ("child", _("Barn og unge under 18"))]
GENDER_CHOICES = [("woman", _("Kvinner")), ("man", _("Menn")), ("other", _("Andre kjønn"))]
STATUS_CHOICES = [
    ("lawful", _("Lovlig opphold")),
    ("asylum_seeker", _("Asylsøker")),
    ("reflection_period", _("Refleksjonsperiode")),
    ("undocumented", _("Uten lovlig opphold")),
]
LANGUAGE_CHOICES = [
    ("nb", _("norsk")),
    ("en", _("engelsk")),
    ("ro", _("rumensk")),
    ("bg", _("bulgarsk")),
    ("pl", _("polsk")),
    ("ru", _("russisk")),
    ("uk", _("ukrainsk")),
    ("es", _("spansk")),
    ("fr", _("fransk")),
    ("ar", _("arabisk")),
    ("ti", _("tigrinja")),
    ("th", _("thai")),
    ("vi", _("vietnamesisk")),
    ("zh", _("kinesisk")),
]
COVERAGE_CHOICES = [
    ("national", _("Hele landet")),
    ("regional", _("Ett eller flere fylker")),
    ("local", _("En eller flere kommuner")),
]
WEEKDAY_CHOICES = [
    (0, _("mandag")),
    (1, _("tirsdag")),
    (2, _("onsdag")),
    (3, _("torsdag")),
    (4, _("fredag")),
    (5, _("lørdag")),
    (6, _("søndag")),
]
assert [c for c, _label in CATEGORY_CHOICES] == list(engine.CATEGORIES)

MULTI_CHOICE_FIELDS = {
    "categories": CATEGORY_CHOICES,
    "groups": GROUP_CHOICES,
    "genders": GENDER_CHOICES,
    "statuses": STATUS_CHOICES,
    "languages": LANGUAGE_CHOICES,
}


class ServiceAdminForm(WagtailAdminModelForm):
    """Shows the list fields as check boxes instead of raw JSON."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in MULTI_CHOICE_FIELDS.items():
            if name in self.fields:
                old = self.fields[name]
                self.fields[name] = forms.MultipleChoiceField(
                    choices=choices,
                    required=name == "categories",
                    widget=forms.CheckboxSelectMultiple,
                    label=old.label,
                    help_text=old.help_text,
                )


class Service(RevisionMixin, index.Indexed, ClusterableModel):
    """A help service. Editors keep it current; the public sees it at /hjelp/tjeneste/<slug>/."""

    name = models.CharField(_("navn"), max_length=200)
    slug = models.SlugField(_("adresse-navn (slug)"), max_length=100, unique=True)
    organisation = models.CharField(_("organisasjon"), max_length=200, blank=True)
    categories = models.JSONField(_("kategorier"), default=list, blank=True)
    groups = models.JSONField(_("for hvem: alder"), default=list, blank=True, help_text=_("Tom = alle."))
    genders = models.JSONField(_("for hvem: kjønn"), default=list, blank=True, help_text=_("Tom = alle."))
    statuses = models.JSONField(
        _("for hvem: oppholdsstatus"), default=list, blank=True, help_text=_("Tom = uansett oppholdsstatus.")
    )
    description_nb = models.TextField(_("beskrivelse (bokmål)"))
    description_nn = models.TextField(_("beskrivelse (nynorsk)"), blank=True)
    description_en = models.TextField(_("beskrivelse (engelsk)"), blank=True)
    coverage = models.CharField(_("dekning"), max_length=10, choices=COVERAGE_CHOICES, default="national")
    fylker = ParentalManyToManyField(Fylke, blank=True, related_name="services", verbose_name=_("fylker"))
    kommuner = ParentalManyToManyField(
        Kommune, blank=True, related_name="services", verbose_name=_("kommuner")
    )
    address = models.TextField(_("adresse"), blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    email = models.EmailField(_("e-post"), blank=True)
    web = models.URLField(_("nettside"), blank=True)
    is_24_7 = models.BooleanField(_("åpent hele døgnet, alle dager"), default=False)
    hours_note = models.CharField(_("merknad om åpningstider"), max_length=300, blank=True)
    languages = models.JSONField(_("språk"), default=list, blank=True)
    confidentiality = models.TextField(_("taushetsplikt og deling av opplysninger"), blank=True)
    how_to_refer = models.TextField(_("slik henviser du"), blank=True)
    cost = models.CharField(_("pris"), max_length=200, blank=True)
    sources = models.TextField(_("kilder (én URL per linje)"), blank=True)
    source_read = models.DateField(_("kilden lest"), null=True, blank=True)
    uncertain = models.BooleanField(
        _("usikre opplysninger"), default=False, help_text=_("Vises som usikkert til noen har sjekket.")
    )
    last_verified = models.DateField(_("sist kontrollert"), null=True, blank=True)
    verified_by = models.CharField(_("kontrollert av"), max_length=150, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    base_form_class = ServiceAdminForm
    search_fields = [
        index.SearchField("name"),
        index.SearchField("organisation"),
        index.AutocompleteField("name"),
    ]

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("organisation"), FieldPanel("categories")],
            heading=_("Tjenesten"),
        ),
        MultiFieldPanel(
            [FieldPanel("groups"), FieldPanel("genders"), FieldPanel("statuses"), FieldPanel("languages")],
            heading=_("For hvem"),
        ),
        MultiFieldPanel(
            [FieldPanel("description_nb"), FieldPanel("description_nn"), FieldPanel("description_en")],
            heading=_("Beskrivelse"),
        ),
        MultiFieldPanel(
            [FieldPanel("coverage"), FieldPanel("fylker"), FieldPanel("kommuner")], heading=_("Dekning")
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("web"),
            ],
            heading=_("Kontakt"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_24_7"), FieldPanel("hours_note"), InlinePanel("hours", label=_("Åpningstid"))],
            heading=_("Åpningstider"),
        ),
        MultiFieldPanel(
            [FieldPanel("confidentiality"), FieldPanel("how_to_refer"), FieldPanel("cost")],
            heading=_("Henvisning"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("sources"),
                FieldPanel("source_read"),
                FieldPanel("uncertain"),
                FieldRowPanel([FieldPanel("last_verified"), FieldPanel("verified_by")]),
            ],
            heading=_("Kilder og kontroll"),
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("hjelpetjeneste")
        verbose_name_plural = _("hjelpetjenester")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("directory:service", kwargs={"slug": self.slug})

    @property
    def description(self) -> str:
        language = (get_language() or "nb")[:2]
        return getattr(self, f"description_{language}", "") or self.description_nb

    @property
    def is_stale(self) -> bool:
        return self.last_verified is None or self.last_verified < timezone.localdate() - STALE_AFTER

    @cached_property
    def fylke_numbers(self) -> list[str]:
        """The fylker's numbers. ``selectors.service_search`` sets them for many services at once."""
        return [f.number for f in self.fylker.all()]

    @cached_property
    def kommune_numbers(self) -> list[str]:
        return [k.number for k in self.kommuner.all()]

    @property
    def source_list(self) -> list[str]:
        return [line.strip() for line in self.sources.splitlines() if line.strip()]

    def label_list(self, field: str, choices) -> list[str]:
        labels = dict(choices)
        return [str(labels.get(value, value)) for value in getattr(self, field)]

    @property
    def category_labels(self) -> list[str]:
        return self.label_list("categories", CATEGORY_CHOICES)

    @property
    def group_labels(self) -> list[str]:
        return self.label_list("groups", GROUP_CHOICES)

    @property
    def gender_labels(self) -> list[str]:
        return self.label_list("genders", GENDER_CHOICES)

    @property
    def status_labels(self) -> list[str]:
        return self.label_list("statuses", STATUS_CHOICES)

    @property
    def language_labels(self) -> list[str]:
        return self.label_list("languages", LANGUAGE_CHOICES)


class OpeningHours(Orderable):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="hours")
    weekday = models.PositiveSmallIntegerField(_("dag"), choices=WEEKDAY_CHOICES)
    opens = models.TimeField(_("åpner"))
    closes = models.TimeField(_("stenger"), help_text=_("Før åpningstid betyr at det er åpent over midnatt."))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("åpningstid")
        verbose_name_plural = _("åpningstider")


class ChangeSuggestion(models.Model):
    """A public "Foreslå endring" message, waiting in the editors' queue."""

    class Status(models.TextChoices):
        NEW = "new", _("Ny")
        DONE = "done", _("Behandlet")
        REJECTED = "rejected", _("Avvist")

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="suggestions")
    message = models.TextField(_("forslag"), max_length=3000)
    contact = models.CharField(_("kontakt (valgfritt)"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW)
    created_at = models.DateTimeField(_("mottatt"), auto_now_add=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("service", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("contact", read_only=True),
        FieldPanel("status"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("endringsforslag")
        verbose_name_plural = _("endringsforslag")

    def __str__(self) -> str:
        return f"{self.service} – {self.created_at:%Y-%m-%d}"


def today() -> date:
    return timezone.localdate()
