"""The role-based permission layer of the workspace: the only place that says who may do what."""

from __future__ import annotations

from .models import Membership, Role

C, M, OBS, E = Role.COORDINATOR, Role.MEMBER, Role.OBSERVER, Role.EDITOR
ALL = frozenset({C, M, OBS, E})

# Observers (for example the police's coordination unit) follow meetings, the library, proposals and
# measures, but do not read or write the experience exchange, where members discuss anonymised cases.
PERMISSIONS: dict[str, frozenset[str]] = {
    "view_workspace": ALL,
    "view_members": ALL,
    "manage_members": frozenset({C}),
    # Removing another member's code app, keys and recovery codes, when they have lost them.
    "reset_second_factors": frozenset({C}),
    "view_posts": frozenset({C, M, E}),
    "create_post": frozenset({C, M, E}),
    "view_meetings": ALL,
    "manage_meetings": frozenset({C}),
    "approve_minutes": frozenset({C}),
    "view_library": ALL,
    "edit_library": frozenset({C, E}),
    "recommend_practice": frozenset({C}),
    "view_proposals": ALL,
    "create_proposal": frozenset({C, M, E}),
    "comment_proposal": frozenset({C, M, E}),
    "assess_proposal": frozenset({C}),
    "implement_proposal": frozenset({C, E}),
    "view_measures": ALL,
    "manage_measures": frozenset({C}),
    "view_reports": ALL,
    "run_report": frozenset({C, E}),
    "view_audit": frozenset({C}),
}


def membership_for(user) -> Membership | None:
    if not getattr(user, "is_authenticated", False):
        return None
    membership = getattr(user, "_workspace_membership_cache", False)
    if membership is False:
        membership = (
            Membership.objects.select_related("organisation").filter(user=user, is_active=True).first()
        )
        user._workspace_membership_cache = membership
    return membership


def has_permission(user, permission: str) -> bool:
    """True when the user is an active member whose role grants ``permission``."""
    if permission not in PERMISSIONS:
        raise KeyError(permission)
    membership = membership_for(user)
    return membership is not None and membership.role in PERMISSIONS[permission]


def permissions_for(user) -> set[str]:
    membership = membership_for(user)
    if membership is None:
        return set()
    return {name for name, roles in PERMISSIONS.items() if membership.role in roles}
