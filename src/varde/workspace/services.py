"""Changes to workspace data. Views call these; each records an audit event and sends notifications."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from importlib import import_module

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core.exceptions import ImproperlyConfigured, PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import notifications
from .models import (
    ActionPoint,
    AgendaItem,
    Attendance,
    AuditEvent,
    BestPractice,
    Comment,
    GuidelineProposal,
    Invitation,
    Measure,
    Meeting,
    MeetingDocument,
    Membership,
    Post,
    ProposalComment,
    ReportRun,
)
from .permissions import has_permission

INVITATION_DAYS = 14


def _require(user, permission: str) -> None:
    if not has_permission(user, permission):
        raise PermissionDenied(permission)


def audit_record(*, actor, action: str, obj=None, object_type: str = "", object_id: str = "") -> AuditEvent:
    """Store who did what to which object. Never store content values here."""
    if obj is not None:
        object_type = obj._meta.model_name
        object_id = str(obj.pk)
    actor = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(actor=actor, action=action, object_type=object_type, object_id=object_id)


AUDIT_RETENTION_MIN_DAYS = 30


def audit_prune(*, days: int, now: dt.datetime | None = None, dry_run: bool = False) -> dict[str, int]:
    """Delete audit events older than ``days`` days (an event exactly at the cut-off stays).

    Returns the number of events per action that were (or, with ``dry_run``, would be) deleted.
    Refuses fewer than ``AUDIT_RETENTION_MIN_DAYS`` so a typo cannot empty the log.
    """
    from django.db.models import Count

    if days < AUDIT_RETENTION_MIN_DAYS:
        raise ValidationError(
            _("Loggen må beholdes i minst %(min)s dager.") % {"min": AUDIT_RETENTION_MIN_DAYS}
        )
    cutoff = (now or timezone.now()) - dt.timedelta(days=days)
    old = AuditEvent.objects.filter(created_at__lt=cutoff)
    counts = {row["action"]: row["n"] for row in old.order_by().values("action").annotate(n=Count("id"))}
    if not dry_run and counts:
        old.delete()
    return counts


# --- Members --------------------------------------------------------------------------------------


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def invitation_create(
    *, invited_by, email: str, first_name: str, last_name: str, organisation, role: str, accept_url
):
    """Create an invitation and e-mail the link. ``accept_url(token)`` builds the absolute link."""
    _require(invited_by, "manage_members")
    email = email.strip().lower()
    if Membership.objects.filter(user__email__iexact=email).exists():
        raise ValidationError({"email": _("Denne personen er allerede medlem.")})
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        email=email,
        first_name=first_name,
        last_name=last_name,
        organisation=organisation,
        role=role,
        token_hash=hash_token(token),
        invited_by=invited_by,
        expires_at=timezone.now() + dt.timedelta(days=INVITATION_DAYS),
    )
    audit_record(actor=invited_by, action="create", obj=invitation)
    link = accept_url(token)
    transaction.on_commit(lambda: notifications.send_invitation(invitation=invitation, link=link))
    return invitation, token


def invitation_for_token(token: str) -> Invitation | None:
    invitation = (
        Invitation.objects.select_related("organisation").filter(token_hash=hash_token(token)).first()
    )
    return invitation if invitation and invitation.is_usable else None


@transaction.atomic
def invitation_accept(*, invitation: Invitation, password: str):
    """Create (or reuse) the user, set the password, make them a member. Returns the user."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=invitation.email).first()
    if user is None:
        user = User(username=invitation.email[:150], email=invitation.email)
    user.first_name = invitation.first_name
    user.last_name = invitation.last_name
    user.set_password(password)
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=invitation.email, defaults={"verified": True, "primary": True}
    )
    Membership.objects.update_or_create(
        user=user,
        defaults={"organisation": invitation.organisation, "role": invitation.role, "is_active": True},
    )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    audit_record(actor=user, action="update", obj=invitation)
    return user


SECOND_FACTOR_TYPES = (
    Authenticator.Type.TOTP,
    Authenticator.Type.WEBAUTHN,
    Authenticator.Type.RECOVERY_CODES,
)


