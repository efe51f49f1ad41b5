"""E-mail notifications of the workspace (console backend by default)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mass_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .models import GuidelineProposal, Meeting, Membership, Role


def _send(subject: str, template: str, context: dict, recipients: list[str]) -> int:
    recipients = sorted({r for r in recipients if r})
    if not recipients:
        return 0
    body = render_to_string(template, context)
    messages = [(subject, body, settings.DEFAULT_FROM_EMAIL, [r]) for r in recipients]
    return send_mass_mail(messages, fail_silently=False)


def _active_emails(roles=None) -> list[str]:
    qs = Membership.objects.filter(is_active=True).select_related("user")
    if roles:
        qs = qs.filter(role__in=roles)
    return [m.user.email for m in qs]


def send_invitation(*, invitation, link: str) -> int:
    return _send(
        _("Invitasjon til nettverkets arbeidsrom i Varde"),
        "workspace/email/invitation.txt",
        {"invitation": invitation, "link": link},
        [invitation.email],
    )


def send_second_factors_reset(*, membership: Membership, coordinator, login_url: str) -> int:
    """Tell a member that the coordinator removed their second factors, and what to do at the next sign-in."""
    return _send(
        _("Innloggingen din i nettverkets arbeidsrom er nullstilt"),
        "workspace/email/second_factors_reset.txt",
        {"membership": membership, "coordinator": coordinator, "login_url": login_url},
        [membership.user.email],
    )


def send_new_meeting(*, meeting: Meeting) -> int:
    return _send(
        _("Nytt nettverksmøte: %(title)s") % {"title": meeting.title},
        "workspace/email/new_meeting.txt",
        {"meeting": meeting},
        _active_emails(),
    )


def send_minutes_for_approval(*, meeting: Meeting) -> int:
    return _send(
        _("Referat til godkjenning: %(title)s") % {"title": meeting.title},
        "workspace/email/minutes_for_approval.txt",
        {"meeting": meeting},
        _active_emails([Role.COORDINATOR]),
    )


def send_proposal_status(*, proposal: GuidelineProposal) -> int:
    recipients = [user.email for user in proposal.followers.all()]
    return _send(
        _("Endringsforslag har ny status: %(title)s") % {"title": proposal.title},
        "workspace/email/proposal_status.txt",
        {"proposal": proposal},
        recipients,
    )


def send_weekly_digest(*, since, posts, meetings, proposals) -> int:
    if not (posts or meetings or proposals):
        return 0
    recipients = [
        m.user.email
        for m in Membership.objects.filter(is_active=True, weekly_digest=True).select_related("user")
    ]
    return _send(
        _("Ukens nytt fra nettverkets arbeidsrom"),
        "workspace/email/weekly_digest.txt",
        {"since": since, "posts": posts, "meetings": meetings, "proposals": proposals},
        recipients,
    )
