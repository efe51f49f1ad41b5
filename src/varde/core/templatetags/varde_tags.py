"""Template tags for the site chrome."""

import re

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from varde.core.i18n import localized_path
from varde.core.routing import live_translations

register = template.Library()

LANGUAGE_NAMES = {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the same page in each language.

    For a Wagtail page we follow its live translations (slugs may differ); a page with no translation
    in a language links to that language's home page. For other views we let Django translate the URL.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translations = {}
    if page is not None and hasattr(page, "get_translations"):
        for translation in live_translations(page):  # fetched by the router along with the page
            translations[translation.locale.language_code] = translation.get_url(request)
    links = []
    for code, _name in settings.LANGUAGES:
        if page is not None and hasattr(page, "get_translations"):
            url = translations.get(code) or localized_path("/", code)
        elif request is not None:
            url = translate_url(request.path, code)
        else:
            url = localized_path("/", code)
        links.append(
            {"code": code, "name": LANGUAGE_NAMES.get(code, code), "url": url, "current": code == current}
        )
    return links


_PLAIN_SLUG = re.compile(r"[A-Za-z0-9_-]+")


@register.simple_tag(takes_context=True)
def list_pageurl(context, page) -> str:
    """``{% pageurl %}`` for pages listed together (search hits, a section's pages).

    Wagtail works out each URL from the site root paths, the page's language and ``reverse()``; for
    pages under the same parent only the slug differs. The first page under a parent gets its URL from
    Wagtail, and the prefix in front of its slug is remembered for the request, so its siblings cost a
    string join. Pages with their own URL logic, or slugs that would need quoting, always ask Wagtail.
    """
    request = context.get("request")
    url_path = getattr(page, "url_path", "") or ""
    if request is None or type(page).get_url_parts is not Page.get_url_parts or not url_path.endswith("/"):
        return page.get_url(request=request) or ""
    parent_path, _sep, slug = url_path[:-1].rpartition("/")
    if not _PLAIN_SLUG.fullmatch(slug):
        return page.get_url(request=request) or ""
    prefixes = request.__dict__.setdefault("_varde_url_prefixes", {})
    key = (parent_path, page.locale_id)
    if key in prefixes:
        return f"{prefixes[key]}{slug}/"
    url = page.get_url(request=request) or ""
    if url.endswith(f"/{slug}/"):
        prefixes[key] = url[: -len(slug) - 1]
    return url
