"""Reads for the person's pages: situations, and rights generated from the rights navigator's rules.

The rights are never written here: for a situation we evaluate the rights rules (through
``varde.rights.interface``) for its status and age on the given date, and map each entitlement's
conclusion to an easy-read sentence from the language catalogue (``right.yes`` / ``right.limited`` /
``right.no`` / ``right.uncertain``, under the entitlement's easy-read label ``ent.<code>``). A change to a
rule therefore changes the pages and the leaflet without editing them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from varde.person import catalogue
from varde.rights import interface as rights


@dataclass(frozen=True)
class Situation:
    code: str
    status: str  # a rights status code (src/varde/rights/rules/_meta.yaml)
    age: int  # an age inside the intended age band
    child: bool


#: The person's situations, mapped to the rights rules' status codes and an age in the right band.
SITUATIONS: dict[str, Situation] = {
    s.code: s
    for s in (
        Situation("uten-opphold", "unl", 30, False),
        Situation("eos", "eea-s", 30, False),
        Situation("asyl", "asy", 30, False),
        Situation("refleksjon", "ref", 30, False),
        Situation("barn", "unl", 16, True),
    )
}

#: The entitlements shown to the person, in reading order (codes from the rules' vocabulary).
ENTITLEMENTS = (
    "emergency",
    "cannot_wait",
    "fastlege",
    "pregnancy",
    "abortion",
    "mental_health",
    "dental",
    "nav_money",
    "housing",
    "crisis_centre",
    "interpreter",
    "legal_advice",
    "bistandsadvokat",
    "reflection_period",
)

#: Statuses from the rights navigator -> the person's situation (None: the worker chooses).
STATUS_TO_SITUATION = {
    "unl": "uten-opphold",
    "eea-s": "eos",
    "eea-s-ehic": "eos",
    "eea-x": "eos",
    "eea-r": "eos",
    "asy": "asyl",
    "ref": "refleksjon",
}


def situation_for(*, status: str | None = None, child: bool = False) -> str | None:
    """The situation code for a rights status and age; a child always gets the child page."""
    if child:
        return "barn"
    return STATUS_TO_SITUATION.get(status or "")


def rights_for(*, situation: str, language: str, today: dt.date) -> list[dict[str, str]]:
    """The person's rights for ``situation`` on ``today``, in easy-read sentences of ``language``."""
    texts = catalogue.load(language)
    sit = SITUATIONS[situation]
    ruleset = rights.get_ruleset()
    facts = rights.Facts(status=sit.status, date=today, age=sit.age)
    rule_language = language if language in ("nb", "nn", "en") else "en"
    answer = ruleset.evaluate(facts, rule_language)
    by_code = {item["entitlement"]: item for group in answer["groups"] for item in group["items"]}
    out = []
    for code in ENTITLEMENTS:
        item = by_code.get(code)
        if item is None:  # the rules no longer know this entitlement
            continue
        conclusion = item["conclusion"]
        if conclusion == "uncertain" or item["confidence"] == "U":
            conclusion = "uncertain"
        # Who to ask comes from the rule in nb/nn/en; other languages name ROSA or a lawyer.
        ask = item["ask"] if language in ("nb", "nn", "en") and item["ask"] else texts.get("ask_default")
        out.append(
            {
                "entitlement": code,
                "label": texts.get(f"ent.{code}"),
                "conclusion": conclusion,
                "sentence": texts.get(f"right.{conclusion}", ask=ask),
                "rule_id": item["rule_id"],
            }
        )
    return out


def page_get(*, language: str, situation: str | None, today: dt.date, discreet: bool = False) -> dict:
    """Everything a person page or leaflet shows (no database, nothing about the reader)."""
    texts = catalogue.load(language)
    english = catalogue.load(catalogue.FALLBACK_LANGUAGE)
    return {
        "t": texts.texts,
        "catalogue": texts,
        "language": language,
        "draft": texts.is_draft,
        "draft_notice_en": english.texts["draft_notice"],
        "situation": situation,
        "situation_label": texts.texts[f"sit.{situation}"] if situation else "",
        "rights": rights_for(situation=situation, language=language, today=today)
        if situation and not discreet
        else [],
        "rights_intro": texts.get("rights_intro", situation=texts.texts[f"sit.{situation}"])
        if situation
        else "",
        "rules_date": texts.get("rules_date", date=today.isoformat()),
        "discreet": discreet,
        "child": bool(situation and SITUATIONS[situation].child),
        "situations": [{"code": code, "label": texts.texts[f"sit.{code}"]} for code in SITUATIONS],
    }
