"""Norwegian query processing for the knowledge search, in plain Python (no Django, no Wagtail).

Steps, each testable on its own:

* ``normalise``: lower case, letters and digits only, collapsed spaces, bounded length.
* ``expand``: turn a normalised query into groups of alternative terms. Every group must match
  (AND); any alternative in a group may match (OR). Alternatives come from the synonym list,
  from decompounding (``menneskehandelsofre`` → ``menneskehandel`` + ``ofre``, with the linking
  ``s``/``e`` Norwegian compounds use) and from light stemming against the indexed vocabulary.
* ``suggest``: a "Mente du …?" correction for words the vocabulary does not know (difflib).
* ``snippet``: a window of a page's text around the first hit, split into plain and marked parts.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

MAX_QUERY_LENGTH = 200
MIN_PART_LENGTH = 3
ENDING_LENGTH = 4  # compounds are looked up for words of at least this many letters
LINKING_LETTERS = ("s", "e")
WORD_RE = re.compile(r"[0-9a-zæøåäöüéèáàóòêôç]+")

# Each line is a group of equivalent terms; multi-word terms are matched as phrases in the query.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("menneskehandel", "trafficking", "human trafficking", "menneskehandelen"),
    ("papirløse", "papirløs", "uten lovlig opphold", "udokumenterte", "irregulære migranter", "undocumented"),
    ("utnyttelse", "utnytting", "utnytta", "utnyttet", "exploitation"),
    ("tvangsarbeid", "arbeidsutnyttelse", "arbeidsutnytting", "forced labour", "forced labor"),
    ("prostitusjon", "seksuell utnyttelse", "sexsalg", "salg av sex", "sex trafficking"),
    ("tigging", "tvangstigging", "begging"),
    ("organfjerning", "fjerning av organer", "organhandel", "organ removal"),
    ("barnevern", "barnevernet", "barneverntjenesten", "barnevernstjenesten", "child welfare"),
    ("taushetsplikt", "konfidensialitet", "confidentiality"),
    ("avvergingsplikt", "avvergeplikt", "avvergelsesplikt"),
    ("opplysningsplikt", "meldeplikt", "bekymringsmelding"),
    ("samtykke", "consent", "informert samtykke"),
    ("tolk", "tolking", "tolketjeneste", "interpreter"),
    ("id-papirer", "idpapirer", "identitetspapirer", "legitimasjon", "pass", "id"),
    ("offer", "ofre", "ofrene", "utsatte", "victim", "victims"),
    ("journal", "pasientjournal", "journalføring", "dokumentasjon", "dokumentere"),
    ("refleksjonsperiode", "refleksjonstid", "reflection period"),
    ("traumebevisst", "traumeinformert", "traumesensitiv", "trauma"),
    ("mindreårig", "mindreårige", "barn", "under 18"),
    ("aldersvurdering", "alderstvil", "tvil om alder", "age assessment"),
    ("henvisning", "henvise", "tilvising", "referral"),
    ("rettshjelp", "fri rettshjelp", "bistandsadvokat", "advokat", "legal aid"),
    ("politi", "politiet", "police"),
    ("helsehjelp", "helsetjenester", "behandling", "health care"),
    ("psykisk helse", "psykiske plager", "mental health"),
    ("tegn", "indikatorer", "signs", "indicators"),
)

_SUFFIXES = (
    "ene",
    "ane",
    "ens",
    "ets",
    "het",
    "heten",
    "else",
    "elsen",
    "ing",
    "ingen",
    "inger",
    "er",
    "en",
    "et",
    "ar",
    "a",
    "e",
    "s",
)


@dataclass(frozen=True)
class Vocabulary:
    """The words of the published pages, with an index from light stem to words and one from the last
    ``ENDING_LENGTH`` letters to words (so finding compounds does not scan the whole vocabulary)."""

    words: frozenset[str]
    stems: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    endings: Mapping[str, tuple[str, ...]] | None = None

    @classmethod
    def build(cls, words: Iterable[str]) -> Vocabulary:
        clean = frozenset(w for w in words if len(w) >= 2)
        stems: dict[str, list[str]] = {}
        endings: dict[str, list[str]] = {}
        for word in clean:
            stems.setdefault(stem(word), []).append(word)
            if len(word) >= ENDING_LENGTH:
                endings.setdefault(word[-ENDING_LENGTH:], []).append(word)
        return cls(
            words=clean,
            stems={key: tuple(sorted(v)) for key, v in stems.items()},
            endings={key: tuple(sorted(v)) for key, v in endings.items()},
        )

    def ending_with(self, ending: str) -> Iterable[str]:
        """Words ending with ``ending`` (at least ``ENDING_LENGTH`` letters), in sorted order."""
        if self.endings is None:
            return (w for w in sorted(self.words) if w.endswith(ending))
        return (w for w in self.endings.get(ending[-ENDING_LENGTH:], ()) if w.endswith(ending))

    def __contains__(self, word: str) -> bool:
        return word in self.words


def normalise(query: str) -> str:
    """Lower-case words only, single spaces, at most ``MAX_QUERY_LENGTH`` characters."""
    words = WORD_RE.findall((query or "").lower().replace("-", ""))
    return " ".join(words)[:MAX_QUERY_LENGTH].strip()


def tokenize(text: str) -> list[str]:
    return WORD_RE.findall((text or "").lower().replace("-", ""))


def stem(word: str) -> str:
    """A light Norwegian stemmer: strips one common inflection suffix, keeping 4 letters or more."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _known(word: str, vocabulary: Vocabulary) -> bool:
    """In the vocabulary, or an inflected form of a word in it (a bare stem such as "handl" is not)."""
    if word in vocabulary:
        return True
    stemmed = stem(word)
    return stemmed != word and stemmed in vocabulary.stems


