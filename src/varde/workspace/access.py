"""Entry guard for every workspace view: sign-in, mandatory second factor, idle timeout, role, audit."""

from __future__ import annotations

import time
from functools import wraps

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from .auth import has_second_factor, session_has_mfa
from .permissions import has_permission, membership_for, permissions_for
from .services import audit_record

LAST_SEEN_KEY = "workspace_last_seen"
# The last-seen time is written at most this often: the idle timeout stays exact to a minute, and a
# page view does not cost a session write (one less query, and one less thing a database restart
# can cut; see the load test in docs/operations.md).
LAST_SEEN_RESOLUTION = 60  # seconds


def forbidden(request):
    return render(request, "workspace/forbidden.html", status=403)


def workspace_view(permission: str, *, post_permission: str | None = None):
    """Protect a view. ``post_permission`` (if given) is required for POST requests as well."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            user = request.user
            path = request.get_full_path()
            if not user.is_authenticated:
                return redirect_to_login(path, reverse("account_login"))
            now = time.time()
            last_seen = request.session.get(LAST_SEEN_KEY)
            if last_seen and now - last_seen > settings.WORKSPACE_IDLE_TIMEOUT:
                logout(request)
                return redirect(f"{reverse('account_login')}?{urlencode({'next': path, 'tidsavbrudd': '1'})}")
            membership = membership_for(user)
            if membership is None:
                return forbidden(request)
            if not has_second_factor(user):
                return redirect(f"{reverse('mfa_activate_totp')}?{urlencode({'next': path})}")
            if not session_has_mfa(request):
                return redirect(f"{reverse('mfa_reauthenticate')}?{urlencode({'next': path})}")
            if not last_seen or now - last_seen >= LAST_SEEN_RESOLUTION:
                request.session[LAST_SEEN_KEY] = now
            if not has_permission(user, permission):
                return forbidden(request)
            if request.method == "POST" and post_permission and not has_permission(user, post_permission):
                return forbidden(request)
            request.membership = membership
            request.workspace_permissions = permissions_for(user)
            if request.method == "GET":
                match = request.resolver_match
                audit_record(
                    actor=user,
                    action="view",
                    object_type=(match.url_name if match else "")[:50],
                    object_id=str(kwargs.get("pk", ""))[:50],
                )
            return view(request, *args, **kwargs)

        wrapped.workspace_permission = permission
        return wrapped

    return decorator
