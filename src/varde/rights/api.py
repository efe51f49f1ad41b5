"""API endpoints of the rights capability, mounted under /api/v1/ by varde.api."""

from ninja import Router

router = Router(tags=["rights"])
