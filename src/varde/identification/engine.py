"""Identification check engine: observed signs + context -> concern level, reasons, duties and next steps.

Pure Python, no Django (import-linter enforces this). The indicator set is data in ``rules/indicators.yaml``
and is validated when it is loaded. The combination rule is documented in ``docs/identification.md``.

Method (ILO/European Commission, "Operational indicators of trafficking in human beings", 2009,
https://www.ilo.org/sites/default/files/wcmsp5/groups/public/@ed_norm/@declaration/documents/publication/wcms_105023.pdf):

* each indicator belongs to one of six dimensions and is graded strong / medium / weak;
* a dimension is positive with >= 2 strong, or 1 strong + 1 medium or weak, or >= 3 medium, or
  2 medium + 1 weak;
* adults: positive on a recruitment dimension (A, B or C) + exploitation (D) + coercion or abuse of
  vulnerability at destination (E or F); children: a recruitment dimension + D (means not required).

Every threshold counts only "yes" answers and is monotone, so adding a "yes" can never lower the level and
"don't know" (treated as not-yes, but listed for follow-up) can never lower it either.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from enum import IntEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

RULES_PATH = Path(__file__).parent / "rules" / "indicators.yaml"
ILO_URL = (
    "https://www.ilo.org/sites/default/files/wcmsp5/groups/public/@ed_norm/@declaration/documents/"
    "publication/wcms_105023.pdf"
)

LANGS = ("nb", "nn", "en")
ANSWERS = ("yes", "no", "unknown")
STRENGTHS = ("strong", "medium", "weak")
FORMS = ("sexual", "labour", "begging_crime", "organ_removal")
APPLIES = ("adults", "children", "both")
ELEMENTS = ("action", "means", "purpose")
FLAGS = ("companion", "grave", "profit")
AGES = ("adult", "under_18", "maybe_under_18")
TRISTATE = ("yes", "no", "unknown")
TOPICS = ("contact", "health", "control", "work", "recruitment")
DIMENSIONS = (
    "deceptive_recruitment",
    "coercive_recruitment",
    "recruitment_vulnerability",
    "exploitative_conditions",
    "coercion_destination",
    "vulnerability_destination",
)
RECRUITMENT = DIMENSIONS[:3]
EXPLOITATION = "exploitative_conditions"
DESTINATION = DIMENSIONS[4:]


class RulesError(ValueError):
    """The indicator file is missing, malformed or inconsistent."""


class InputError(ValueError):
    """The assessment input is invalid (unknown indicator id, bad answer or context value)."""


class Level(IntEnum):
    NONE = 0
    SOME = 1
    STRONG = 2
    ACUTE = 3

    @property
    def key(self) -> str:
        return self.name.lower()


# --- Rules -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Indicator:
    id: str
    topic: str
    dimension: str
    strength: str
    strength_child: str
    forms: tuple[str, ...]
    applies_to: str
    element: str
    flags: tuple[str, ...]
    sources: tuple[str, ...]
    text: dict[str, str]
    help: dict[str, str]
    uncertain: bool = False

    def applies(self, child: bool) -> bool:
        return self.applies_to == "both" or self.applies_to == ("children" if child else "adults")

    def strength_for(self, child: bool) -> str:
        return self.strength_child if child else self.strength


@dataclass(frozen=True)
class RuleSet:
    version: str
    valid_from: _dt.date
    sources: dict[str, str]
    indicators: tuple[Indicator, ...]
    uncertain_notes: tuple[dict[str, str], ...]

    @property
    def by_id(self) -> dict[str, Indicator]:
        return {ind.id: ind for ind in self.indicators}

    def for_context(self, child: bool, forms: tuple[str, ...] = ()) -> list[Indicator]:
        """Indicators to ask about: matching the age group and, if forms are given, one of them."""
        wanted = set(forms)
        return [
            ind for ind in self.indicators if ind.applies(child) and (not wanted or wanted & set(ind.forms))
        ]


def _need(cond: bool, where: str, msg: str) -> None:
    if not cond:
        raise RulesError(f"{where}: {msg}")


def _langs(value: Any, where: str) -> dict[str, str]:
    _need(isinstance(value, dict), where, "must be a mapping with nb, nn and en")
    for lang in LANGS:
        _need(
            isinstance(value.get(lang), str) and value[lang].strip() != "", where, f"missing text for {lang}"
        )
    return {lang: value[lang].strip() for lang in LANGS}


def parse_rules(data: Any, origin: str = "indicators.yaml") -> RuleSet:
    """Validate raw YAML data and build a RuleSet. Raises RulesError with the place of the problem."""
    _need(isinstance(data, dict), origin, "top level must be a mapping")
    version = data.get("version")
    _need(isinstance(version, str) and version != "", origin, "'version' must be a non-empty string")
    valid_from = data.get("valid_from")
    if isinstance(valid_from, str):
        try:
            valid_from = _dt.date.fromisoformat(valid_from)
        except ValueError as exc:
            raise RulesError(f"{origin}: 'valid_from' is not an ISO date") from exc
    _need(isinstance(valid_from, _dt.date), origin, "'valid_from' must be a date (YYYY-MM-DD)")
    sources = data.get("sources")
    _need(isinstance(sources, dict) and bool(sources), origin, "'sources' must be a non-empty mapping")
    for key, url in sources.items():
        _need(isinstance(url, str) and url.startswith("http"), f"{origin} sources.{key}", "must be a URL")
    raw = data.get("indicators")
    _need(isinstance(raw, list) and bool(raw), origin, "'indicators' must be a non-empty list")
    seen: set[str] = set()
    indicators = []
    for pos, item in enumerate(raw):
        where = f"{origin} indicators[{pos}]"
        _need(isinstance(item, dict), where, "must be a mapping")
        ind_id = item.get("id")
        _need(
            isinstance(ind_id, str) and ind_id.isidentifier(), where, "'id' must be a snake_case identifier"
        )
        where = f"{origin} indicator '{ind_id}'"
        _need(ind_id not in seen, where, "duplicate id")
        seen.add(ind_id)
        for key, allowed in (
            ("topic", TOPICS),
            ("dimension", DIMENSIONS),
            ("strength", STRENGTHS),
            ("applies_to", APPLIES),
            ("element", ELEMENTS),
        ):
            _need(item.get(key) in allowed, where, f"'{key}' must be one of {', '.join(allowed)}")
        strength_child = item.get("strength_child", item["strength"])
        _need(strength_child in STRENGTHS, where, f"'strength_child' must be one of {', '.join(STRENGTHS)}")
        # Design invariant: treating someone as a child must never weaken a sign (see docs).
        _need(
            STRENGTHS.index(strength_child) <= STRENGTHS.index(item["strength"]),
            where,
            "'strength_child' must not be weaker than 'strength'",
        )
        forms = item.get("forms")
        _need(
            isinstance(forms, list) and bool(forms) and all(f in FORMS for f in forms),
            where,
            f"'forms' must be a non-empty list of {', '.join(FORMS)}",
        )
        flags = item.get("flags", [])
        _need(
            isinstance(flags, list) and all(f in FLAGS for f in flags), where, f"'flags' must be in {FLAGS}"
        )
        src = item.get("source")
        src = [src] if isinstance(src, str) else src
        _need(isinstance(src, list) and bool(src), where, "'source' must name at least one source")
        for key in src:
            _need(key in sources, where, f"unknown source '{key}'")
        uncertain = item.get("uncertain", False)
        _need(isinstance(uncertain, bool), where, "'uncertain' must be true or false")
        indicators.append(
            Indicator(
                id=ind_id,
                topic=item["topic"],
                dimension=item["dimension"],
                strength=item["strength"],
                strength_child=strength_child,
                forms=tuple(forms),
                applies_to=item["applies_to"],
                element=item["element"],
                flags=tuple(flags),
                sources=tuple(src),
                text=_langs(item.get("text"), f"{where} text"),
                help=_langs(item.get("help"), f"{where} help"),
                uncertain=uncertain,
            )
        )
    notes = data.get("uncertain_notes", [])
    _need(isinstance(notes, list), origin, "'uncertain_notes' must be a list")
    parsed_notes = []
    for pos, note in enumerate(notes):
        where = f"{origin} uncertain_notes[{pos}]"
        _need(isinstance(note, dict) and isinstance(note.get("id"), str), where, "needs an 'id'")
        parsed_notes.append({"id": note["id"], **_langs(note, where)})
    return RuleSet(
        version=version,
        valid_from=valid_from,
        sources={str(k): v for k, v in sources.items()},
        indicators=tuple(indicators),
        uncertain_notes=tuple(parsed_notes),
    )


def load_rules(path: Path | str = RULES_PATH) -> RuleSet:
    """Read and validate an indicator file (yaml.safe_load). Raises RulesError on any problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError(f"{path}: cannot read indicator file ({exc})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: not valid YAML ({exc})") from exc
    return parse_rules(data, origin=path.name)


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    return load_rules(RULES_PATH)