def sessions_end(*, user) -> int:
    """Delete every stored session signed in as ``user``; returns how many.

    Django keeps no index from a user to their sessions, so this reads the sessions that have not expired
    (fine for a rare, coordinator-only action). It needs a session engine backed by the database (``db``,
    or ``cached_db`` as with Redis); deleting through the engine's store clears its cache as well.
    """
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store_class, "get_model_class"):
        raise ImproperlyConfigured("Ending a user's sessions needs a database-backed SESSION_ENGINE.")
    ended = 0
    sessions = store_class.get_model_class().objects.filter(expire_date__gt=timezone.now())
    for session in sessions.iterator(chunk_size=500):
        if session.get_decoded().get(SESSION_KEY) == str(user.pk):
            store_class(session.session_key).delete()
            ended += 1
    return ended


@transaction.atomic
def member_reset_second_factors(*, actor, membership: Membership, login_url: str) -> dict[str, int]:
    """Remove a member's code app, security keys and recovery codes and end their sessions.

    For a member who has lost their only second factor. At the next sign-in the password is enough to get to
    the setup of a new one (``access.workspace_view`` sends a member without a factor there). The member
    gets an e-mail about it. Coordinators cannot reset themselves here: another coordinator does it.
    Returns how many authenticators of each type and how many sessions were removed.
    """
    _require(actor, "reset_second_factors")
    user = membership.user
    if user.pk == actor.pk:
        raise PermissionDenied("own second factors")
    authenticators = Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTOR_TYPES)
    removed = dict.fromkeys((kind.value for kind in SECOND_FACTOR_TYPES), 0)
    for kind in authenticators.values_list("type", flat=True):
        removed[kind] += 1
    if not any(removed.values()):
        raise ValidationError(_("Medlemmet har ikke satt opp noe andre steg. Det er ingenting å nullstille."))
    # A queryset delete: the guard in auth.py only stops a member removing their own last factor.
    authenticators.delete()
    removed["sessions"] = sessions_end(user=user)
    audit_record(actor=actor, action="delete", object_type="second_factors", object_id=str(membership.pk))
    transaction.on_commit(
        lambda: notifications.send_second_factors_reset(
            membership=membership, coordinator=actor, login_url=login_url
        )
    )
    return removed


def membership_update(*, actor, membership: Membership, role: str, is_active: bool) -> Membership:
    _require(actor, "manage_members")
    membership.role = role
    membership.is_active = is_active
    membership.save(update_fields=["role", "is_active"])
    audit_record(actor=actor, action="update", obj=membership)
    return membership


def membership_set_digest(*, user, weekly_digest: bool) -> None:
    Membership.objects.filter(user=user).update(weekly_digest=weekly_digest)
    audit_record(actor=user, action="update", object_type="membership", object_id=str(user.pk))


# --- Experience exchange --------------------------------------------------------------------------


@transaction.atomic
def post_create(*, author, kind: str, title: str, body: str, focus_areas, exploitation_forms) -> Post:
    _require(author, "create_post")
    post = Post.objects.create(
        author=author, kind=kind, title=title, body=body, exploitation_forms=list(exploitation_forms)
    )
    post.focus_areas.set(focus_areas)
    audit_record(actor=author, action="create", obj=post)
    return post


def comment_create(*, author, post: Post, body: str) -> Comment:
    _require(author, "create_post")
    comment = Comment.objects.create(author=author, post=post, body=body)
    audit_record(actor=author, action="create", obj=comment)
    return comment


# --- Meetings -------------------------------------------------------------------------------------


@transaction.atomic
def meeting_save(*, actor, meeting: Meeting, notify: bool = True) -> Meeting:
    _require(actor, "manage_meetings")
    created = meeting.pk is None
    if created:
        meeting.created_by = actor
    meeting.save()
    audit_record(actor=actor, action="create" if created else "update", obj=meeting)
    if created and notify:
        transaction.on_commit(lambda: notifications.send_new_meeting(meeting=meeting))
    return meeting


def agenda_item_add(*, actor, meeting: Meeting, title: str, kind: str, focus_area=None) -> AgendaItem:
    _require(actor, "manage_meetings")
    order = meeting.agenda_items.count() + 1
    item = AgendaItem.objects.create(
        meeting=meeting, title=title, kind=kind, focus_area=focus_area, order=order
    )
    audit_record(actor=actor, action="create", obj=item)
    return item


