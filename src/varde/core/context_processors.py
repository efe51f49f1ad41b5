"""Template context shared by every public page (header, navigation, footer)."""

from django.conf import settings
from django.utils.translation import get_language

from varde.core.i18n import localized_path
from varde.core.navigation import MAIN_NAVIGATION


def site_chrome(request):
    language = get_language() or settings.LANGUAGE_CODE
    current_path = request.path
    nav = []
    for item in MAIN_NAVIGATION:
        url = localized_path(f"/{item.slug}/", language)
        nav.append(
            {
                "label": item.label,
                "description": item.description,
                "url": url,
                "current": current_path.startswith(url),
            }
        )
    return {
        "main_navigation": nav,
        "home_url": localized_path("/", language),
        "accessibility_url": localized_path("/tilgjengelighet/", language),
        "quick_exit_url": settings.VARDE_QUICK_EXIT_URL,
        "contact_email": settings.VARDE_CONTACT_EMAIL,
    }
