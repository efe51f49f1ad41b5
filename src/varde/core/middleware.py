"""Security headers Django does not set by itself."""

import re

from django.conf import settings

# Signed-in areas post forms with Django's CSRF protection. Under "no-referrer" Chromium sends
# "Origin: null" with a post and Django refuses it, so these areas use "same-origin" (which still
# sends nothing to other sites). Public pages keep "no-referrer".
SAME_ORIGIN_REFERRER = re.compile(r"^/(?:admin/|django-admin/|(?:nn/|en/)?(?:konto|nettverket/arbeidsrom)/)")


class SecurityHeadersMiddleware:
    """Adds ``Permissions-Policy`` to every response.

    ``Referrer-Policy``, HSTS and the other headers come from Django's ``SecurityMiddleware`` and the
    CSP from django-csp; this fills the one gap.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if SAME_ORIGIN_REFERRER.match(request.path):
            # Set before SecurityMiddleware, which only fills the header in when it is missing.
            response.setdefault("Referrer-Policy", "same-origin")
        return response


class LanguageFromPathOnlyMiddleware:
    """Drops ``Accept-Language`` from ``Vary``: Varde's language comes from the URL only.

    Bokmål has no prefix and nynorsk and English have ``/nn/`` and ``/en/`` (``i18n_patterns`` with
    ``prefix_default_language=False``). Django's LocaleMiddleware then uses bokmål for every unprefixed
    path whatever the browser asks for, yet still adds ``Vary: Accept-Language`` to those responses.
    That header would make nginx's page cache and a CDN keep one copy per browser language setting.
    Placed before LocaleMiddleware, so it sees the response after it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Vary"):
            kept = [v.strip() for v in response["Vary"].split(",") if v.strip().lower() != "accept-language"]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response
