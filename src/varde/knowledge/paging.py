"""Page numbers for long lists (the topic index and search results): ``?side=N``, 1-based.

Anything that is not a plain positive number counts as page 1, so a mistyped link shows the first page
rather than an error. Pages past the last one show the last page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

PAGE_PARAM = "side"
MAX_PAGE = 10_000


def page_number(value: str | None) -> int:
    value = (value or "").strip()
    if not value.isdecimal() or len(value) > 5:
        return 1
    return min(max(int(value), 1), MAX_PAGE)


@dataclass(frozen=True)
class PageInfo:
    number: int
    size: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.size))

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def previous_number(self) -> int:
        return self.number - 1

    @property
    def next_number(self) -> int:
        return self.number + 1


def clamp(number: int, *, size: int, total: int) -> PageInfo:
    """The page to show: ``number``, or the last page if there are fewer."""
    last = max(1, math.ceil(total / size))
    return PageInfo(number=min(number, last), size=size, total=total)