def document_add(*, actor, meeting: Meeting, title: str, file) -> MeetingDocument:
    _require(actor, "manage_meetings")
    document = MeetingDocument.objects.create(meeting=meeting, title=title, file=file, uploaded_by=actor)
    audit_record(actor=actor, action="create", obj=document)
    return document


def attendance_set(*, actor, meeting: Meeting, attended: list[Membership]) -> None:
    _require(actor, "manage_meetings")
    attended_ids = {m.pk for m in attended}
    for membership in Membership.objects.filter(is_active=True):
        status = Attendance.Status.ATTENDED if membership.pk in attended_ids else Attendance.Status.ABSENT
        Attendance.objects.update_or_create(
            meeting=meeting, membership=membership, defaults={"status": status}
        )
    audit_record(actor=actor, action="update", object_type="attendance", object_id=str(meeting.pk))


def action_add(*, actor, meeting: Meeting, title: str, owner=None, due_date=None) -> ActionPoint:
    _require(actor, "manage_meetings")
    action = ActionPoint.objects.create(meeting=meeting, title=title, owner=owner, due_date=due_date)
    audit_record(actor=actor, action="create", obj=action)
    return action


def action_toggle(*, actor, action: ActionPoint) -> ActionPoint:
    _require(actor, "manage_meetings")
    action.done = not action.done
    action.save(update_fields=["done"])
    audit_record(actor=actor, action="update", obj=action)
    return action


@transaction.atomic
def minutes_save(*, actor, meeting: Meeting, minutes: str, submit: bool) -> Meeting:
    """Save the minutes as a draft, or submit them for approval. Approved minutes are locked."""
    _require(actor, "manage_meetings")
    if meeting.minutes_status == Meeting.MinutesStatus.APPROVED:
        raise ValidationError(_("Referatet er godkjent og kan ikke endres."))
    meeting.minutes = minutes
    meeting.minutes_status = Meeting.MinutesStatus.FOR_APPROVAL if submit else Meeting.MinutesStatus.DRAFT
    meeting.save(update_fields=["minutes", "minutes_status"])
    audit_record(actor=actor, action="update", obj=meeting)
    if submit:
        transaction.on_commit(lambda: notifications.send_minutes_for_approval(meeting=meeting))
    return meeting


def minutes_approve(*, actor, meeting: Meeting) -> Meeting:
    _require(actor, "approve_minutes")
    if meeting.minutes_status != Meeting.MinutesStatus.FOR_APPROVAL:
        raise ValidationError(_("Bare et referat som er sendt til godkjenning, kan godkjennes."))
    meeting.minutes_status = Meeting.MinutesStatus.APPROVED
    meeting.minutes_approved_by = actor
    meeting.minutes_approved_at = timezone.now()
    meeting.save(update_fields=["minutes_status", "minutes_approved_by", "minutes_approved_at"])
    audit_record(actor=actor, action="update", obj=meeting)
    return meeting


# --- Best practice --------------------------------------------------------------------------------

PRACTICE_FLOW = {
    BestPractice.Status.PROPOSED: {BestPractice.Status.REVIEWED},
    BestPractice.Status.REVIEWED: {BestPractice.Status.RECOMMENDED, BestPractice.Status.PROPOSED},
    BestPractice.Status.RECOMMENDED: {BestPractice.Status.REVIEWED},
}


def practice_save(*, actor, practice: BestPractice, focus_areas=None) -> BestPractice:
    _require(actor, "edit_library")
    created = practice.pk is None
    practice.save()
    if focus_areas is not None:
        practice.focus_areas.set(focus_areas)
    audit_record(actor=actor, action="create" if created else "update", obj=practice)
    return practice


def practice_set_status(*, actor, practice: BestPractice, status: str) -> BestPractice:
    _require(actor, "recommend_practice" if status == BestPractice.Status.RECOMMENDED else "edit_library")
    if status not in PRACTICE_FLOW.get(practice.status, set()):
        raise ValidationError(_("Denne statusendringen er ikke mulig."))
    practice.status = status
    practice.save(update_fields=["status", "updated_at"])
    audit_record(actor=actor, action="update", obj=practice)
    return practice


