"""allauth pages the workspace does not offer, matched before ``allauth.urls``.

A member's e-mail address is the one the coordinator invited; members cannot add or change addresses
themselves (an unverified address would also stop them from adding a second factor).
"""

from django.http import Http404
from django.urls import path


def not_offered(request, *args, **kwargs):
    raise Http404


urlpatterns = [path("email/", not_offered, name="account_email")]