def decompound(word: str, vocabulary: Vocabulary, *, _depth: int = 0) -> list[str] | None:
    """Split a compound into known words, allowing a linking s or e. None if no split is found.

    The longest known first part wins, so ``menneskehandelsofre`` becomes
    ``["menneskehandel", "ofre"]`` rather than ``["menneske", "handels", …]``.
    """
    if _depth > 3 or len(word) < 2 * MIN_PART_LENGTH:
        return None
    for cut in range(len(word) - MIN_PART_LENGTH, MIN_PART_LENGTH - 1, -1):
        head, rest = word[:cut], word[cut:]
        if not _known(head, vocabulary):
            continue
        if head not in vocabulary and head[-1] in LINKING_LETTERS and head[:-1] in vocabulary:
            head = head[:-1]  # "menneskehandels" + "ofre" is reported as "menneskehandel" + "ofre"
        tails = [rest] + [rest[1:] for link in LINKING_LETTERS if rest.startswith(link)]
        for tail in tails:
            if len(tail) < MIN_PART_LENGTH:
                continue
            if _known(tail, vocabulary):
                return [head, tail]
            deeper = decompound(tail, vocabulary, _depth=_depth + 1)
            if deeper:
                return [head, *deeper]
    return None


def _synonym_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for group in SYNONYM_GROUPS:
        normalised = tuple(normalise(term) for term in group)
        for term in normalised:
            index[term] = tuple(dict.fromkeys((*index.get(term, ()), *normalised)))
    return index


SYNONYMS = _synonym_index()
_PHRASES = sorted((t for t in SYNONYMS if " " in t), key=len, reverse=True)


def _split_phrases(query: str) -> list[str]:
    """Split a normalised query into units: known multi-word synonyms stay whole."""
    units: list[str] = []
    words = query.split()
    i = 0
    while i < len(words):
        for phrase in _PHRASES:
            size = phrase.count(" ") + 1
            if " ".join(words[i : i + size]) == phrase:
                units.append(phrase)
                i += size
                break
        else:
            units.append(words[i])
            i += 1
    return units


