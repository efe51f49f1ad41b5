"""Data of the network's members-only workspace."""

from __future__ import annotations

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _


def private_storage() -> FileSystemStorage:
    """Meeting documents live outside MEDIA_ROOT: they are served only through an access-checked view."""
    return FileSystemStorage(location=settings.WORKSPACE_PRIVATE_ROOT, base_url=None)


class Role(models.TextChoices):
    COORDINATOR = "coordinator", _("Koordinator (sekretariat)")
    MEMBER = "member", _("Medlem")
    OBSERVER = "observer", _("Observatør")
    EDITOR = "editor", _("Redaktør")


class Organisation(models.Model):
    class Kind(models.TextChoices):
        RVTS = "rvts", _("RVTS")
        HEALTH_TRUST = "health_trust", _("Helseforetak")
        MUNICIPALITY = "municipality", _("Kommune")
        NAV = "nav", _("NAV")
        NGO = "ngo", _("Frivillig organisasjon")
        POLICE = "police", _("Politi")
        UNIVERSITY = "university", _("Universitet eller høgskole")
        DIRECTORATE = "directorate", _("Direktorat")
        OTHER = "other", _("Annet")

    name = models.CharField(_("navn"), max_length=200, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.OTHER)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisasjon")
        verbose_name_plural = _("organisasjoner")

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workspace_membership"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(_("rolle"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    is_active = models.BooleanField(_("aktiv"), default=True)
    weekly_digest = models.BooleanField(_("ukentlig oppsummering på e-post"), default=False)
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["organisation__name", "user__first_name"]
        verbose_name = _("medlemskap")
        verbose_name_plural = _("medlemskap")

    def __str__(self) -> str:
        return f"{self.display_name} ({self.organisation})"

    @property
    def display_name(self) -> str:
        return self.user.get_full_name() or self.user.email


