"""Varde's open API, version 1: one NinjaAPI with a router per capability.

The OpenAPI document is served at ``/api/v1/openapi.json`` and the docs at ``/api/v1/docs``.
Validation errors are answered with 400 and a plain message, not Ninja's default 422.
"""

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from varde.competence.api import router as competence_router
from varde.directory.api import router as directory_router
from varde.identification.api import router as identification_router
from varde.learning.api import router as learning_router
from varde.rights.api import router as rights_router
from varde.workspace.api import router as workspace_router

api = NinjaAPI(
    title="Varde API",
    version="1.0.0",
    description=(
        "Open, read-mostly API of Varde. Nothing sent to the tools is stored or logged. "
        "Each client may make 300 requests a minute; past that the answer is 429 with Retry-After."
    ),
    urls_namespace="api-v1",
    docs_url="/docs",
)


@api.exception_handler(ValidationError)
def validation_error(request, exc: ValidationError):
    problems = []
    for error in exc.errors:
        location = ".".join(
            str(part) for part in error.get("loc", ()) if part not in ("body", "query", "payload")
        )
        problems.append({"field": location, "message": error.get("msg", "")})
    return api.create_response(
        request,
        {"error": _("Ugyldig forespørsel. Sjekk feltene nedenfor."), "problems": problems},
        status=400,
    )


@api.exception_handler(Http404)
def not_found(request, exc: Http404):
    """A slug or code that matches nothing, in the shared error shape (Ninja's own is ``{"detail": …}``)."""
    return api.create_response(
        request, {"error": _("Fant ikke det du ba om. Sjekk adressen."), "problems": []}, status=404
    )


@api.exception_handler(HttpError)
def http_error(request, exc: HttpError):
    """Ninja's own HTTP errors (e.g. a body that is not JSON) in the shared error shape."""
    message = str(exc)
    if message.startswith("Cannot parse request body"):
        message = _("Kunne ikke lese forespørselen. Send gyldig JSON.")
    return api.create_response(request, {"error": message}, status=exc.status_code)


api.add_router("/identification/", identification_router)
api.add_router("/rights", rights_router)
api.add_router("/services/", directory_router)
api.add_router("/workspace/", workspace_router)
api.add_router("/competence/", competence_router)
api.add_router("/learning/", learning_router)