PUBLIC_PARENT_SLUG = "nettverket"


@transaction.atomic
def practice_publish(*, actor, practice: BestPractice):
    """Publish a recommended practice on the public portal, as a content page under /nettverket/."""
    from django.conf import settings
    from django.utils.html import escape
    from django.utils.text import slugify
    from wagtail.models import Page

    from varde.core.models import ContentPage

    _require(actor, "recommend_practice")
    if practice.status != BestPractice.Status.RECOMMENDED:
        raise ValidationError(_("Bare en anbefalt praksis kan publiseres."))
    parent = Page.objects.filter(
        slug=PUBLIC_PARENT_SLUG, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if parent is None:
        raise ValidationError(_("Fant ikke den offentlige siden om nettverket."))
    body = [
        ("paragraph", f"<p>{escape(part)}</p>") for part in practice.description.split("\n\n") if part.strip()
    ]
    if practice.target_services:
        body.append(("paragraph", f"<p>{escape(_('Gjelder'))}: {escape(practice.target_services)}</p>"))
    for source in practice.sources.splitlines():
        if source.strip():
            body.append(("paragraph", f"<p>{escape(_('Kilde:'))} {escape(source.strip())}</p>"))
    page = practice.public_page.specific if practice.public_page_id else None
    if not isinstance(page, ContentPage):
        slug = slugify(f"god-praksis-{practice.title}")[:80] or f"god-praksis-{practice.pk}"
        if parent.get_children().filter(slug=slug).exists():
            slug = f"{slug}-{practice.pk}"
        page = ContentPage(title=practice.title, slug=slug, locale=parent.locale)
        parent.add_child(instance=page)
    page.title = practice.title
    page.intro = practice.evidence[:500]
    page.body = body
    page.save_revision(user=actor).publish()
    practice.public_page = page
    practice.save(update_fields=["public_page", "updated_at"])
    publish_translations(page=page, actor=actor)
    audit_record(actor=actor, action="update", obj=practice)
    return page


def publish_translations(*, page, actor) -> dict[str, bool]:
    """Keep a published bokmål page present in every other locale, through wagtail-localize.

    For each locale the page gets a synced translation (the same as "Translate this page" in the admin):
    translated strings are used where a translator has written them, bokmål otherwise. While any string
    is untranslated, the page opens with a notice in the reader's language saying it is only in bokmål;
    the translators see it as "waiting for translations" in Wagtail. A language an editor has taken over
    by hand (sync turned off, or translated before it was synced) is left alone. Returns {language code: fully translated}.
    """
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    page = page.specific
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    done: dict[str, bool] = {}
    for locale in Locale.objects.exclude(pk=page.locale_id).order_by("language_code"):
        translation = Translation.objects.filter(source=source, target_locale=locale).first()
        if translation is None:
            if page.get_translation_or_none(locale) is not None:
                continue  # translated by hand before this page was synced: leave it as it is
            translation = Translation.objects.create(source=source, target_locale=locale, enabled=True)
        if not translation.enabled:
            continue
        translation.save_target(user=actor, publish=True)
        total, translated = translation.get_progress()
        done[locale.language_code] = translated >= total
        if translated < total:
            _add_untranslated_notice(page.get_translation(locale).specific, locale.language_code, actor)
    return done


def _add_untranslated_notice(target, language_code: str, actor) -> None:
    from django.utils import translation as django_translation
    from django.utils.html import escape

    with django_translation.override(language_code):
        title = _("Bare på bokmål")
        text = _(
            "Denne siden er foreløpig bare skrevet på bokmål. Den blir oversatt. "
            "Innholdet gjelder likevel, uansett språk."
        )
    callout = target.body.stream_block.child_blocks["callout"]
    target.body.insert(
        0, ("callout", callout.to_python({"kind": "note", "title": title, "text": f"<p>{escape(text)}</p>"}))
    )
    target.save_revision(user=actor).publish()


# --- Guideline proposals --------------------------------------------------------------------------

P = GuidelineProposal.Status
PROPOSAL_FLOW = {
    P.SUBMITTED: {P.ASSESSMENT},
    P.ASSESSMENT: {P.ACCEPTED, P.REJECTED},
    P.ACCEPTED: {P.IMPLEMENTED},
    P.REJECTED: set(),
    P.IMPLEMENTED: set(),
}


@transaction.atomic
def proposal_create(*, author, title, page, section, rationale, sources) -> GuidelineProposal:
    _require(author, "create_proposal")
    proposal = GuidelineProposal.objects.create(
        author=author, title=title, page=page, section=section, rationale=rationale, sources=sources
    )
    proposal.followers.add(author)
    audit_record(actor=author, action="create", obj=proposal)
    return proposal


@transaction.atomic
def proposal_transition(*, actor, proposal: GuidelineProposal, status: str, reason: str = "", revision=None):
    """Move a proposal along submitted → under assessment → accepted/rejected → implemented."""
    if status not in PROPOSAL_FLOW[proposal.status]:
        raise ValidationError(_("Denne statusendringen er ikke mulig."))
    _require(actor, "implement_proposal" if status == P.IMPLEMENTED else "assess_proposal")
    if status == P.REJECTED and not reason.strip():
        raise ValidationError({"reason": _("Skriv hvorfor forslaget avslås.")})
    if status == P.IMPLEMENTED:
        if revision is None:
            raise ValidationError({"revision": _("Velg sideversjonen som gjennomførte endringen.")})
        if proposal.page_id and revision.object_id != str(proposal.page_id):
            raise ValidationError({"revision": _("Versjonen hører ikke til siden forslaget gjelder.")})
        proposal.implemented_revision = revision
    if reason.strip():
        proposal.decision_reason = reason.strip()
    proposal.status = status
    proposal.status_changed_at = timezone.now()
    proposal.save()
    audit_record(actor=actor, action="update", obj=proposal)
    transaction.on_commit(lambda: notifications.send_proposal_status(proposal=proposal))
    return proposal


def proposal_toggle_follow(*, user, proposal: GuidelineProposal) -> bool:
    _require(user, "view_proposals")
    if proposal.followers.filter(pk=user.pk).exists():
        proposal.followers.remove(user)
        following = False
    else:
        proposal.followers.add(user)
        following = True
    audit_record(actor=user, action="update", object_type="follow", object_id=str(proposal.pk))
    return following


def proposal_comment_create(*, author, proposal: GuidelineProposal, body: str) -> ProposalComment:
    _require(author, "comment_proposal")
    comment = ProposalComment.objects.create(author=author, proposal=proposal, body=body)
    audit_record(actor=author, action="create", obj=comment)
    return comment


# --- Measures -------------------------------------------------------------------------------------


def measure_save(*, actor, measure: Measure, form=None) -> Measure:
    _require(actor, "manage_measures")
    created = measure.pk is None
    measure.save()
    if form is not None:
        form.save_m2m()
    audit_record(actor=actor, action="create" if created else "update", obj=measure)
    return measure


def measure_links(measure: Measure) -> dict[str, list]:
    """What a measure is linked to. Deleting the measure removes these links, not the linked objects."""
    return {
        "focus_areas": list(measure.focus_areas.all()),
        "meetings": list(measure.meetings.all()),
        "proposals": list(measure.proposals.all()),
    }


@transaction.atomic
def measure_delete(*, actor, measure: Measure) -> dict[str, int]:
    """Delete a measure and its links (focus areas, meetings and proposals themselves stay).

    Returns how many links of each kind were removed. The audit log keeps the measure's id.
    """
    _require(actor, "manage_measures")
    removed = {kind: len(objects) for kind, objects in measure_links(measure).items()}
    audit_record(actor=actor, action="delete", obj=measure)
    measure.delete()
    return removed


# --- Period report --------------------------------------------------------------------------------


def report_request(*, actor, period_start: dt.date, period_end: dt.date) -> ReportRun:
    """Create a report run and hand it to the background task queue."""
    _require(actor, "run_report")
    if period_end < period_start:
        raise ValidationError({"period_end": _("Sluttdatoen må være etter startdatoen.")})
    run = ReportRun.objects.create(period_start=period_start, period_end=period_end, requested_by=actor)
    audit_record(actor=actor, action="create", obj=run)
    from .tasks import generate_period_report

    transaction.on_commit(lambda: generate_period_report.enqueue(run_id=run.pk))
    return run