# --- Input and output ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    age: str = "maybe_under_18"  # adult | under_18 | maybe_under_18 (presumption of minority)
    forms: tuple[str, ...] = ()  # suspected forms; empty = not known
    ongoing: str = "unknown"  # yes | no | unknown
    acute_danger: str = "unknown"  # yes | no | unknown

    @property
    def treated_as_child(self) -> bool:
        return self.age in ("under_18", "maybe_under_18")


@dataclass(frozen=True)
class Reason:
    code: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Duty:
    id: str  # opplysningsplikt | avvergingsplikt | taushetsplikt
    status: str  # applies | consider
    url: str


@dataclass(frozen=True)
class Step:
    id: str
    link: str


@dataclass(frozen=True)
class DimensionResult:
    id: str
    positive: bool
    strong: int
    medium: int
    weak: int


@dataclass(frozen=True)
class Result:
    level: Level
    treated_as_child: bool
    signs_level: Level  # the level from the signs alone, before the acute-danger gate
    pattern_met: bool
    elements_met: bool
    dimensions: tuple[DimensionResult, ...]
    elements_supported: tuple[str, ...]
    elements_required: tuple[str, ...]
    yes: tuple[str, ...]
    unknown: tuple[str, ...]
    ignored: tuple[str, ...]
    grave_factors: tuple[str, ...]
    companion_flag: bool
    reasons: tuple[Reason, ...]
    duties: tuple[Duty, ...]
    steps: tuple[Step, ...]
    caveats: tuple[str, ...]
    uncertain: tuple[str, ...]
    rules_version: str
    rules_valid_from: str

    @property
    def positive_dimensions(self) -> tuple[str, ...]:
        return tuple(d.id for d in self.dimensions if d.positive)


