"""Surveys (built in the admin), anonymous responses, the training catalogue and teaching resources.

Privacy: a response stores the round, the link's target (service type and region code) and the answers.
No IP address, user, cookie, time of day or token is stored with it. Single-use tokens are kept apart,
as hashes, in ``UsedToken``, with no link to the response they allowed.
"""

import secrets

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from varde.competence.choices import Level, OfferFormat, ServiceType, Topic, region_label


class Survey(ClusterableModel):
    title = models.CharField(max_length=200, verbose_name=_("Tittel"))
    slug = models.SlugField(max_length=80, unique=True, verbose_name=_("Kortnavn"))
    intro = models.TextField(blank=True, verbose_name=_("Innledning"))

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("intro"),
        InlinePanel("questions", label=_("Spørsmål")),
    ]

    class Meta:
        verbose_name = _("Kartlegging")
        verbose_name_plural = _("Kartlegginger")

    def __str__(self):
        return self.title


class QuestionKind(models.TextChoices):
    LIKERT = "likert", _("Skala 1–5")
    SINGLE = "single", _("Ett valg")
    MULTIPLE = "multiple", _("Flere valg")
    NUMBER = "number", _("Tall")
    TEXT = "text", _("Fritekst")


LIKERT_LABELS = [
    (1, _("1 – Svært lite")),
    (2, _("2 – Lite")),
    (3, _("3 – Noe")),
    (4, _("4 – Godt")),
    (5, _("5 – Svært godt")),
]


