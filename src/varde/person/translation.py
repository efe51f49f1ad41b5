"""Export a language as a PO file for a translator, and import it back with validation.

One entry per text key: ``msgctxt`` is the key, ``msgid`` the English text (what translators work
from), ``msgstr`` the translation; the bokmål source is in the translator comment. The header carries
the translation status (``X-Varde-Status``) and ``Last-Translator``. Importing validates everything
(unknown keys, placeholders kept, nothing missing) before a single byte is written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polib

from varde.person import catalogue

STATUS_HEADER = "X-Varde-Status"


def export_po(language: str, *, directory: Path | None = None) -> str:
    """The PO text for ``language`` (its current translations as msgstr; empty where none yet)."""
    source = catalogue.load(catalogue.SOURCE_LANGUAGE, directory)
    english = catalogue.load("en", directory)
    try:
        target = catalogue.load(language, directory)
    except LookupError:
        target = None
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "Varde person information",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Last-Translator": target.translator if target else "",
        "PO-Revision-Date": target.date if target else "",
        STATUS_HEADER: target.status if target else "draft",
        "X-Varde-Name": target.name if target else "",
        "X-Varde-Dir": target.dir if target else "ltr",
    }
    for key, nb_text in source.texts.items():
        po.append(
            polib.POEntry(
                msgctxt=key,
                msgid=english.texts.get(key, nb_text),
                msgstr=(target.texts.get(key, "") if target else ""),
                tcomment=f"nb: {nb_text}",
            )
        )
    return str(po)


def import_po(
    language: str,
    po_text: str,
    *,
    directory: Path | None = None,
    status: str | None = None,
    translator: str | None = None,
    today: dt.date | None = None,
) -> Path:
    """Validate a PO file and write it as the catalogue for ``language``.

    Raises ``catalogue.CatalogueError`` (listing every problem) and writes nothing when the file has
    unknown keys, lost placeholders, missing texts, duplicate keys or a different language.
    """
    try:
        po = polib.pofile(po_text)
    except (OSError, ValueError) as exc:
        raise catalogue.CatalogueError([f"not a valid PO file: {exc}"]) from None
    problems = []
    declared = po.metadata.get("Language", "").strip()
    if declared and declared != language:
        problems.append(f"the file is for '{declared}', not '{language}'")
    texts: dict[str, str] = {}
    for entry in po:
        if entry.obsolete:
            continue
        if not entry.msgctxt:
            problems.append(f"entry without a key (msgctxt): {entry.msgid[:40]!r}")
            continue
        if entry.msgctxt in texts:
            problems.append(f"key '{entry.msgctxt}' appears twice")
        texts[entry.msgctxt] = entry.msgstr
    if problems:
        raise catalogue.CatalogueError(problems)
    try:
        current = catalogue.load(language, directory).meta()
    except LookupError:
        current = {}
    meta = {
        "language": language,
        "name": po.metadata.get("X-Varde-Name") or current.get("name", ""),
        "dir": po.metadata.get("X-Varde-Dir") or current.get("dir", "ltr"),
        "status": status or po.metadata.get(STATUS_HEADER) or "draft",
        "translator": translator if translator is not None else po.metadata.get("Last-Translator", ""),
        "date": (today or dt.date.today()).isoformat(),
    }
    return catalogue.save(language, meta, texts, directory)
