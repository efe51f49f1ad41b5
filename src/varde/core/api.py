"""Schemas shared by every capability's API router.

All error answers of /api/v1/ have one shape, whether a capability or the API's validation handler
(varde.api) writes them, so the OpenAPI document describes them truthfully.
"""

from ninja import Schema


class ApiProblem(Schema):
    field: str
    message: str


class ApiError(Schema):
    error: str
    field: str | None = None
    problems: list[ApiProblem] = []