class Question(Orderable):
    survey = ParentalKey(Survey, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(max_length=300, verbose_name=_("Spørsmål"))
    help_text = models.CharField(max_length=300, blank=True, verbose_name=_("Hjelpetekst"))
    kind = models.CharField(max_length=10, choices=QuestionKind.choices, verbose_name=_("Type"))
    options = models.TextField(
        blank=True,
        verbose_name=_("Svaralternativer"),
        help_text=_(
            "Ett alternativ per linje, for ett eller flere valg. Skriv «kode|tekst» for å knytte et valg til et tema."
        ),
    )
    topic = models.CharField(max_length=20, choices=Topic.choices, blank=True, verbose_name=_("Tema"))
    required = models.BooleanField(default=True, verbose_name=_("Må besvares"))

    panels = [
        FieldPanel("text"),
        FieldPanel("help_text"),
        FieldPanel("kind"),
        FieldPanel("options"),
        FieldPanel("topic"),
        FieldPanel("required"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Spørsmål")

    def __str__(self):
        return self.text

    @property
    def option_list(self) -> list[tuple[str, str]]:
        """(code, label) pairs. «kode|tekst» gives an explicit code, otherwise the line number is the code."""
        result = []
        for number, line in enumerate((self.options or "").splitlines(), start=1):
            line = line.strip()
            if not line:
                continue
            code, _sep, label = line.partition("|")
            result.append((code.strip(), label.strip()) if _sep else (str(number), line))
        return result


class SurveyRound(models.Model):
    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="rounds", verbose_name=_("Kartlegging")
    )
    name = models.CharField(max_length=40, verbose_name=_("Runde"), help_text=_("For eksempel 2026."))
    is_open = models.BooleanField(default=True, verbose_name=_("Åpen for svar"))
    results_public = models.BooleanField(default=True, verbose_name=_("Resultater er offentlige"))

    panels = [FieldPanel("survey"), FieldPanel("name"), FieldPanel("is_open"), FieldPanel("results_public")]

    class Meta:
        verbose_name = _("Runde")
        verbose_name_plural = _("Runder")
        constraints = [
            models.UniqueConstraint(fields=["survey", "name"], name="competence_round_unique_name")
        ]
        ordering = ["survey", "name"]

    def __str__(self):
        return f"{self.survey} – {self.name}"


def _new_key() -> str:
    return secrets.token_urlsafe(9)


class DistributionLink(models.Model):
    """A link for one target (service type + kommune/fylke code), or an open link (no target)."""

    round = models.ForeignKey(
        SurveyRound, on_delete=models.CASCADE, related_name="links", verbose_name=_("Runde")
    )
    key = models.CharField(max_length=40, unique=True, default=_new_key, verbose_name=_("Nøkkel"))
    label = models.CharField(max_length=120, blank=True, verbose_name=_("Merkelapp"))
    service_type = models.CharField(
        max_length=30,
        choices=ServiceType.choices,
        blank=True,
        verbose_name=_("Tjenestetype"),
        help_text=_("Tom for en åpen lenke: da velger den som svarer selv."),
    )
    region = models.CharField(
        max_length=4,
        blank=True,
        verbose_name=_("Kommune- eller fylkesnummer"),
        help_text=_("For eksempel 0301 (Oslo kommune) eller 46 (Vestland). Tom for åpen lenke."),
    )
    require_token = models.BooleanField(
        default=False,
        verbose_name=_("Krev engangsnøkkel"),
        help_text=_("Hver invitasjon får en egen signert nøkkel som kan brukes én gang."),
    )
    active = models.BooleanField(default=True, verbose_name=_("Aktiv"))

    panels = [
        FieldPanel("round"),
        FieldPanel("label"),
        MultiFieldPanel([FieldPanel("service_type"), FieldPanel("region")], heading=_("Målgruppe")),
        FieldPanel("require_token"),
        FieldPanel("active"),
        FieldPanel("key", read_only=True),
    ]

    class Meta:
        verbose_name = _("Distribusjonslenke")
        verbose_name_plural = _("Distribusjonslenker")

    def __str__(self):
        return self.label or f"{self.round} ({self.service_type or '-'} {self.region or '-'})"

    @property
    def is_open_link(self) -> bool:
        return not self.service_type or not self.region


class Response(models.Model):
    """One anonymous answer. Holds the target group only; deliberately no time, IP, user or token."""

    round = models.ForeignKey(SurveyRound, on_delete=models.CASCADE, related_name="responses")
    service_type = models.CharField(max_length=30, choices=ServiceType.choices)
    region = models.CharField(max_length=4, help_text=_("Fylkesnummer"))

    class Meta:
        verbose_name = _("Svar")
        verbose_name_plural = _("Svar")

    def __str__(self):
        return f"{self.round} #{self.pk}"


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    number = models.IntegerField(null=True, blank=True)
    choices = models.JSONField(default=list, blank=True)
    text = models.TextField(blank=True)
    # Moderation of free text: a hidden answer is kept (it still counts) but is not shown or exported.
    hidden = models.BooleanField(default=False, verbose_name=_("Skjult av moderator"))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="competence_answer_once")
        ]
        permissions = [
            ("view_free_text", _("Kan lese fritekstsvar i kartlegginger")),
            ("moderate_free_text", _("Kan skjule fritekstsvar i kartlegginger")),
        ]

    def __str__(self):
        return f"{self.response_id}/{self.question_id}"


class UsedToken(models.Model):
    """SHA-256 of a single-use token that has been spent. Not linked to any response."""

    digest = models.CharField(max_length=64, unique=True)

    def __str__(self):
        return self.digest[:12]


