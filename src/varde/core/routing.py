"""Page routing in one query, whatever the depth of the page.

Wagtail routes ``/kurs/kurs-a/modul-1/leksjon-1/`` one level at a time: a query for each child and one
for each ``.specific``, so a page four levels down costs eight queries before it renders, then two
more for the view-restriction check, and one for the language switcher's translations.

``SiteRootRoutingMixin.route`` (on the site's root page type) fetches, in one query, every page
that can lie on the path (by depth and slug under the root), the root's ancestors, and the live
translations of those pages, each row marked with whether a view restriction applies to it. It then
walks the path level by level exactly as Wagtail's ``Page.route`` does: a routable page whose own
routes match the rest of the path serves it, a page type with a custom ``route`` takes over, a
missing level is a 404, and only the page that answers is loaded as its specific type (one more
query). The parent is cached on each page (``get_parent()`` costs nothing), the view-restriction
check needs no query when no restriction applies (``RoutedPageMixin``), and ``live_translations``
gives the language switcher the translations without a query.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction
from wagtail.url_routing import RouteResult

NO_RESTRICTIONS = "_varde_no_view_restrictions"
TRANSLATIONS = "_varde_live_translations"


class RoutedPageMixin:
    """Use the router's knowledge that no view restriction applies, instead of two queries."""

    def get_view_restrictions(self):
        if getattr(self, NO_RESTRICTIONS, False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def live_translations(page) -> list:
    """The live translations of ``page`` (itself included) with their locale: from the router if it
    fetched them, otherwise one query."""
    prefetched = getattr(page, TRANSLATIONS, None)
    if prefetched is not None:
        return prefetched
    return list(page.get_translations(inclusive=True).live().select_related("locale"))


def _ancestor_paths(path: str) -> list[str]:
    step = Page.steplen
    return [path[:end] for end in range(step, len(path) + 1, step)]


def _route_kind(cls) -> str:
    route = getattr(cls, "route", Page.route)
    if route is Page.route:
        return "default"
    if route is RoutablePageMixin.route:
        return "routable"
    return "custom"


class SiteRootRoutingMixin(RoutedPageMixin):
    """For the page type at the root of a site: route any path with two queries (see the module)."""

    def route(self, request, path_components):
        depth = self.depth
        on_path = Q()
        for level, slug in enumerate(path_components, start=1):
            on_path |= Q(depth=depth + level, slug=slug)
        # The ids wanted, as a UNION of parts that each use an index (path, translation key, slug), so
        # PostgreSQL looks up a handful of rows. The same parts joined with OR made it read the whole
        # page table (6 ms at 10 000 pages on every request; docs/knowledge.md).
        parts = [
            Page.objects.filter(path__in=_ancestor_paths(self.path)).values("pk").order_by(),
            Page.objects.filter(translation_key=self.translation_key, live=True).values("pk").order_by(),
        ]
        if path_components:
            pages_on_path = Page.objects.filter(on_path, path__startswith=self.path)
            parts.append(pages_on_path.values("pk").order_by())
            parts.append(
                Page.objects.filter(translation_key__in=pages_on_path.values("translation_key"), live=True)
                .values("pk")
                .order_by()
            )
        wanted = Q(pk__in=parts[0].union(*parts[1:], all=True))
        restriction = PageViewRestriction.objects.filter(
            Q(page_id=OuterRef("pk")) | Q(page_id=OuterRef("alias_of_id"))
        )
        rows = list(
            Page.objects.filter(wanted)
            .select_related("locale")
            .annotate(view_restricted=Exists(restriction))
            .order_by("path")
        )
        by_path = {row.path: row for row in rows}
        translations: dict[str, list] = {}
        for row in rows:
            if row.live:
                translations.setdefault(str(row.translation_key), []).append(row)

        parent = self
        remaining = list(path_components)
        while remaining:
            slug, remaining = remaining[0], remaining[1:]
            child = next(
                (
                    row
                    for row in rows
                    if row.depth == parent.depth + 1 and row.slug == slug and row.path.startswith(parent.path)
                ),
                None,
            )
            if child is None:
                raise Http404
            child._cached_parent_obj = parent
            kind = _route_kind(child.specific_class)
            if remaining and kind == "routable" and child.live:
                try:
                    child.specific_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
                except Http404:
                    pass
                else:
                    return self._answer(child, remaining, request, by_path, translations)
            if not remaining or kind == "custom":
                return self._answer(child, remaining, request, by_path, translations)
            parent = child
        return self._answer(self, [], request, by_path, translations, specific=True)

    def _answer(self, page, remaining, request, by_path, translations, *, specific=False) -> RouteResult:
        chain = [by_path.get(path) for path in _ancestor_paths(page.path)]
        if all(row is not None and not row.view_restricted for row in chain):
            setattr(page, NO_RESTRICTIONS, True)
        setattr(page, TRANSLATIONS, translations.get(str(page.translation_key), []))
        if specific:
            return super().route(request, remaining)
        return page.specific.route(request, remaining)