def dimension_positive(strong: int, medium: int, weak: int) -> bool:
    """ILO/EC rule: >=2 strong, or 1 strong + 1 medium/weak, or >=3 medium, or 2 medium + 1 weak."""
    return strong >= 2 or (strong >= 1 and medium + weak >= 1) or medium >= 3 or (medium >= 2 and weak >= 1)


# Link targets (help directory and rights navigator). The UI prefixes the language when needed.
# The directory's parameters and category slugs are a documented contract (docs/directory.md).
LINKS = {
    "call_112": "/hjelp/?need=police&open=24-7",
    "assess_danger": "/hjelp/?need=police&open=24-7",
    "child_welfare_police": "/hjelp/?need=child_welfare&group=child&open=24-7",
    "bufdir_advice": "/hjelp/?need=child_welfare&group=child",
    "police_avert": "/hjelp/?need=police",
    "talk_alone": "/hjelp/?need=helpline",
    "interpreter": "/hjelp/?need=interpreter",
    "inform_rights": "/rettigheter/sjekk/",
    "rosa": "/hjelp/?need=helpline",
    "document": "/hjelp/?need=trauma_competence",
    "stay_alert": "/hjelp/?need=helpline",
}
DUTY_URLS = {
    "opplysningsplikt": "https://helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/opplysningsplikt-m.v/-33.opplysningsplikt-til-barnevernet",
    "avvergingsplikt": "https://www.politiet.no/rad/menneskehandel/mistenker-du-at-noen-er-utsatt-for-menneskehandel/",
    "taushetsplikt": "https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/taushetsplikt-og-opplysningsrett/-21.hovedregel-om-taushetsplikt",
}
CAVEATS = ("not_a_verdict", "no_single_sign", "research_tool", "us_screens", "ask_advice", "nothing_stored")


def _check_tri(name: str, value: str) -> None:
    if value not in TRISTATE:
        raise InputError(f"'{name}' must be one of yes, no, unknown (got {value!r})")


