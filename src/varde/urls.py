"""Root URL configuration.

Language-neutral endpoints (admin, health, API, static) sit outside ``i18n_patterns``. Public pages and
tools sit inside it: bokmål has no prefix, nynorsk is under ``/nn/`` and English under ``/en/``.
Capability URL modules are included before Wagtail's catch-all so a tool can own its path.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from varde.api import api
from varde.core import metrics as core_metrics
from varde.core import readiness as core_readiness
from varde.core import views as core_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", core_views.healthz, name="healthz"),
    path("readyz", core_readiness.readyz, name="readyz"),
    path("metrics", core_metrics.metrics, name="metrics"),
    path("api/v1/", api.urls),
    path("api/content/", include("varde.knowledge.api_urls")),
    path("info/", include("varde.person.urls")),
]

urlpatterns += i18n_patterns(
    path("avdekke/", include("varde.identification.urls")),
    path("rettigheter/", include("varde.rights.urls")),
    path("hjelp/", include("varde.directory.urls")),
    path("nettverket/", include("varde.workspace.urls")),
    # Sign-in with TOTP for the workspace (django-allauth); its URL names cannot be namespaced.
    path("konto/", include("varde.workspace.account_urls")),  # pages of allauth's we do not offer
    path("konto/", include("allauth.urls")),
    path("kurs/", include("varde.competence.urls")),
    path("kurs/", include("varde.learning.urls")),
    path("", include("varde.knowledge.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler400 = "varde.core.views.bad_request"
handler404 = "varde.core.views.page_not_found"
handler500 = "varde.core.views.server_error"
