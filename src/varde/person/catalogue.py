"""The person's texts: one YAML file per language under ``texts/``, with a translation status.

Each file has ``meta`` (language, name, dir, status, translator, date) and ``texts`` (key -> text).
Bokmål (``nb.yaml``) is the source: its keys are the only keys allowed, and every ``{placeholder}`` in a
source text must appear in the translation. Pure Python (no Django), so the management command, the
staff view and the tests share it. Nothing here is machine-translated at run time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

TEXTS_DIR = Path(__file__).resolve().parent / "texts"
SOURCE_LANGUAGE = "nb"
FALLBACK_LANGUAGE = "en"
#: The order languages are offered in (nb, nn, en first, then the languages most often read by victims).
LANGUAGE_ORDER = (
    "nb", "nn", "en", "ro", "bg", "pl", "lt", "ru", "uk", "es", "fr", "pt", "ar", "ti", "th", "vi",
)  # fmt: skip
STATUSES = ("source", "draft", "reviewed")
DIRECTIONS = ("ltr", "rtl")
META_KEYS = ("language", "name", "dir", "status", "translator", "date")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class CatalogueError(ValueError):
    """A translation is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class Catalogue:
    language: str
    name: str
    dir: str
    status: str
    translator: str
    date: str
    texts: dict[str, str] = field(default_factory=dict)

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    @property
    def is_rtl(self) -> bool:
        return self.dir == "rtl"

    def get(self, key: str, **values: str) -> str:
        text = self.texts[key]
        return _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), text) if values else text

    def meta(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in META_KEYS}


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text or ""))


def _path(language: str, directory: Path | None) -> Path:
    return Path(directory or TEXTS_DIR) / f"{language}.yaml"


_cache: dict[tuple[str, float], Catalogue] = {}


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise CatalogueError([f"{path.name}: not valid YAML: {exc}"]) from None
    if not isinstance(data, dict) or not isinstance(data.get("meta"), dict):
        raise CatalogueError([f"{path.name}: needs 'meta' and 'texts'"])
    return data


def _build(data: dict) -> Catalogue:
    meta = data["meta"]
    return Catalogue(
        language=str(meta.get("language", "")),
        name=str(meta.get("name", "")),
        dir=str(meta.get("dir", "ltr")),
        status=str(meta.get("status", "draft")),
        translator=str(meta.get("translator") or ""),
        date=str(meta.get("date") or ""),
        texts={str(k): str(v) for k, v in (data.get("texts") or {}).items()},
    )


def load(language: str, directory: Path | None = None) -> Catalogue:
    """The catalogue for ``language`` (cached by file modification time). Raises ``LookupError`` if absent."""
    path = _path(language, directory)
    if not path.exists():
        raise LookupError(language)
    key = (str(path), path.stat().st_mtime)
    if key not in _cache:
        _cache[key] = _build(_read(path))
    return _cache[key]


def available(directory: Path | None = None) -> list[str]:
    """Languages that have a file, in the preferred order."""
    present = {p.stem for p in Path(directory or TEXTS_DIR).glob("*.yaml")}
    return [code for code in LANGUAGE_ORDER if code in present] + sorted(present - set(LANGUAGE_ORDER))


def validate(language: str, meta: dict, texts: dict[str, str], source: Catalogue) -> list[str]:
    """Every problem with a translation measured against the source catalogue."""
    problems = []
    for key in META_KEYS:
        if not str(meta.get(key) or "").strip() and key not in ("translator",):
            problems.append(f"{language}: meta '{key}' is missing")
    if meta.get("language") not in (None, language):
        problems.append(f"{language}: meta language is {meta.get('language')!r}")
    if meta.get("status") not in STATUSES:
        problems.append(f"{language}: status must be one of {', '.join(STATUSES)}")
    if meta.get("status") == "reviewed" and not str(meta.get("translator") or "").strip():
        problems.append(f"{language}: a reviewed translation must name its translator")
    if meta.get("dir") not in DIRECTIONS:
        problems.append(f"{language}: dir must be ltr or rtl")
    try:
        dt.date.fromisoformat(str(meta.get("date")))
    except ValueError:
        problems.append(f"{language}: date must be YYYY-MM-DD, got {meta.get('date')!r}")
    for key in sorted(set(texts) - set(source.texts)):
        problems.append(f"{language}: unknown key '{key}'")
    for key, original in source.texts.items():
        text = texts.get(key)
        if not str(text or "").strip():
            problems.append(f"{language}: '{key}' is missing")
            continue
        want, got = placeholders(original), placeholders(text)
        if want != got:
            problems.append(
                f"{language}: '{key}' must keep the placeholders {sorted(want)} (has {sorted(got)})"
            )
    return problems


def validate_file(language: str, directory: Path | None = None) -> list[str]:
    data = _read(_path(language, directory))
    source = load(SOURCE_LANGUAGE, directory)
    return validate(language, data["meta"], data.get("texts") or {}, source)


def save(language: str, meta: dict, texts: dict[str, str], directory: Path | None = None) -> Path:
    """Validate and write a catalogue; raise ``CatalogueError`` and write nothing if anything is off."""
    source = load(SOURCE_LANGUAGE, directory)
    problems = validate(language, meta, texts, source)
    if problems:
        raise CatalogueError(problems)
    ordered = {key: texts[key] for key in source.texts}
    data = {"meta": {k: meta.get(k, "") for k in META_KEYS}, "texts": ordered}
    path = _path(language, directory)
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    tmp.replace(path)
    return path