def assess(answers: dict[str, str], context: Context, rules: RuleSet | None = None) -> Result:
    """Assess observed answers (indicator id -> yes/no/unknown) in a context. Raises InputError."""
    rules = rules or default_rules()
    if context.age not in AGES:
        raise InputError(f"'age' must be one of {', '.join(AGES)} (got {context.age!r})")
    _check_tri("ongoing", context.ongoing)
    _check_tri("acute_danger", context.acute_danger)
    bad_forms = [f for f in context.forms if f not in FORMS]
    if bad_forms:
        raise InputError(f"unknown form(s): {', '.join(map(str, bad_forms))}")
    by_id = rules.by_id
    unknown_ids = sorted(str(k) for k in answers if k not in by_id)
    if unknown_ids:
        raise InputError(f"unknown indicator id(s): {', '.join(unknown_ids)}")
    for key, value in answers.items():
        if value not in ANSWERS:
            raise InputError(f"answer for '{key}' must be one of yes, no, unknown (got {value!r})")

    child = context.treated_as_child
    order = {ind.id: pos for pos, ind in enumerate(rules.indicators)}
    ids = sorted(answers, key=order.__getitem__)
    ignored = tuple(i for i in ids if not by_id[i].applies(child))
    yes = tuple(i for i in ids if answers[i] == "yes" and by_id[i].applies(child))
    unknown = tuple(i for i in ids if answers[i] == "unknown" and by_id[i].applies(child))

    # 1. Dimensions (ILO/EC rule), with the child strengths where the person is treated as a child.
    counts = {d: {"strong": 0, "medium": 0, "weak": 0} for d in DIMENSIONS}
    for i in yes:
        counts[by_id[i].dimension][by_id[i].strength_for(child)] += 1
    dims = tuple(
        DimensionResult(
            d, dimension_positive(c["strong"], c["medium"], c["weak"]), c["strong"], c["medium"], c["weak"]
        )
        for d, c in counts.items()
    )
    positive = {d.id for d in dims if d.positive}

    # 2. ILO victim pattern. Children: recruitment + exploitation; means (destination) not required.
    recruitment = bool(positive & set(RECRUITMENT))
    exploitation = EXPLOITATION in positive
    destination = bool(positive & set(DESTINATION))
    pattern_met = recruitment and exploitation and (child or destination)

    # 3. Straffeloven § 257 elements: each required element backed by a strong or medium "yes".
    supported = tuple(
        e
        for e in ELEMENTS
        if any(by_id[i].element == e and by_id[i].strength_for(child) != "weak" for i in yes)
    )
    required = ("action", "purpose") if child else ELEMENTS
    elements_met = bool(positive) and all(e in supported for e in required)

    # 4. Level from the signs.
    strong_yes = [i for i in yes if by_id[i].strength_for(child) == "strong"]
    medium_yes = [i for i in yes if by_id[i].strength_for(child) == "medium"]
    if pattern_met or elements_met:
        signs_level = Level.STRONG
    elif positive or strong_yes or len(medium_yes) >= 2 or (child and yes):
        signs_level = Level.SOME
    else:
        signs_level = Level.NONE
    level = Level.ACUTE if context.acute_danger == "yes" else signs_level

    # 5. § 258 factors and flags.
    grave = []
    if child:
        grave.append("under_18")
    if any("grave" in by_id[i].flags for i in yes):
        grave.append("serious_violence_or_coercion")
    if any("profit" in by_id[i].flags for i in yes):
        grave.append("considerable_profit")
    companion = any("companion" in by_id[i].flags for i in yes)

    # 6. Duties.
    duties = []
    if child:
        duties.append(
            Duty(
                "opplysningsplikt",
                "applies" if level >= Level.SOME else "consider",
                DUTY_URLS["opplysningsplikt"],
            )
        )
    trafficking_likely = signs_level >= Level.STRONG
    can_avert = context.ongoing != "no"
    # Profit cannot be judged well from a consultation, so it alone only ever asks the worker to consider.
    firm_grave = [g for g in grave if g != "considerable_profit"]
    if firm_grave and trafficking_likely and can_avert:
        duties.append(Duty("avvergingsplikt", "applies", DUTY_URLS["avvergingsplikt"]))
    elif grave and signs_level >= Level.SOME:
        duties.append(Duty("avvergingsplikt", "consider", DUTY_URLS["avvergingsplikt"]))
    duties.append(Duty("taushetsplikt", "applies", DUTY_URLS["taushetsplikt"]))
    avert_applies = any(d.id == "avvergingsplikt" and d.status == "applies" for d in duties)

    # 7. Ordered next steps.
    steps: list[str] = []
    if context.acute_danger == "yes":
        steps.append("call_112")
    elif context.acute_danger == "unknown":
        steps.append("assess_danger")
    if child and level >= Level.SOME:
        steps.append("child_welfare_police")
    if avert_applies and not (child and level >= Level.SOME):
        steps.append("police_avert")
    if level >= Level.SOME or companion:
        steps += ["talk_alone", "interpreter", "inform_rights"]
        steps.append("bufdir_advice" if child else "rosa")
    else:
        steps += ["stay_alert", "bufdir_advice" if child else "rosa"]
    steps.append("document")

    # 8. Reasons.
    reasons = [Reason("level", {"level": level.key})]
    if context.acute_danger == "yes":
        reasons.append(Reason("acute_danger"))
    if child:
        reasons.append(Reason("child_means_not_required", {"age": context.age}))
    for d in dims:
        if d.positive:
            reasons.append(Reason("dimension_positive", {"dimension": d.id}))
    reasons.append(Reason("pattern_met" if pattern_met else "pattern_not_met", {"child": child}))
    if elements_met:
        reasons.append(Reason("elements_met", {"elements": list(required)}))
    missing = [e for e in required if e not in supported]
    if missing:
        reasons.append(Reason("elements_missing", {"elements": missing}))
    if yes and signs_level == Level.SOME and not positive:
        reasons.append(Reason("signs_below_dimension_rule", {"count": len(yes)}))
    for g in grave:
        reasons.append(Reason("grave_factor", {"factor": g}))
    if unknown:
        reasons.append(Reason("unknown_to_follow_up", {"count": len(unknown)}))
    if companion:
        reasons.append(Reason("companion_flag"))
    if context.ongoing == "no" and grave and signs_level >= Level.STRONG:
        reasons.append(Reason("maybe_not_avertable"))

    uncertain = [n["id"] for n in rules.uncertain_notes]
    if any(by_id[i].uncertain for i in yes):
        uncertain.append("uncertain_signs_used")
    return Result(
        level=level,
        treated_as_child=child,
        signs_level=signs_level,
        pattern_met=pattern_met,
        elements_met=elements_met,
        dimensions=dims,
        elements_supported=supported,
        elements_required=required,
        yes=yes,
        unknown=unknown,
        ignored=ignored,
        grave_factors=tuple(grave),
        companion_flag=companion,
        reasons=tuple(reasons),
        duties=tuple(duties),
        steps=tuple(Step(s, LINKS[s]) for s in dict.fromkeys(steps)),
        caveats=CAVEATS,
        uncertain=tuple(dict.fromkeys(uncertain)),
        rules_version=rules.version,
        rules_valid_from=rules.valid_from.isoformat(),
    )


# --- Texts (nb / nn / en) and the concern note ------------------------------------------------------

