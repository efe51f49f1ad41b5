"""Editor views in the Wagtail admin: "verifisert i dag", the stale list and the suggestion queue actions."""

from __future__ import annotations

from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from varde.directory import selectors, services
from varde.directory.models import ChangeSuggestion, Service


@require_POST
@permission_required("directory.change_service", raise_exception=True)
def mark_verified(request, pk: int):
    service = get_object_or_404(Service, pk=pk)
    services.service_mark_verified(service=service, user=request.user)
    messages.success(request, _("«%(name)s» er merket som kontrollert i dag.") % {"name": service.name})
    target = request.POST.get("next") or reverse("directory_admin:stale")
    return redirect(target if target.startswith("/admin/") else reverse("directory_admin:stale"))


@permission_required("directory.change_service", raise_exception=True)
def stale_list(request):
    return TemplateResponse(
        request,
        "directory/admin/stale.html",
        {"services": selectors.services_stale(), "header_title": _("Tjenester som må kontrolleres")},
    )


@require_POST
@permission_required("directory.change_changesuggestion", raise_exception=True)
def close_suggestion(request, pk: int):
    suggestion = get_object_or_404(ChangeSuggestion, pk=pk)
    services.suggestion_close(
        suggestion=suggestion, user=request.user, accepted=request.POST.get("accepted") == "1"
    )
    messages.success(request, _("Forslaget er behandlet."))
    return redirect(reverse("directory_admin:stale"))
