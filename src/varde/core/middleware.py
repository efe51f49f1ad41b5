"""Security headers Django does not set by itself."""

from django.conf import settings


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
        return response
