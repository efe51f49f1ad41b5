"""Write side of the competence capability: single-use tokens, storing an anonymous response, links
for many targets at once, and moderation of free text."""

import hashlib
import secrets
from dataclasses import dataclass

from django.core import signing
from django.db import IntegrityError, transaction

from varde.competence.choices import ServiceType, fylke_of, region_label
from varde.competence.models import Answer, DistributionLink, QuestionKind, Response, UsedToken

TOKEN_SALT = "varde.competence.response"  # noqa: S105 - a signing salt, not a secret


class TokenError(Exception):
    """The link's token is missing, forged, for another link, or already used."""


def token_issue(*, link: DistributionLink) -> str:
    """A signed single-use token for one respondent on this link. It holds a random nonce only."""
    return signing.dumps({"l": link.pk, "n": secrets.token_urlsafe(16)}, salt=TOKEN_SALT, compress=True)


def _digest(token_data: dict) -> str:
    return hashlib.sha256(f"{token_data['l']}:{token_data['n']}".encode()).hexdigest()


def token_check(*, link: DistributionLink, token: str) -> dict:
    try:
        data = signing.loads(token or "", salt=TOKEN_SALT)
    except signing.BadSignature as exc:
        raise TokenError("bad") from exc
    if not isinstance(data, dict) or data.get("l") != link.pk or not data.get("n"):
        raise TokenError("bad")
    if UsedToken.objects.filter(digest=_digest(data)).exists():
        raise TokenError("used")
    return data


def link_url(*, link: DistributionLink, base_url: str, token: str = "") -> str:
    """The link a respondent opens (bokmål, unprefixed). With a token: a personal single-use link."""
    path = f"/kurs/kartlegging/{link.key}/" + (f"{token}/" if token else "")
    return base_url.rstrip("/") + path


def invitation_urls(*, link: DistributionLink, count: int, base_url: str) -> list[str]:
    """``count`` personal single-use links for a link that requires tokens (to send out by e-mail)."""
    return [link_url(link=link, base_url=base_url, token=token_issue(link=link)) for _ in range(count)]


@dataclass(frozen=True)
class Invitation:
    service_type: str
    service_label: str
    region: str  # kommune or fylke code as given
    region_label: str  # the fylke's name
    url: str


@transaction.atomic
def invitation_links_bulk(
    *, round_, service_types: list[str], regions: list[str], personal: bool, count: int, base_url: str
) -> list[Invitation]:
    """Links for every service type × kommune/fylke. Reuses the round's active link for a target (same
    service type, code and token setting) or creates it. ``personal``: ``count`` single-use links per
    target; otherwise the target's one link."""
    invitations = []
    for service in service_types:
        service_label = str(ServiceType(service).label)
        for region in regions:
            fylke = fylke_of(region)
            link = (
                DistributionLink.objects.filter(
                    round=round_, service_type=service, region=region, require_token=personal, active=True
                )
                .order_by("pk")
                .first()
            )
            if link is None:
                link = DistributionLink.objects.create(
                    round=round_,
                    service_type=service,
                    region=region,
                    require_token=personal,
                    label=f"{service_label}, {region_label(fylke)} ({region})"[:120],
                )
            urls = (
                invitation_urls(link=link, count=count, base_url=base_url)
                if personal
                else [link_url(link=link, base_url=base_url)]
            )
            invitations += [
                Invitation(service, service_label, region, region_label(fylke), url) for url in urls
            ]
    return invitations


def answer_moderate(*, round_, answer_id: int, hidden: bool) -> bool:
    """Hide (or show again) one free-text answer of the round. False when there is no such answer."""
    updated = (
        Answer.objects.filter(pk=answer_id, response__round=round_, question__kind=QuestionKind.TEXT)
        .exclude(text="")
        .update(hidden=hidden)
    )
    return updated == 1


@transaction.atomic
def response_submit(*, link: DistributionLink, token: str, cleaned: dict, questions) -> Response:
    """Spend the token and store the answers. Raises TokenError when the token was already spent."""
    data = token_check(link=link, token=token)
    try:
        with transaction.atomic():
            UsedToken.objects.create(digest=_digest(data))
    except IntegrityError as exc:  # two submits racing with the same token
        raise TokenError("used") from exc
    if link.is_open_link:
        service_type = link.service_type or cleaned["service_type"]
        region = fylke_of(link.region) or cleaned["region"]
    else:
        service_type, region = link.service_type, fylke_of(link.region)
    response = Response.objects.create(round=link.round, service_type=service_type, region=region)
    answers = []
    for question in questions:
        value = cleaned.get(f"q{question.pk}")
        if value in (None, "", []):
            continue
        answer = Answer(response=response, question=question)
        if question.kind in (QuestionKind.LIKERT, QuestionKind.NUMBER):
            answer.number = int(value)
        elif question.kind == QuestionKind.SINGLE:
            answer.choices = [value]
        elif question.kind == QuestionKind.MULTIPLE:
            answer.choices = list(value)
        else:
            answer.text = value.strip()
        answers.append(answer)
    Answer.objects.bulk_create(answers)
    return response