STOPWORDS = frozenset(
    [
        "og",
        "i",
        "på",
        "til",
        "av",
        "for",
        "med",
        "om",
        "som",
        "er",
        "en",
        "et",
        "ei",
        "den",
        "det",
        "de",
        "å",
        "at",
        "har",
        "kan",
        "ikke",
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "an",
    ]
)


def expand(query: str, vocabulary: Vocabulary) -> list[list[str]]:
    """Groups of alternatives for a normalised query (see the module docstring)."""
    groups: list[list[str]] = []
    for unit in _split_phrases(query):
        if unit in STOPWORDS:
            continue
        alternatives = [unit, *SYNONYMS.get(unit, ())]
        if " " not in unit:
            alternatives += vocabulary.stems.get(stem(unit), ())
            alternatives += compounds_ending_with(unit, vocabulary)
            parts = None if unit in vocabulary else decompound(unit, vocabulary)
            if parts:
                for part in parts:
                    alternatives += [part, *SYNONYMS.get(part, ()), *vocabulary.stems.get(stem(part), ())[:5]]
        else:
            words = unit.split()
            for i, word in enumerate(words):
                for compound in compounds_ending_with(word, vocabulary, limit=3):
                    alternatives.append(" ".join([*words[:i], compound, *words[i + 1 :]]))
        groups.append(list(dict.fromkeys(alternatives)))
    return groups


def compounds_ending_with(word: str, vocabulary: Vocabulary, *, limit: int = 8) -> list[str]:
    """Known compounds whose last part is ``word`` (``plager`` → ``helseplager``), for recall."""
    if len(word) < ENDING_LENGTH:
        return []
    found = []
    for candidate in vocabulary.ending_with(word):
        if len(candidate) > len(word) + 2:
            head = candidate[: -len(word)]
            heads = [head] + [head[:-1] for link in LINKING_LETTERS if head.endswith(link)]
            if any(len(h) >= MIN_PART_LENGTH and _known(h, vocabulary) for h in heads):
                found.append(candidate)
                if len(found) >= limit:
                    break
    return found


def unknown_words(query: str, vocabulary: Vocabulary) -> list[str]:
    return [
        w
        for w in query.split()
        if w not in STOPWORDS
        and not _known(w, vocabulary)
        and w not in SYNONYMS
        and not decompound(w, vocabulary)
    ]


def closest(word: str, vocabulary: Vocabulary, *, cutoff: float = 0.75) -> str | None:
    matches = difflib.get_close_matches(word, vocabulary.words, n=1, cutoff=cutoff)
    return matches[0] if matches else None


def suggest(query: str, vocabulary: Vocabulary, *, corrector=None) -> str | None:
    """Replace unknown words by their closest vocabulary word; None if nothing changes."""
    corrector = corrector or (lambda w: closest(w, vocabulary))
    changed = False
    words = []
    for word in query.split():
        if word in STOPWORDS or _known(word, vocabulary) or word in SYNONYMS or decompound(word, vocabulary):
            words.append(word)
            continue
        better = corrector(word)
        if better and better != word:
            words.append(better)
            changed = True
        else:
            words.append(word)
    return " ".join(words) if changed else None


def snippet(text: str, terms: Iterable[str], *, width: int = 220) -> list[tuple[str, bool]]:
    """A window of ``text`` around the first hit; parts are (text, is_hit). Matches whole-word prefixes."""
    words = sorted({t for term in terms for t in term.split() if len(t) >= 3}, key=len, reverse=True)
    text = " ".join((text or "").split())
    if not words:
        return [(text[:width] + ("…" if len(text) > width else ""), False)] if text else []
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, (first.start() if first else 0) - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    window = text[start : start + width]
    parts: list[tuple[str, bool]] = [("…", False)] if start else []
    pos = 0
    for match in pattern.finditer(window):
        if match.start() > pos:
            parts.append((window[pos : match.start()], False))
        parts.append((match.group(0), True))
        pos = match.end()
    parts.append((window[pos:] + ("…" if start + width < len(text) else ""), False))
    return [p for p in parts if p[0]]