TEXTS: dict[str, dict[str, str]] = {
    # Levels
    "level.none": {
        "nb": "Ingen tydelige tegn nå",
        "nn": "Ingen tydelege teikn no",
        "en": "No clear signs at present",
    },
    "level.some": {
        "nb": "Noen tegn – følg opp",
        "nn": "Nokre teikn – følg opp",
        "en": "Some signs – follow up",
    },
    "level.strong": {
        "nb": "Sterke tegn – mulig offer for menneskehandel",
        "nn": "Sterke teikn – mogleg offer for menneskehandel",
        "en": "Strong signs – possible victim of trafficking",
    },
    "level.acute": {
        "nb": "Akutt fare",
        "nn": "Akutt fare",
        "en": "Acute danger",
    },
    # Dimensions (ILO/EC)
    "dim.deceptive_recruitment": {
        "nb": "Lurt inn (rekruttering ved bedrag)",
        "nn": "Lurt inn (rekruttering ved svik)",
        "en": "Deceptive recruitment",
    },
    "dim.coercive_recruitment": {
        "nb": "Tvunget inn (rekruttering ved tvang)",
        "nn": "Tvinga inn (rekruttering ved tvang)",
        "en": "Coercive recruitment",
    },
    "dim.recruitment_vulnerability": {
        "nb": "Sårbarhet utnyttet ved rekruttering",
        "nn": "Sårbarheit utnytta ved rekruttering",
        "en": "Recruitment by abuse of vulnerability",
    },
    "dim.exploitative_conditions": {
        "nb": "Utnyttende forhold",
        "nn": "Utnyttande tilhøve",
        "en": "Exploitative conditions",
    },
    "dim.coercion_destination": {
        "nb": "Tvang og kontroll her",
        "nn": "Tvang og kontroll her",
        "en": "Coercion at destination",
    },
    "dim.vulnerability_destination": {
        "nb": "Sårbarhet utnyttet her",
        "nn": "Sårbarheit utnytta her",
        "en": "Abuse of vulnerability at destination",
    },
    # Legal elements
    "element.action": {"nb": "handling", "nn": "handling", "en": "action"},
    "element.means": {"nb": "middel", "nn": "middel", "en": "means"},
    "element.purpose": {"nb": "formål", "nn": "føremål", "en": "purpose"},
    # Duties
    "duty.opplysningsplikt.applies": {
        "nb": "Opplysningsplikt til barnevernet: Du har grunn til å tro at et barn kan bli utnyttet. "
        "Meld fra til barnevernet straks. Plikten går foran taushetsplikten.",
        "nn": "Opplysningsplikt til barnevernet: Du har grunn til å tru at eit barn kan bli utnytta. "
        "Meld frå til barnevernet straks. Plikta går føre teieplikta.",
        "en": "Duty to inform child welfare: you have reason to believe a child may be exploited. "
        "Report to child welfare services (barnevernet) at once. This duty overrides confidentiality.",
    },
    "duty.opplysningsplikt.consider": {
        "nb": "Opplysningsplikt til barnevernet: Tegnene er svake nå. Drøft saken uten navn med Bufdirs "
        "rådgivningstelefon 466 15 000 og vurder melding.",
        "nn": "Opplysningsplikt til barnevernet: Teikna er svake no. Drøft saka utan namn med Bufdirs "
        "rådgjevingstelefon 466 15 000 og vurder melding.",
        "en": "Duty to inform child welfare: the signs are weak for now. Discuss the case without names "
        "with Bufdir's advice line 466 15 000 and consider reporting.",
    },
    "duty.avvergingsplikt.applies": {
        "nb": "Avvergingsplikt (straffeloven § 196): Grov menneskehandel (§ 258) virker mest sannsynlig og "
        "kan fortsatt avverges. Varsle politiet. Plikten går foran taushetsplikten.",
        "nn": "Avvergingsplikt (straffelova § 196): Grov menneskehandel (§ 258) verkar mest sannsynleg og "
        "kan framleis avvergast. Varsle politiet. Plikta går føre teieplikta.",
        "en": "Duty to avert (Penal Code § 196): aggravated trafficking (§ 258) seems most likely and can "
        "still be averted. Notify the police. This duty overrides confidentiality.",
    },
    "duty.avvergingsplikt.consider": {
        "nb": "Avvergingsplikt (straffeloven § 196): Det finnes tegn på grov menneskehandel (§ 258). "
        "Vurder om det er mest sannsynlig og om det kan avverges – drøft med politiet eller ROSA.",
        "nn": "Avvergingsplikt (straffelova § 196): Det finst teikn på grov menneskehandel (§ 258). "
        "Vurder om det er mest sannsynleg og om det kan avvergast – drøft med politiet eller ROSA.",
        "en": "Duty to avert (Penal Code § 196): there are signs of aggravated trafficking (§ 258). "
        "Consider whether it is most likely and can be averted – discuss with the police or ROSA.",
    },
    "duty.taushetsplikt.applies": {
        "nb": "Taushetsplikt og samtykke: Ellers gjelder taushetsplikten. Del opplysninger og henvis videre "
        "bare med personens samtykke, med mindre en plikt over gjelder.",
        "nn": "Teieplikt og samtykke: Elles gjeld teieplikta. Del opplysningar og vis vidare berre med "
        "samtykke frå personen, med mindre ei plikt over gjeld.",
        "en": "Confidentiality and consent: otherwise confidentiality applies. Share information and refer "
        "only with the person's consent, unless a duty above applies.",
    },
    # Steps
    "step.call_112": {
        "nb": "Ring 112 nå. Politiet kan også nås på 02800.",
        "nn": "Ring 112 no. Politiet kan også nåast på 02800.",
        "en": "Call 112 now. The police can also be reached on 02800.",
    },
    "step.assess_danger": {
        "nb": "Finn ut om personen er i fare nå. Ved fare: ring 112.",
        "nn": "Finn ut om personen er i fare no. Ved fare: ring 112.",
        "en": "Find out whether the person is in danger now. If so, call 112.",
    },
    "step.child_welfare_police": {
        "nb": "Kontakt barnevernet straks – barnevernsvakta utenom kontortid – og politiet. Barnet kan ikke "
        "velge bort hjelp.",
        "nn": "Kontakt barnevernet straks – barnevernsvakta utanom kontortid – og politiet. Barnet kan ikkje "
        "velje bort hjelp.",
        "en": "Contact child welfare at once – the child welfare emergency service out of hours – and the "
        "police. A child cannot opt out of help.",
    },
    "step.police_avert": {
        "nb": "Varsle politiet for å avverge grov menneskehandel.",
        "nn": "Varsle politiet for å avverje grov menneskehandel.",
        "en": "Notify the police to avert aggravated trafficking.",
    },
    "step.talk_alone": {
        "nb": "Snakk med personen alene. Går ikke det nå, gi en ny time snart.",
        "nn": "Snakk med personen åleine. Går ikkje det no, gje ein ny time snart.",
        "en": "Talk with the person alone. If that is not possible now, give a new appointment soon.",
    },
    "step.interpreter": {
        "nb": "Bruk kvalifisert tolk – aldri en følgeperson eller noen fra personens nettverk.",
        "nn": "Bruk kvalifisert tolk – aldri ein følgjeperson eller nokon frå nettverket til personen.",
        "en": "Use a qualified interpreter – never a companion or anyone from the person's network.",
    },
    "step.inform_rights": {
        "nb": "Gi konkret informasjon om rettigheter og hjelp.",
        "nn": "Gje konkret informasjon om rettar og hjelp.",
        "en": "Give concrete information about rights and help.",
    },
    "step.rosa": {
        "nb": "Ring ROSA for råd, døgnåpent: 22 33 11 60. Henvis med personens samtykke.",
        "nn": "Ring ROSA for råd, ope heile døgnet: 22 33 11 60. Vis vidare med samtykke frå personen.",
        "en": "Call ROSA for advice, open 24/7: 22 33 11 60. Refer with the person's consent.",
    },
    "step.bufdir_advice": {
        "nb": "Be om råd fra Bufdir om mindreårige ofre: 466 15 000.",
        "nn": "Be om råd frå Bufdir om mindreårige offer: 466 15 000.",
        "en": "Ask Bufdir for advice about minor victims: 466 15 000.",
    },
    "step.stay_alert": {
        "nb": "Vær oppmerksom ved neste kontakt og still åpne spørsmål når dere er alene.",
        "nn": "Ver merksam ved neste kontakt og still opne spørsmål når de er åleine.",
        "en": "Stay alert at the next contact and ask open questions when you are alone.",
    },
    "step.document": {
        "nb": "Dokumenter bekymringen i journalen, for eksempel med bekymringsnotatet.",
        "nn": "Dokumenter uroa i journalen, til dømes med uronotatet.",
        "en": "Document the concern in the patient record, for example with the concern note.",
    },
    # Reasons
    "reason.level": {"nb": "Nivå: {level}", "nn": "Nivå: {level}", "en": "Level: {level}"},
    "reason.acute_danger": {
        "nb": "Du har svart at personen er i akutt fare.",
        "nn": "Du har svart at personen er i akutt fare.",
        "en": "You answered that the person is in acute danger.",
    },
    "reason.child_means_not_required": {
        "nb": "Personen kan være under 18 og behandles som barn til alder er avklart. For barn kreves ikke "
        "tvangsmiddel (straffeloven § 257 tredje ledd).",
        "nn": "Personen kan vere under 18 og blir behandla som barn til alder er avklart. For born krevst "
        "ikkje tvangsmiddel (straffelova § 257 tredje ledd).",
        "en": "The person may be under 18 and is treated as a child until age is known. For a child no "
        "means of coercion is required (Penal Code § 257 third paragraph).",
    },
    "reason.dimension_positive": {
        "nb": "Positiv dimensjon etter ILO-metoden: {dimension}",
        "nn": "Positiv dimensjon etter ILO-metoden: {dimension}",
        "en": "Positive dimension under the ILO method: {dimension}",
    },
    "reason.pattern_met": {
        "nb": "ILO-mønsteret for mulig offer er oppfylt.",
        "nn": "ILO-mønsteret for mogleg offer er oppfylt.",
        "en": "The ILO pattern for a possible victim is met.",
    },
    "reason.pattern_not_met": {
        "nb": "ILO-mønsteret for mulig offer er ikke oppfylt med svarene så langt.",
        "nn": "ILO-mønsteret for mogleg offer er ikkje oppfylt med svara så langt.",
        "en": "The ILO pattern for a possible victim is not met by the answers so far.",
    },
    "reason.elements_met": {
        "nb": "Alle elementene i straffeloven § 257 som kreves, har støtte: {elements}",
        "nn": "Alle elementa i straffelova § 257 som krevst, har støtte: {elements}",
        "en": "Every required element of Penal Code § 257 has support: {elements}",
    },
    "reason.elements_missing": {
        "nb": "Elementer i § 257 uten støtte ennå: {elements}",
        "nn": "Element i § 257 utan støtte enno: {elements}",
        "en": "Elements of § 257 without support yet: {elements}",
    },
    "reason.signs_below_dimension_rule": {
        "nb": "Enkelttegn er observert. De er grunn til å følge opp, selv om ingen dimensjon er positiv.",
        "nn": "Enkeltteikn er observerte. Dei er grunn til å følgje opp, sjølv om ingen dimensjon er positiv.",
        "en": "Single signs were observed. They are reason to follow up, although no dimension is positive.",
    },
    "reason.grave_factor": {
        "nb": "Tegn på grov menneskehandel (§ 258): {factor}",
        "nn": "Teikn på grov menneskehandel (§ 258): {factor}",
        "en": "Sign of aggravated trafficking (§ 258): {factor}",
    },
    "reason.unknown_to_follow_up": {
        "nb": "{count} spørsmål er besvart med «vet ikke». De teller ikke ned – prøv å avklare dem.",
        "nn": "{count} spørsmål er svara med «veit ikkje». Dei tel ikkje ned – prøv å avklare dei.",
        "en": "{count} questions were answered 'don't know'. They never lower the result – try to clarify them.",
    },
    "reason.companion_flag": {
        "nb": "Tegn på kontroll i kontakten: snakk alene med personen og bruk egen tolk.",
        "nn": "Teikn på kontroll i kontakten: snakk åleine med personen og bruk eigen tolk.",
        "en": "Signs of control during the contact: talk with the person alone and use your own interpreter.",
    },
    "reason.maybe_not_avertable": {
        "nb": "Utnyttingen er oppgitt å være over. Vurder likevel om følgene kan avverges.",
        "nn": "Utnyttinga er oppgitt å vere over. Vurder likevel om følgjene kan avvergast.",
        "en": "The exploitation is said to be over. Still consider whether its consequences can be averted.",
    },
    "grave.under_18": {"nb": "under 18 år", "nn": "under 18 år", "en": "under 18"},
    "grave.serious_violence_or_coercion": {
        "nb": "grov vold eller tvang",
        "nn": "grov vald eller tvang",
        "en": "serious violence or coercion",
    },
    "grave.considerable_profit": {
        "nb": "mulig betydelig utbytte (usikker vurdering)",
        "nn": "mogleg betydeleg utbyte (usikker vurdering)",
        "en": "possible considerable profit (uncertain judgement)",
    },
    # Caveats
    "caveat.not_a_verdict": {
        "nb": "Dette er ikke en konklusjon. Du skal ikke avgjøre om det er menneskehandel – en begrunnet "
        "bekymring er nok til å handle.",
        "nn": "Dette er ikkje ein konklusjon. Du skal ikkje avgjere om det er menneskehandel – ei grunngjeven "
        "uro er nok til å handle.",
        "en": "This is not a verdict. It is not for you to decide whether this is trafficking – a reasoned "
        "concern is enough to act.",
    },
    "caveat.no_single_sign": {
        "nb": "Ingen enkeltindikator bekrefter eller utelukker menneskehandel, og tegnene kan ha andre årsaker.",
        "nn": "Ingen enkeltindikator stadfestar eller utelukkar menneskehandel, og teikna kan ha andre årsaker.",
        "en": "No single sign confirms or rules out trafficking, and the signs may have other causes.",
    },
    "caveat.research_tool": {
        "nb": "ILO-indikatorene ble laget for forskning og datainnsamling, ikke for klinisk vurdering.",
        "nn": "ILO-indikatorane vart laga for forsking og datainnsamling, ikkje for klinisk vurdering.",
        "en": "The ILO indicators were made for research and data collection, not for clinical assessment.",
    },
    "caveat.us_screens": {
        "nb": "Validerte screeningverktøy finnes bare fra USA og er ikke prøvd ut i Norge.",
        "nn": "Validerte screeningverktøy finst berre frå USA og er ikkje prøvde ut i Noreg.",
        "en": "Validated screening tools exist only from the USA and are not tested in Norway.",
    },
    "caveat.ask_advice": {
        "nb": "Er du i tvil, spør ROSA (22 33 11 60) eller, for barn, Bufdir (466 15 000).",
        "nn": "Er du i tvil, spør ROSA (22 33 11 60) eller, for born, Bufdir (466 15 000).",
        "en": "If in doubt, ask ROSA (22 33 11 60) or, for children, Bufdir (466 15 000).",
    },
    "caveat.nothing_stored": {
        "nb": "Varde lagrer ingenting av det du har svart.",
        "nn": "Varde lagrar ingenting av det du har svart.",
        "en": "Varde stores none of your answers.",
    },
    "uncertain.uncertain_signs_used": {
        "nb": "Minst ett av tegnene du har svart ja på har usikker vekting.",
        "nn": "Minst eitt av teikna du har svart ja på har usikker vekting.",
        "en": "At least one of the signs you answered yes to has an uncertain weighting.",
    },
    # Note
    "note.title": {
        "nb": "Bekymringsnotat – mulig menneskehandel",
        "nn": "Uronotat – mogleg menneskehandel",
        "en": "Concern note – possible human trafficking",
    },
    "note.tool": {
        "nb": "Laget med Vardes identifiseringssjekk, indikatorsett {version} (gyldig fra {valid_from}).",
        "nn": "Laga med identifiseringssjekken i Varde, indikatorsett {version} (gyldig frå {valid_from}).",
        "en": "Made with Varde's identification check, indicator set {version} (valid from {valid_from}).",
    },
    "note.level": {"nb": "Vurdering", "nn": "Vurdering", "en": "Assessment"},
    "note.child": {
        "nb": "Personen kan være under 18 år og behandles som barn.",
        "nn": "Personen kan vere under 18 år og blir behandla som barn.",
        "en": "The person may be under 18 and is treated as a child.",
    },
    "note.acute": {
        "nb": "Personen ble vurdert å være i akutt fare.",
        "nn": "Personen vart vurdert å vere i akutt fare.",
        "en": "The person was judged to be in acute danger.",
    },
    "note.signs": {"nb": "Observerte tegn", "nn": "Observerte teikn", "en": "Signs observed"},
    "note.no_signs": {
        "nb": "Ingen tegn registrert.",
        "nn": "Ingen teikn registrerte.",
        "en": "No signs recorded.",
    },
    "note.unknown": {
        "nb": "Ikke avklart ennå",
        "nn": "Ikkje avklart enno",
        "en": "Not yet clarified",
    },
    "note.elements": {
        "nb": "Elementer i straffeloven § 257 med støtte",
        "nn": "Element i straffelova § 257 med støtte",
        "en": "Elements of Penal Code § 257 with support",
    },
    "note.none": {"nb": "ingen", "nn": "ingen", "en": "none"},
    "note.duties": {"nb": "Plikter", "nn": "Plikter", "en": "Duties"},
    "note.steps": {"nb": "Neste steg", "nn": "Neste steg", "en": "Next steps"},
    "note.caveat": {"nb": "Forbehold", "nn": "Atterhald", "en": "Caveats"},
    "note.no_identifiers": {
        "nb": "Notatet inneholder ingen personopplysninger. Legg det i journalen til riktig pasient.",
        "nn": "Notatet inneheld ingen personopplysningar. Legg det i journalen til rett pasient.",
        "en": "The note holds no personal identifiers. File it in the right patient's record.",
    },
    "note.method": {
        "nb": "Metode: ILO/EU-kommisjonens operasjonelle indikatorer (2009), {url}",
        "nn": "Metode: ILO/EU-kommisjonen sine operasjonelle indikatorar (2009), {url}",
        "en": "Method: ILO/European Commission operational indicators (2009), {url}",
    },
}


