"""Write side of the competence capability: single-use tokens and storing an anonymous response."""

import hashlib
import secrets

from django.core import signing
from django.db import IntegrityError, transaction

from varde.competence.choices import fylke_of
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


def invitation_urls(*, link: DistributionLink, count: int, base_url: str) -> list[str]:
    """``count`` personal single-use links for a link that requires tokens (to send out by e-mail)."""
    return [
        f"{base_url.rstrip('/')}/kurs/kartlegging/{link.key}/{token_issue(link=link)}/" for _ in range(count)
    ]


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