class Invitation(models.Model):
    email = models.EmailField(_("e-post"))
    first_name = models.CharField(_("fornavn"), max_length=150)
    last_name = models.CharField(_("etternavn"), max_length=150)
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="invitations")
    role = models.CharField(_("rolle"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.email

    @property
    def is_usable(self) -> bool:
        return self.accepted_at is None and self.expires_at > timezone.now()


class AuditEvent(models.Model):
    """Who did what to which object, and when. Never the content itself."""

    class Action(models.TextChoices):
        LOGIN = "login", _("logget inn")
        LOGIN_FAILED = "login_failed", _("mislykket innlogging")
        LOGOUT = "logout", _("logget ut")
        VIEW = "view", _("leste")
        CREATE = "create", _("opprettet")
        UPDATE = "update", _("endret")
        DELETE = "delete", _("slettet")
        DOWNLOAD = "download", _("lastet ned")

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    action = models.CharField(max_length=20, choices=Action.choices)
    object_type = models.CharField(max_length=50, blank=True)
    object_id = models.CharField(max_length=50, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_id} {self.action} {self.object_type}:{self.object_id}"


class FocusArea(models.Model):
    title = models.CharField(_("tittel"), max_length=200)
    description = models.TextField(_("beskrivelse"), blank=True)
    period_start = models.PositiveIntegerField(_("periode fra (år)"))
    period_end = models.PositiveIntegerField(_("periode til (år)"))

    class Meta:
        ordering = ["-period_start", "title"]
        verbose_name = _("satsingsområde")

    def __str__(self) -> str:
        return self.title


class ExploitationForm(models.TextChoices):
    SEXUAL = "sexual", _("Seksuell utnytting")
    LABOUR = "labour", _("Tvangsarbeid")
    CRIME = "crime", _("Tvang til kriminalitet")
    BEGGING = "begging", _("Tvungen tigging")
    MARRIAGE = "marriage", _("Tvangsekteskap")
    ORGANS = "organs", _("Organhandel")
    OTHER = "other", _("Annen utnytting")


class Post(models.Model):
    class Kind(models.TextChoices):
        EXPERIENCE = "experience", _("Erfaring")
        QUESTION = "question", _("Spørsmål")
        CASE = "case", _("Anonymisert sak")

    kind = models.CharField(_("type innlegg"), max_length=20, choices=Kind.choices, default=Kind.EXPERIENCE)
    title = models.CharField(_("tittel"), max_length=200)
    body = models.TextField(_("tekst"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    focus_areas = models.ManyToManyField(FocusArea, blank=True, verbose_name=_("satsingsområder"))
    exploitation_forms = models.JSONField(_("former for utnytting"), default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title

    def exploitation_labels(self) -> list[str]:
        labels = dict(ExploitationForm.choices)
        return [str(labels[code]) for code in self.exploitation_forms if code in labels]


class CommentBase(models.Model):
    """A member's comment; posts and guideline proposals each have their own table of them."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("kommentar"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"comment {self.pk}"


class Comment(CommentBase):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")

    class Meta(CommentBase.Meta):
        pass


class Meeting(models.Model):
    class MinutesStatus(models.TextChoices):
        NONE = "none", _("Ikke skrevet")
        DRAFT = "draft", _("Utkast")
        FOR_APPROVAL = "for_approval", _("Til godkjenning")
        APPROVED = "approved", _("Godkjent")

    title = models.CharField(_("tittel"), max_length=200)
    starts_at = models.DateTimeField(_("starter"))
    ends_at = models.DateTimeField(_("slutter"))
    place = models.CharField(_("sted"), max_length=200, blank=True)
    video_url = models.URLField(_("lenke til videomøte"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    minutes = models.TextField(_("referat"), blank=True)
    minutes_status = models.CharField(
        max_length=20, choices=MinutesStatus.choices, default=MinutesStatus.NONE
    )
    minutes_approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    minutes_approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("møte")

    def __str__(self) -> str:
        return self.title


class AgendaItem(models.Model):
    class Kind(models.TextChoices):
        UPDATE = "update", _("Oppdatering fra Helsedirektoratet")
        MEMBER_TALK = "member_talk", _("Innlegg fra medlem")
        EXTERNAL_TALK = "external_talk", _("Eksternt innlegg")
        WORKSHOP = "workshop", _("Gruppearbeid")
        OTHER = "other", _("Annet")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    order = models.PositiveIntegerField(default=0)
    title = models.CharField(_("tema"), max_length=200)
    kind = models.CharField(_("type punkt"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    focus_area = models.ForeignKey(
        FocusArea, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("satsingsområde")
    )

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.title


class MeetingDocument(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("tittel"), max_length=200)
    file = models.FileField(_("fil"), upload_to="workspace/meetings/%Y/", storage=private_storage)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return self.title


class Attendance(models.Model):
    class Status(models.TextChoices):
        ATTENDED = "attended", _("Deltok")
        ABSENT = "absent", _("Meldt forfall")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ATTENDED)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "membership"], name="workspace_one_attendance")
        ]

    def __str__(self) -> str:
        return f"{self.meeting_id}:{self.membership_id}"


class ActionPoint(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="actions")
    title = models.CharField(_("oppfølgingspunkt"), max_length=300)
    owner = models.ForeignKey(
        Membership, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("ansvarlig")
    )
    due_date = models.DateField(_("frist"), null=True, blank=True)
    done = models.BooleanField(_("utført"), default=False)

    class Meta:
        ordering = ["due_date", "id"]

    def __str__(self) -> str:
        return self.title


class BestPractice(models.Model):
    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Foreslått")
        REVIEWED = "reviewed", _("Vurdert")
        RECOMMENDED = "recommended", _("Anbefalt")

    title = models.CharField(_("tittel"), max_length=200)
    description = models.TextField(_("beskrivelse"))
    target_services = models.CharField(_("tjenester det gjelder"), max_length=300, blank=True)
    evidence = models.TextField(_("kunnskaps- eller erfaringsgrunnlag"), blank=True)
    sources = models.TextField(_("kilder (én per linje)"), blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED)
    owner = models.ForeignKey(
        Membership, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("eier")
    )
    review_date = models.DateField(_("neste gjennomgang"), null=True, blank=True)
    focus_areas = models.ManyToManyField(FocusArea, blank=True, verbose_name=_("satsingsområder"))
    public_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class GuidelineProposal(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Sendt inn")
        ASSESSMENT = "assessment", _("Under vurdering")
        ACCEPTED = "accepted", _("Godtatt")
        REJECTED = "rejected", _("Avslått")
        IMPLEMENTED = "implemented", _("Gjennomført")

    title = models.CharField(_("tittel"), max_length=200)
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("side i veilederen"),
    )
    section = models.CharField(_("avsnitt eller kapittel"), max_length=200, blank=True)
    rationale = models.TextField(_("begrunnelse"))
    sources = models.TextField(_("kilder (én per linje)"), blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SUBMITTED)
    decision_reason = models.TextField(_("begrunnelse for avgjørelsen"), blank=True)
    implemented_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    followers = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    status_changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title


class ProposalComment(CommentBase):
    proposal = models.ForeignKey(GuidelineProposal, on_delete=models.CASCADE, related_name="comments")

    class Meta(CommentBase.Meta):
        pass


class Measure(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planlagt")
        ONGOING = "ongoing", _("Pågår")
        DONE = "done", _("Fullført")
        STOPPED = "stopped", _("Stanset")

    class Strand(models.TextChoices):
        IDENTIFICATION = "identification", _("Identifisering")
        IMPLEMENTATION = "implementation", _("Implementering i tjenestene")
        FOLLOW_UP = "follow_up", _("Helsemessig oppfølging")

    title = models.CharField(_("tiltak"), max_length=200)
    description = models.TextField(_("beskrivelse"), blank=True)
    strand = models.CharField(_("del av mandatet"), max_length=20, choices=Strand.choices)
    owner = models.ForeignKey(
        Membership, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("ansvarlig")
    )
    period_start = models.DateField(_("fra"))
    period_end = models.DateField(_("til"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED)
    planned_results = models.TextField(_("planlagte resultater"), blank=True)
    achieved_results = models.TextField(_("oppnådde resultater"), blank=True)
    focus_areas = models.ManyToManyField(FocusArea, blank=True, verbose_name=_("satsingsområder"))
    meetings = models.ManyToManyField(Meeting, blank=True, verbose_name=_("møter"))
    proposals = models.ManyToManyField(GuidelineProposal, blank=True, verbose_name=_("endringsforslag"))

    class Meta:
        ordering = ["-period_start", "title"]

    def __str__(self) -> str:
        return self.title


class ReportRun(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("I kø")
        RUNNING = "running", _("Lages")
        DONE = "done", _("Ferdig")
        FAILED = "failed", _("Feilet")

    period_start = models.DateField(_("fra og med"))
    period_end = models.DateField(_("til og med"))
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    html = models.TextField(blank=True)
    pdf = models.BinaryField(blank=True, default=b"")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.period_start}–{self.period_end}"

    @cached_property
    def is_finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED}