def text(key: str, lang: str = "nb", **kwargs: Any) -> str:
    """Look up an engine text in nb/nn/en (falls back to nb) and fill in its placeholders."""
    entry = TEXTS[key]
    return entry.get(lang, entry["nb"]).format(**kwargs)


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "nb"


def reason_text(reason: Reason, lang: str = "nb") -> str:
    lang = _lang(lang)
    d = dict(reason.detail)
    if "level" in d:
        d["level"] = text(f"level.{d['level']}", lang)
    if "dimension" in d:
        d["dimension"] = text(f"dim.{d['dimension']}", lang)
    if "elements" in d:
        d["elements"] = ", ".join(text(f"element.{e}", lang) for e in d["elements"])
    if "factor" in d:
        d["factor"] = text(f"grave.{d['factor']}", lang)
    return text(f"reason.{reason.code}", lang, **d)


def duty_text(duty: Duty, lang: str = "nb") -> str:
    return text(f"duty.{duty.id}.{duty.status}", _lang(lang))


def step_text(step: Step, lang: str = "nb") -> str:
    return text(f"step.{step.id}", _lang(lang))


def uncertain_texts(result: Result, rules: RuleSet | None = None, lang: str = "nb") -> list[str]:
    rules = rules or default_rules()
    lang = _lang(lang)
    notes = {n["id"]: n[lang] for n in rules.uncertain_notes}
    return [notes[u] if u in notes else text(f"uncertain.{u}", lang) for u in result.uncertain]


