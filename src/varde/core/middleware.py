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
