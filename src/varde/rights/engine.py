"""Rights navigator engine: rules as data, evaluated "as of" a date.

Pure Python on purpose (no Django imports; import-linter enforces it) so the same code serves the pages,
the API, the tests and the benchmark. The rules live in ``rules/*.yaml``: ``_meta.yaml`` holds the
vocabulary (statuses, age bands, entitlements, groups, conclusion labels and the source index), the
other files hold ``rules:`` and ``duties:``. ``load_rules`` validates everything and raises
``RuleValidationError`` listing every problem: missing source or confidence, unknown codes, bad dates,
and any (status, age band, entitlement) cell that has no rule (gap) or more than one (conflict) on any
date.

Nothing about a person is stored or logged here: ``evaluate`` is a pure function of its facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
RULES_DIR = Path(__file__).resolve().parent / "rules"
META_FILE = "_meta.yaml"
LANGUAGES = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"
CONCLUSIONS = ("yes", "limited", "no", "uncertain")
CONFIDENCES = ("V", "G", "U")
MIN_DATE = dt.date(1900, 1, 1)
MAX_AGE = 130
ACTS_VALUES = ("unknown", "norway", "abroad", "both")
#: Facts a rule variant may depend on, with the values allowed in ``when``.
VARIANT_FACTS: dict[str, tuple[Any, ...]] = {
    "employed": (True, False),
    "close_relation": (True, False),
    "pregnant": (True, False),
    "acts": ACTS_VALUES,
}
#: Plain questions that derive a status when the worker does not know it (in the order they are asked).
STATUS_QUESTIONS = ("q_resident", "q_asylum", "q_reflection", "q_limited", "q_permit", "q_eea")
EEA_STAY_VALUES = ("short", "long", "lapsed")
TRUE_WORDS = frozenset({"1", "true", "on", "yes", "ja", "y"})
FALSE_WORDS = frozenset({"0", "false", "off", "no", "nei", "n", ""})

CONCLUSION_LABELS = {
    "yes": {"nb": "Ja", "nn": "Ja", "en": "Yes"},
    "limited": {"nb": "Begrenset", "nn": "Avgrensa", "en": "Limited"},
    "no": {"nb": "Nei", "nn": "Nei", "en": "No"},
    "uncertain": {"nb": "Usikkert – spør", "nn": "Usikkert – spør", "en": "Uncertain – ask"},
}
CONFIDENCE_LABELS = {
    "V": {
        "nb": "Verifisert i lov eller rundskriv",
        "nn": "Stadfesta i lov eller rundskriv",
        "en": "Verified in law",
    },
    "G": {"nb": "Bygger på veiledning", "nn": "Byggjer på rettleiing", "en": "Based on guidance"},
    "U": {"nb": "Usikkert", "nn": "Usikkert", "en": "Uncertain"},
}


class RuleValidationError(ValueError):
    """The rule files are inconsistent; ``problems`` lists every problem found."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:50])
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"Rights rules are invalid ({len(problems)} problem(s)):\n{shown}{more}")


class FactsError(ValueError):
    """Bad input from a person using the navigator; ``code`` is stable, views translate it."""

    def __init__(self, field_name: str, code: str, value: str = ""):
        self.field = field_name
        self.code = code
        self.value = value
        super().__init__(f"{field_name}: {code} ({value!r})")


# --- data ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Basis:
    law: str
    section: str
    url: str

    def as_dict(self) -> dict[str, str]:
        return {"law": self.law, "section": self.section, "url": self.url}


@dataclass(frozen=True)
class Variant:
    when: tuple[tuple[str, Any], ...]
    conclusion: str
    confidence: str
    text: Mapping[str, str]
    basis: tuple[Basis, ...] = ()
    sources: tuple[str, ...] = ()
    conditions: Mapping[str, str] | None = None
    ask: Mapping[str, str] | None = None

    def matches(self, facts: Facts) -> bool:
        return all(getattr(facts, key) == value for key, value in self.when)