def concern_note(result: Result, lang: str = "nb", rules: RuleSet | None = None) -> str:
    """Plain-text note for the patient record: signs, level, duties, steps. Holds no identifiers.

    Only texts from the indicator set and the engine go into the note; nothing typed by the user does.
    """
    rules = rules or default_rules()
    lang = _lang(lang)
    by_id = rules.by_id
    lines = [text("note.title", lang), "=" * len(text("note.title", lang))]
    lines.append(text("note.tool", lang, version=result.rules_version, valid_from=result.rules_valid_from))
    lines.append("")
    lines.append(f"{text('note.level', lang)}: {text('level.' + result.level.key, lang)}")
    if result.level == Level.ACUTE:
        lines.append(text("note.acute", lang))
    if result.treated_as_child:
        lines.append(text("note.child", lang))
    lines += ["", f"{text('note.signs', lang)}:"]
    lines += [f"- {by_id[i].text[lang]}" for i in result.yes] or [f"- {text('note.no_signs', lang)}"]
    if result.unknown:
        lines += ["", f"{text('note.unknown', lang)}:"]
        lines += [f"- {by_id[i].text[lang]}" for i in result.unknown]
    supported = ", ".join(text(f"element.{e}", lang) for e in result.elements_supported)
    lines += ["", f"{text('note.elements', lang)}: {supported or text('note.none', lang)}"]
    for reason in result.reasons:
        if reason.code in ("dimension_positive", "pattern_met", "elements_met", "grave_factor"):
            lines.append(f"- {reason_text(reason, lang)}")
    lines += ["", f"{text('note.duties', lang)}:"]
    lines += [f"- {duty_text(d, lang)}" for d in result.duties]
    lines += ["", f"{text('note.steps', lang)}:"]
    lines += [f"{n}. {step_text(s, lang)}" for n, s in enumerate(result.steps, start=1)]
    lines += ["", f"{text('note.caveat', lang)}:"]
    lines += [f"- {text('caveat.' + c, lang)}" for c in result.caveats]
    lines += [f"- {u}" for u in uncertain_texts(result, rules, lang)]
    lines += ["", text("note.method", lang, url=ILO_URL), text("note.no_identifiers", lang)]
    return "\n".join(lines)
