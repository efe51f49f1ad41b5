"""Template tags for the site chrome."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

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