class TrainingOffer(models.Model):
    title = models.CharField(max_length=200, verbose_name=_("Tittel"))
    provider = models.CharField(max_length=200, verbose_name=_("Tilbyder"))
    description = models.TextField(blank=True, verbose_name=_("Beskrivelse"))
    audience = models.CharField(max_length=200, verbose_name=_("Målgruppe"))
    level = models.CharField(max_length=20, choices=Level.choices, verbose_name=_("Nivå"))
    format = models.CharField(max_length=20, choices=OfferFormat.choices, verbose_name=_("Form"))
    region = models.CharField(
        max_length=4,
        verbose_name=_("Region"),
        help_text=_("Fylkesnummer, eller 00 for hele landet / digitalt."),
    )
    topics = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Temaer"),
        help_text=_("Temakoder skilt med mellomrom: tegn rettigheter plikter henvisning samtale barn."),
    )
    starts_on = models.DateField(null=True, blank=True, verbose_name=_("Fra dato"))
    ends_on = models.DateField(null=True, blank=True, verbose_name=_("Til dato"))
    language = models.CharField(max_length=10, default="nb", verbose_name=_("Språk"))
    url = models.URLField(blank=True, verbose_name=_("Lenke"))
    teaching_resource = models.ForeignKey(
        "competence.TeachingResource",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offers",
        verbose_name=_("Undervisningsopplegg"),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("provider"),
        FieldPanel("description"),
        FieldPanel("audience"),
        FieldPanel("level"),
        FieldPanel("format"),
        FieldPanel("region"),
        FieldPanel("topics"),
        FieldPanel("starts_on"),
        FieldPanel("ends_on"),
        FieldPanel("language"),
        FieldPanel("url"),
        FieldPanel("teaching_resource"),
    ]

    class Meta:
        verbose_name = _("Opplæringstilbud")
        verbose_name_plural = _("Opplæringstilbud")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def region_name(self) -> str:
        return region_label(self.region)

    @property
    def topic_list(self) -> list[str]:
        return [code for code in self.topics.split() if code in Topic.values]


class TeachingResource(ClusterableModel):
    """A teaching package for universities and university colleges."""

    title = models.CharField(max_length=200, verbose_name=_("Tittel"))
    slug = models.SlugField(max_length=80, unique=True, verbose_name=_("Kortnavn"))
    level = models.CharField(max_length=20, choices=Level.choices, verbose_name=_("Nivå"))
    summary = models.TextField(verbose_name=_("Sammendrag"))
    learning_outcomes = models.TextField(
        verbose_name=_("Læringsutbytte"), help_text=_("Ett punkt per linje.")
    )
    outline = models.TextField(verbose_name=_("Opplegg"), help_text=_("Ett punkt per linje."))
    reading_list = models.TextField(
        verbose_name=_("Litteratur"), help_text=_("Én kilde per linje: «tittel|adresse».")
    )
    hours = models.PositiveSmallIntegerField(
        default=4, validators=[MinValueValidator(1), MaxValueValidator(200)], verbose_name=_("Timer")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("level"),
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldPanel("outline"),
        FieldPanel("reading_list"),
        FieldPanel("hours"),
        InlinePanel("cases", label=_("Case-oppgaver")),
    ]

    class Meta:
        verbose_name = _("Undervisningsopplegg")
        verbose_name_plural = _("Undervisningsopplegg")
        ordering = ["level", "title"]

    def __str__(self):
        return self.title

    @staticmethod
    def _lines(text):
        return [line.strip() for line in (text or "").splitlines() if line.strip()]

    @property
    def outcome_list(self):
        return self._lines(self.learning_outcomes)

    @property
    def outline_list(self):
        return self._lines(self.outline)

    @property
    def reading(self):
        items = []
        for line in self._lines(self.reading_list):
            title, _sep, url = line.partition("|")
            items.append({"title": title.strip(), "url": url.strip()})
        return items


class CaseExercise(Orderable):
    resource = ParentalKey(TeachingResource, on_delete=models.CASCADE, related_name="cases")
    title = models.CharField(max_length=200, verbose_name=_("Tittel"))
    story = models.TextField(verbose_name=_("Case"))
    questions = models.TextField(
        verbose_name=_("Spørsmål til drøfting"), help_text=_("Ett spørsmål per linje.")
    )

    panels = [FieldPanel("title"), FieldPanel("story"), FieldPanel("questions")]

    @property
    def question_list(self):
        return [line.strip() for line in self.questions.splitlines() if line.strip()]
