"""The knowledge portal's content, kept as data and loaded by ``varde.knowledge.demo``.

Written in our own words from the research notes in ``shared/knowledge`` (never copied). Body notation:
``("h", heading)``, ``("p", text)`` (blank line = new paragraph), ``("cite", text, [source keys])``,
``("important"|"note"|"children", title, text)``, ``("uncertain", text)`` (a visible "uncertain" callout
for facts marked [U] in the notes), ``("check", title, [items])``, ``("acc", [(summary, text), …])``,
``("contact", name, url, phone, text)`` and ``("src", source key, note)``.
"""

from varde.knowledge.content.pages_a import PAGES as _A
from varde.knowledge.content.pages_b import PAGES as _B
from varde.knowledge.content.sources import INDEX, SOURCES

PAGES = [*_A, *_B]

__all__ = ["INDEX", "PAGES", "SOURCES"]
