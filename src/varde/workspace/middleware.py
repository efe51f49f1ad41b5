"""django-allauth's own pages answer invalid input with 400, as every other form in Varde does.

allauth re-renders a form with errors with status 200. The project's rule is a clear message *and* a 4xx,
so that the answer to a refused sign-in, a too-short new password or a wrong code is a refusal to browsers,
proxies, monitoring and assistive tooling alike. The page itself stays exactly as allauth rendered it:
the messages, and everything typed (except passwords, which are never sent back).

Only the status changes, and only on allauth's views (``request.resolver_match``'s view lives in an
``allauth.`` module), on POST, for a ``TemplateResponse`` that would answer 200 and whose context holds a
submitted form with errors. Everything else passes untouched: successful POSTs (redirects), allauth's
rate-limit pages (429, rendered directly, not a ``TemplateResponse``) and django-axes' lockout page (axes'
middleware replaces the response after this hook has run).

A form error that says the visitor is sending too many attempts is not bad input: it answers 429.
"""

from __future__ import annotations

from django.forms import BaseForm

# Error codes allauth's adapters use when a rate limit, not the input, refuses the form.
RATE_LIMIT_ERROR_CODES = frozenset({"too_many_login_attempts", "rate_limited"})


def is_allauth_view(request) -> bool:
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    view = getattr(match.func, "view_class", None) or match.func
    return (getattr(view, "__module__", None) or "").startswith("allauth.")


def submitted_forms_with_errors(context) -> list[BaseForm]:
    """Submitted forms in ``context`` that have errors.

    Reading ``errors`` validates a bound form the view has not validated yet. That only happens where allauth
    builds the form a second time for the page (``AddWebAuthnView`` drops the validated form from its
    context); the template reads the same ``errors`` to show them, so the form is still validated once for
    the page, just earlier."""
    return [
        value
        for value in (context or {}).values()
        if isinstance(value, BaseForm) and value.is_bound and value.errors
    ]


def _error_codes(form: BaseForm) -> set[str]:
    return {error.code for errors in form.errors.as_data().values() for error in errors if error.code}


class AllauthInvalidFormStatusMiddleware:
    """Sets 400 (or 429 for a rate-limit refusal) on allauth's pages that re-show a form with errors."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        if request.method != "POST" or response.status_code != 200 or not is_allauth_view(request):
            return response
        forms = submitted_forms_with_errors(getattr(response, "context_data", None))
        if forms:
            codes = set().union(*(_error_codes(form) for form in forms))
            response.status_code = 429 if codes & RATE_LIMIT_ERROR_CODES else 400
        return response