@dataclass(frozen=True)
class Rule:
    id: str
    entitlements: tuple[str, ...]
    statuses: tuple[str, ...]
    ages: tuple[str, ...]
    conclusion: str
    confidence: str
    basis: tuple[Basis, ...]
    sources: tuple[str, ...]
    valid_from: dt.date | None
    valid_to: dt.date | None
    last_checked: dt.date
    text: Mapping[str, str]
    conditions: Mapping[str, str] | None
    ask: Mapping[str, str] | None
    variants: tuple[Variant, ...]
    file: str

    def active_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True)
class Duty:
    id: str
    ages: tuple[str, ...]
    confidence: str
    basis: tuple[Basis, ...]
    sources: tuple[str, ...]
    title: Mapping[str, str]
    text: Mapping[str, str]
    note: Mapping[str, str] | None
    ask: Mapping[str, str] | None
    last_checked: dt.date


@dataclass(frozen=True)
class Facts:
    """What the worker told the navigator. Nothing here is stored."""

    status: str
    date: dt.date
    age: int | None = None
    may_be_under_18: bool = False
    pregnant: bool = False
    ehic: bool = False
    employed: bool = False
    close_relation: bool = False
    acts: str = "unknown"
    derived_from_questions: bool = False


@dataclass
class RuleSet:
    statuses: dict[str, dict[str, str]]
    age_bands: dict[str, dict[str, Any]]
    entitlements: dict[str, dict[str, str]]
    groups: dict[str, dict[str, str]]
    sources: dict[str, dict[str, str]]
    rules: list[Rule]
    duties: list[Duty]
    index: dict[tuple[str, str, str], list[Rule]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.index:
            for rule in self.rules:
                for cell in _cells(rule):
                    self.index.setdefault(cell, []).append(rule)

    # --- lookup ---

    def rule_for(self, status: str, band: str, entitlement: str, day: dt.date) -> Rule:
        for rule in self.index.get((status, band, entitlement), ()):
            if rule.active_on(day):
                return rule
        raise LookupError(f"no rule for {(status, band, entitlement)} on {day}")  # prevented by validation

    def band_for_age(self, age: int) -> str:
        for code, band in self.age_bands.items():
            if band["min"] <= age <= band["max"]:
                return code
        raise FactsError("age", "age_out_of_range", str(age))

    @property
    def child_bands(self) -> tuple[str, ...]:
        return tuple(code for code, band in self.age_bands.items() if band["child"])

    @property
    def adult_bands(self) -> tuple[str, ...]:
        return tuple(code for code, band in self.age_bands.items() if not band["child"])

    # --- evaluation ---

    def evaluate(self, facts: Facts, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
        """Answer every entitlement for the facts, grouped, with the duties panel."""
        lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        if facts.status not in self.statuses:
            raise FactsError("status", "unknown_status", facts.status)
        notes: list[str] = []
        status = facts.status
        if status == "eea-s" and facts.ehic:
            status = "eea-s-ehic"
        if status in ("eea-s", "eea-s-ehic", "eea-x") and facts.employed:
            status = "eea-r"
            notes.append(_NOTE_EEA_WORKER[lang])
        if facts.age is not None:
            band = self.band_for_age(facts.age)
            child = self.age_bands[band]["child"]
            duty_bands = {band}
        elif facts.may_be_under_18:
            band, child = "16-17", True
            duty_bands = set(self.child_bands)
            notes.append(_NOTE_MAYBE_CHILD[lang])
        else:
            band, child = "27+", False
            duty_bands = set(self.adult_bands)
            notes.append(_NOTE_AGE_UNKNOWN[lang])
        if facts.derived_from_questions:
            notes.insert(0, _NOTE_DERIVED[lang])

        groups = {
            code: {"code": code, "label": label[lang], "items": []} for code, label in self.groups.items()
        }
        for code, meta in self.entitlements.items():
            rule = self.rule_for(status, band, code, facts.date)
            item = self._item(rule, code, facts, lang)
            item["highlight"] = facts.pregnant and code in ("pregnancy", "abortion")
            groups[meta["group"]]["items"].append(item)
        duties = [self._duty(d, lang) for d in self.duties if duty_bands & set(d.ages)]
        if child:
            duties.sort(key=lambda d: d["id"] != "D3-child-welfare")
        return {
            "date": facts.date.isoformat(),
            "status": status,
            "status_label": self.statuses[status][lang],
            "age_band": band,
            "age_band_label": self.age_bands[band][lang],
            "child": child,
            "notes": notes,
            "groups": list(groups.values()),
            "duties": duties,
        }

    def _sources(self, tags: Iterable[str]) -> list[dict[str, str]]:
        return [
            {"id": tag, "title": self.sources[tag]["title"], "url": self.sources[tag]["url"]} for tag in tags
        ]

    def _item(self, rule: Rule, entitlement: str, facts: Facts | None, lang: str) -> dict[str, Any]:
        conclusion, confidence = rule.conclusion, rule.confidence
        text, conditions, ask = rule.text, rule.conditions, rule.ask
        basis, sources, variant_used = rule.basis, rule.sources, None
        for variant in rule.variants if facts is not None else ():
            if variant.matches(facts):
                conclusion, confidence, text = variant.conclusion, variant.confidence, variant.text
                basis = variant.basis or basis
                sources = variant.sources or sources
                conditions = variant.conditions or conditions
                ask = variant.ask or ask
                variant_used = ",".join(f"{k}={v}" for k, v in variant.when)
                break
        ask_text = ask[lang] if ask else ""
        return {
            "entitlement": entitlement,
            "label": self.entitlements[entitlement][lang],
            "group": self.entitlements[entitlement]["group"],
            "rule_id": rule.id,
            "variant": variant_used,
            "conclusion": conclusion,
            "confidence": confidence,
            "display": display(conclusion, confidence, ask_text, lang),
            "confidence_label": CONFIDENCE_LABELS[confidence][lang],
            "text": text[lang],
            "conditions": conditions[lang] if conditions else "",
            "ask": ask_text,
            "basis": [b.as_dict() for b in basis],
            "sources": self._sources(sources),
            "valid_from": rule.valid_from.isoformat() if rule.valid_from else None,
            "valid_to": rule.valid_to.isoformat() if rule.valid_to else None,
            "last_checked": rule.last_checked.isoformat(),
        }

    def _duty(self, duty: Duty, lang: str) -> dict[str, Any]:
        return {
            "id": duty.id,
            "title": duty.title[lang],
            "text": duty.text[lang],
            "note": duty.note[lang] if duty.note else "",
            "confidence": duty.confidence,
            "confidence_label": CONFIDENCE_LABELS[duty.confidence][lang],
            "ask": duty.ask[lang] if duty.ask else "",
            "basis": [b.as_dict() for b in duty.basis],
            "sources": self._sources(duty.sources),
            "last_checked": duty.last_checked.isoformat(),
        }

    # --- overviews ---

    def matrix(self, band: str, day: dt.date, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
        """The public table for one age band: statuses × entitlements, as of ``day``."""
        if band not in self.age_bands:
            raise FactsError("band", "unknown_band", band)
        rows = []
        for status, labels in self.statuses.items():
            cells = []
            for code in self.entitlements:
                rule = self.rule_for(status, band, code, day)
                cells.append(
                    {
                        "entitlement": code,
                        "rule_id": rule.id,
                        "conclusion": rule.conclusion,
                        "confidence": rule.confidence,
                        "label": CONCLUSION_LABELS[rule.conclusion][lang].split(" ")[0],
                        "has_variants": bool(rule.variants),
                    }
                )
            rows.append({"status": status, "label": labels[lang], "cells": cells})
        columns = [{"code": c, "label": m[lang], "group": m["group"]} for c, m in self.entitlements.items()]
        return {
            "band": band,
            "band_label": self.age_bands[band][lang],
            "date": day.isoformat(),
            "columns": columns,
            "rows": rows,
        }

    def changelog(self, lang: str = DEFAULT_LANGUAGE) -> list[dict[str, Any]]:
        """Rule changes by date (newest first), derived from the rules' valid_from / valid_to."""
        by_date: dict[dt.date, dict[str, list[dict[str, Any]]]] = {}
        for rule in self.rules:
            events = []
            if rule.valid_from:
                events.append((rule.valid_from, "started"))
            if rule.valid_to:
                events.append((rule.valid_to + dt.timedelta(days=1), "ended"))
            for day, kind in events:
                entry = {
                    "rule_id": rule.id,
                    "entitlements": [self.entitlements[e][lang] for e in rule.entitlements],
                    "conclusion": rule.conclusion,
                    "confidence": rule.confidence,
                    "text": rule.text[lang],
                    "basis": [b.as_dict() for b in rule.basis],
                    "sources": self._sources(rule.sources),
                }
                by_date.setdefault(day, {"started": [], "ended": []})[kind].append(entry)
        return [
            {"date": day.isoformat(), "started": ev["started"], "ended": ev["ended"]}
            for day, ev in sorted(by_date.items(), reverse=True)
        ]

    def rules_as_data(self) -> list[dict[str, Any]]:
        """Every rule in a JSON-friendly shape (for the API)."""
        out = []
        for rule in self.rules:
            out.append(
                {
                    "id": rule.id,
                    "entitlements": list(rule.entitlements),
                    "statuses": list(rule.statuses),
                    "ages": list(rule.ages),
                    "conclusion": rule.conclusion,
                    "confidence": rule.confidence,
                    "basis": [b.as_dict() for b in rule.basis],
                    "sources": self._sources(rule.sources),
                    "valid_from": rule.valid_from.isoformat() if rule.valid_from else None,
                    "valid_to": rule.valid_to.isoformat() if rule.valid_to else None,
                    "last_checked": rule.last_checked.isoformat(),
                    "text": dict(rule.text),
                    "conditions": dict(rule.conditions) if rule.conditions else None,
                    "ask": dict(rule.ask) if rule.ask else None,
                    "variants": [
                        {
                            "when": dict(v.when),
                            "conclusion": v.conclusion,
                            "confidence": v.confidence,
                            "text": dict(v.text),
                        }
                        for v in rule.variants
                    ],
                }
            )
        return out


_NOTE_EEA_WORKER = {
    "nb": "EØS-borger som arbeider i Norge: behandlet som EØS-borger med oppholdsrett og medlem av folketrygden.",
    "nn": "EØS-borgar som arbeider i Noreg: handsama som EØS-borgar med opphaldsrett og medlem av folketrygda.",
    "en": "EEA citizen working in Norway: treated as an EEA citizen with a right of residence and a member of "
    "the National Insurance Scheme.",
}
_NOTE_MAYBE_CHILD = {
    "nb": "Alder ukjent, men personen kan være under 18: behandles som barn til alderen er avklart.",
    "nn": "Alder ukjend, men personen kan vere under 18: blir handsama som barn til alderen er avklart.",
    "en": "Age unknown but the person may be under 18: treated as a child until age is verified.",
}
_NOTE_AGE_UNKNOWN = {
    "nb": "Alder ukjent: svarene gjelder voksne over 26 år. Yngre voksne kan ha flere rettigheter (tannhelse, prevensjon).",
    "nn": "Alder ukjend: svara gjeld vaksne over 26 år. Yngre vaksne kan ha fleire rettar (tannhelse, prevensjon).",
    "en": "Age unknown: the answers are for adults over 26. Younger adults may have more rights (dental, contraception).",
}
_NOTE_DERIVED = {
    "nb": "Statusen er utledet fra svarene dine. Avklar status tidlig, gjerne med advokat.",
    "nn": "Statusen er utleidd frå svara dine. Avklar status tidleg, gjerne med advokat.",
    "en": "The status was derived from your answers. Clarify status early, ideally with a lawyer.",
}


def display(conclusion: str, confidence: str, ask: str, lang: str) -> str:
    """How a conclusion is shown. Uncertain rules always read "Uncertain – ask …", never a bare yes/no."""
    if conclusion == "uncertain" or confidence == "U":
        return f"{CONCLUSION_LABELS['uncertain'][lang]} {ask}".strip()
    return CONCLUSION_LABELS[conclusion][lang]


def _cells(rule: Rule) -> Iterable[tuple[str, str, str]]:
    for status in rule.statuses:
        for band in rule.ages:
            for entitlement in rule.entitlements:
                yield (status, band, entitlement)


# --- facts from plain parameters ------------------------------------------------------------------


def parse_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise FactsError(name, "bad_boolean", str(value))


def derive_status(answers: Mapping[str, Any]) -> str | None:
    """Derive a status from the plain questions; None when none of them were answered."""
    if not any(str(answers.get(q) or "").strip() for q in (*STATUS_QUESTIONS, "eea_stay")):
        return None
    if parse_bool("q_resident", answers.get("q_resident")):
        return "nor"
    if parse_bool("q_asylum", answers.get("q_asylum")):
        return "asy"
    if parse_bool("q_reflection", answers.get("q_reflection")):
        return "ref"
    if parse_bool("q_limited", answers.get("q_limited")):
        return "beg"
    if parse_bool("q_permit", answers.get("q_permit")):
        return "prm"
    stay = str(answers.get("eea_stay") or "").strip()
    if stay and stay not in EEA_STAY_VALUES:
        raise FactsError("eea_stay", "bad_choice", stay)
    if parse_bool("q_eea", answers.get("q_eea")) or stay:
        return {"short": "eea-s", "long": "eea-r", "lapsed": "eea-x"}.get(stay, "eea-x")
    return "unl"


def facts_from_params(params: Mapping[str, Any], statuses: Iterable[str], today: dt.date) -> Facts:
    """Build ``Facts`` from query parameters (strings); raise ``FactsError`` on bad input."""

    def get(name: str) -> str:
        value = params.get(name)
        return "" if value is None else str(value).strip()

    status = get("status")
    derived = False
    if status in ("", "unknown"):
        status = derive_status(params) or ""
        derived = True
        if not status:
            raise FactsError("status", "missing_status")
    elif status not in set(statuses):
        raise FactsError("status", "unknown_status", status)

    age: int | None = None
    raw_age = get("age")
    if raw_age:
        try:
            age = int(raw_age)
        except ValueError:
            raise FactsError("age", "bad_age", raw_age) from None
        if not 0 <= age <= MAX_AGE:
            raise FactsError("age", "age_out_of_range", raw_age)

    raw_date = get("date")
    day = today
    if raw_date:
        try:
            day = dt.date.fromisoformat(raw_date)
        except ValueError:
            raise FactsError("date", "bad_date", raw_date) from None
        if day < MIN_DATE:
            raise FactsError("date", "bad_date", raw_date)

    acts = get("acts") or "unknown"
    if acts not in ACTS_VALUES:
        raise FactsError("acts", "bad_choice", acts)

    return Facts(
        status=status,
        date=day,
        age=age,
        may_be_under_18=parse_bool("under18", params.get("under18")),
        pregnant=parse_bool("pregnant", params.get("pregnant")),
        ehic=parse_bool("ehic", params.get("ehic")),
        employed=parse_bool("employed", params.get("employed")),
        close_relation=parse_bool("close_relation", params.get("close_relation")),
        acts=acts,
        derived_from_questions=derived,
    )


# --- loading and validation -----------------------------------------------------------------------


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _conclusion(value: Any) -> Any:
    # YAML 1.1 reads unquoted yes/no as booleans; accept them rather than fail on a quoting slip.
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return value


class _Checker:
    def __init__(self, meta: dict[str, Any]):
        self.meta = meta
        self.problems: list[str] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def entry_id(self, file: str, raw: dict[str, Any], seen: set[str]) -> tuple[str, str]:
        """The entry's id and where it is; reports a missing or repeated id."""
        entry_id = str(raw.get("id") or "").strip()
        where = f"{file}:{entry_id or '<no id>'}"
        if not entry_id:
            self.problem(where, "missing id")
        elif entry_id in seen:
            self.problem(where, "duplicate id")
        seen.add(entry_id)
        return entry_id, where

    def texts(self, where: str, name: str, value: Any, required: bool = True) -> Mapping[str, str] | None:
        if value is None:
            if required:
                self.problem(where, f"missing '{name}' (needs {', '.join(LANGUAGES)})")
            return None
        if not isinstance(value, dict):
            self.problem(where, f"'{name}' must map languages to text")
            return None
        for lang in LANGUAGES:
            if not str(value.get(lang) or "").strip():
                self.problem(where, f"'{name}' has no '{lang}' text")
        return {lang: str(value.get(lang) or "") for lang in LANGUAGES}

    def expand(self, where: str, name: str, value: Any, known: Iterable[str], aliases: Mapping[str, list]):
        known = list(known)
        if value == "all":
            return tuple(known)
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            self.problem(where, f"'{name}' must be 'all', an alias or a non-empty list")
            return ()
        out: list[str] = []
        for item in value:
            item = str(item)
            if item in aliases:
                out.extend(aliases[item])
            elif item in known:
                out.append(item)
            else:
                self.problem(where, f"unknown {name} code '{item}'")
        if len(set(out)) != len(out):
            self.problem(where, f"'{name}' lists a code twice")
        return tuple(dict.fromkeys(out))

    def basis(self, where: str, value: Any, required: bool = True) -> tuple[Basis, ...]:
        if not value:
            if required:
                self.problem(where, "missing legal basis ('basis')")
            return ()
        out = []
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, dict) or not all(item.get(k) for k in ("law", "section", "url")):
                self.problem(where, "each basis needs law, section and url")
                continue
            if not str(item["url"]).startswith("https://lovdata.no/"):
                self.problem(where, f"basis url must be a Lovdata link: {item['url']}")
            out.append(Basis(str(item["law"]), str(item["section"]), str(item["url"])))
        return tuple(out)

    def sources(self, where: str, value: Any, required: bool = True) -> tuple[str, ...]:
        if not value:
            if required:
                self.problem(where, "missing sources")
            return ()
        out = []
        for tag in value if isinstance(value, list) else [value]:
            if tag not in self.meta["sources"]:
                self.problem(where, f"unknown source '{tag}'")
            else:
                out.append(str(tag))
        return tuple(out)

    def confidence(self, where: str, value: Any) -> str:
        if value not in CONFIDENCES:
            self.problem(where, f"confidence must be one of {'/'.join(CONFIDENCES)}, got {value!r}")
        return str(value)

    def dates(self, where: str, raw: dict[str, Any]) -> tuple[dt.date | None, dt.date | None, dt.date]:
        parsed: dict[str, dt.date | None] = {}
        for key in ("valid_from", "valid_to", "last_checked"):
            try:
                parsed[key] = _as_date(raw.get(key))
            except (TypeError, ValueError):
                self.problem(where, f"'{key}' is not a date (YYYY-MM-DD): {raw.get(key)!r}")
                parsed[key] = None
        start, end, checked = parsed["valid_from"], parsed["valid_to"], parsed["last_checked"]
        if start and end and start > end:
            self.problem(where, f"valid_from {start} is after valid_to {end}")
        if start and start < MIN_DATE:
            self.problem(where, f"valid_from {start} is before {MIN_DATE}")
        if checked is None:
            self.problem(where, "missing 'last_checked' date")
            checked = MIN_DATE
        return start, end, checked


def _read_yaml(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlLoader) or {}  # noqa: S506 (safe loader)
    except yaml.YAMLError as exc:
        problems.append(f"{path.name}: not valid YAML: {exc}")
        return {}
    if not isinstance(data, dict):
        problems.append(f"{path.name}: top level must be a mapping")
        return {}
    return data


def _check_meta(meta: dict[str, Any], problems: list[str]) -> None:
    for key in ("statuses", "age_bands", "entitlements", "groups", "sources"):
        if not isinstance(meta.get(key), dict) or not meta[key]:
            problems.append(f"{META_FILE}: missing '{key}'")
    if problems:
        return
    for code, source in meta["sources"].items():
        if not isinstance(source, dict) or not str(source.get("url", "")).startswith(("http://", "https://")):
            problems.append(f"{META_FILE}: source {code} needs a url")
    for code, ent in meta["entitlements"].items():
        if ent.get("group") not in meta["groups"]:
            problems.append(f"{META_FILE}: entitlement {code} has unknown group {ent.get('group')!r}")
    ages = sorted((band["min"], band["max"], code) for code, band in meta["age_bands"].items())
    expected = 0
    for low, high, code in ages:
        if low != expected or high < low:
            problems.append(
                f"{META_FILE}: age band {code} ({low}-{high}) leaves a gap or overlaps at age {expected}"
            )
        expected = high + 1
    if expected <= MAX_AGE:
        problems.append(f"{META_FILE}: age bands stop before age {MAX_AGE}")
    for section in ("statuses", "age_bands", "entitlements", "groups"):
        for code, labels in meta[section].items():
            for lang in LANGUAGES:
                if not str(labels.get(lang) or "").strip():
                    problems.append(f"{META_FILE}: {section}.{code} has no '{lang}' label")


def load_rules(directory: Path | str = RULES_DIR) -> RuleSet:
    """Load and validate the rule files in ``directory``; raise ``RuleValidationError`` if anything is off."""
    directory = Path(directory)
    problems: list[str] = []
    meta_path = directory / META_FILE
    if not meta_path.exists():
        raise RuleValidationError([f"{directory}: no {META_FILE}"])
    meta = _read_yaml(meta_path, problems)
    _check_meta(meta, problems)
    if problems:
        raise RuleValidationError(problems)
    meta.setdefault("age_aliases", {})
    meta.setdefault("status_aliases", {})
    check = _Checker(meta)
    rules: list[Rule] = []
    duties: list[Duty] = []
    seen_ids: set[str] = set()
    files = sorted(p for p in directory.glob("*.yaml") if p.name != META_FILE)
    for path in files:
        data = _read_yaml(path, check.problems)
        defaults = data.get("defaults") or {}
        for raw in data.get("rules") or []:
            rule = _parse_rule(check, path.name, {**defaults, **raw}, seen_ids)
            if rule:
                rules.append(rule)
        for raw in data.get("duties") or []:
            duty = _parse_duty(check, path.name, {**defaults, **raw}, seen_ids)
            if duty:
                duties.append(duty)
    if not rules:
        check.problems.append(f"{directory}: no rules found")
    if not check.problems:
        _check_coverage(meta, rules, check.problems)
    if check.problems:
        raise RuleValidationError(check.problems)
    return RuleSet(
        statuses=meta["statuses"],
        age_bands=meta["age_bands"],
        entitlements=meta["entitlements"],
        groups=meta["groups"],
        sources=meta["sources"],
        rules=rules,
        duties=duties,
    )


def _parse_rule(check: _Checker, file: str, raw: dict[str, Any], seen: set[str]) -> Rule | None:
    rule_id, where = check.entry_id(file, raw, seen)
    meta = check.meta
    entitlements = check.expand(where, "entitlement", raw.get("entitlement"), meta["entitlements"], {})
    statuses = check.expand(where, "status", raw.get("statuses"), meta["statuses"], meta["status_aliases"])
    ages = check.expand(where, "age band", raw.get("ages"), meta["age_bands"], meta["age_aliases"])
    conclusion = _conclusion(raw.get("conclusion"))
    if conclusion not in CONCLUSIONS:
        check.problem(where, f"conclusion must be one of {'/'.join(CONCLUSIONS)}, got {conclusion!r}")
    confidence = check.confidence(where, raw.get("confidence"))
    basis = check.basis(where, raw.get("basis"))
    sources = check.sources(where, raw.get("sources"))
    start, end, checked = check.dates(where, raw)
    text = check.texts(where, "text", raw.get("text"))
    conditions = check.texts(where, "conditions", raw.get("conditions"), required=False)
    ask = check.texts(where, "ask", raw.get("ask"), required=False)
    _check_uncertainty(check, where, conclusion, confidence, ask)
    variants = []
    for number, raw_variant in enumerate(raw.get("variants") or [], start=1):
        vwhere = f"{where} variant {number}"
        when = raw_variant.get("when") or {}
        if not isinstance(when, dict) or not when:
            check.problem(vwhere, "variant needs a non-empty 'when'")
            when = {}
        for key, value in when.items():
            if key not in VARIANT_FACTS or value not in VARIANT_FACTS[key]:
                check.problem(vwhere, f"unknown fact condition {key}={value!r}")
        v_conclusion = _conclusion(raw_variant.get("conclusion"))
        if v_conclusion not in CONCLUSIONS:
            check.problem(vwhere, f"bad conclusion {v_conclusion!r}")
        v_confidence = check.confidence(vwhere, raw_variant.get("confidence"))
        v_ask = check.texts(vwhere, "ask", raw_variant.get("ask"), required=False) or ask
        _check_uncertainty(check, vwhere, v_conclusion, v_confidence, v_ask)
        variants.append(
            Variant(
                when=tuple(sorted(when.items())),
                conclusion=str(v_conclusion),
                confidence=v_confidence,
                text=check.texts(vwhere, "text", raw_variant.get("text")) or {},
                basis=check.basis(vwhere, raw_variant.get("basis"), required=False),
                sources=check.sources(vwhere, raw_variant.get("sources"), required=False),
                conditions=check.texts(vwhere, "conditions", raw_variant.get("conditions"), required=False),
                ask=v_ask,
            )
        )
    return Rule(
        id=rule_id,
        entitlements=entitlements,
        statuses=statuses,
        ages=ages,
        conclusion=str(conclusion),
        confidence=confidence,
        basis=basis,
        sources=sources,
        valid_from=start,
        valid_to=end,
        last_checked=checked,
        text=text or {},
        conditions=conditions,
        ask=ask,
        variants=tuple(variants),
        file=file,
    )


def _check_uncertainty(check: _Checker, where: str, conclusion: Any, confidence: str, ask: Any) -> None:
    if (conclusion == "uncertain") != (confidence == "U"):
        check.problem(where, "an 'uncertain' conclusion goes with confidence U, and U with 'uncertain'")
    if conclusion == "uncertain" and not ask:
        check.problem(where, "an uncertain rule must say who to ask ('ask')")


def _parse_duty(check: _Checker, file: str, raw: dict[str, Any], seen: set[str]) -> Duty | None:
    duty_id, where = check.entry_id(file, raw, seen)
    meta = check.meta
    confidence = check.confidence(where, raw.get("confidence"))
    ask = check.texts(where, "ask", raw.get("ask"), required=False)
    if confidence == "U" and not ask:
        check.problem(where, "an uncertain duty must say who to ask ('ask')")
    _, _, checked = check.dates(where, raw)
    return Duty(
        id=duty_id,
        ages=check.expand(where, "age band", raw.get("ages"), meta["age_bands"], meta["age_aliases"]),
        confidence=confidence,
        basis=check.basis(where, raw.get("basis")),
        sources=check.sources(where, raw.get("sources")),
        title=check.texts(where, "title", raw.get("title")) or {},
        text=check.texts(where, "text", raw.get("text")) or {},
        note=check.texts(where, "note", raw.get("note"), required=False),
        ask=ask,
        last_checked=checked,
    )


def _check_coverage(meta: dict[str, Any], rules: list[Rule], problems: list[str]) -> None:
    """Every (status, band, entitlement) cell answered by exactly one rule on every date."""
    checkpoints = {MIN_DATE}
    for rule in rules:
        if rule.valid_from:
            checkpoints.add(rule.valid_from)
        if rule.valid_to:
            checkpoints.add(rule.valid_to + dt.timedelta(days=1))
    index: dict[tuple[str, str, str], list[Rule]] = {}
    for rule in rules:
        for cell in _cells(rule):
            index.setdefault(cell, []).append(rule)
    for status in meta["statuses"]:
        for band in meta["age_bands"]:
            for entitlement in meta["entitlements"]:
                cell = (status, band, entitlement)
                candidates = index.get(cell, [])
                for day in sorted(checkpoints):
                    active = [r.id for r in candidates if r.active_on(day)]
                    label = f"cell (status={status}, age={band}, entitlement={entitlement}) on {day}"
                    if not active:
                        problems.append(f"gap: {label} has no rule")
                    elif len(active) > 1:
                        problems.append(f"conflict: {label} has {len(active)} rules: {', '.join(active)}")


@lru_cache(maxsize=1)
def get_ruleset() -> RuleSet:
    """The validated rules shipped with Varde (loaded once per process)."""
    return load_rules(RULES_DIR)
