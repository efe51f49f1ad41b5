"""Read-only content API (Wagtail API v2), mounted at /api/content/.

Only live, public pages are served (Wagtail's pages endpoint filters them). Every response carries
the licence of the content: Norwegian Licence for Open Government Data (NLOD) 2.0.
"""

from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

LICENCE = {
    "name": "Norsk lisens for offentlige data (NLOD) 2.0",
    "url": "https://data.norge.no/nlod/no/2.0",
    "attribution": "Varde – Helsedirektoratet",
}


class LicensedPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, JSON only, with licence metadata in ``meta`` of every response."""

    renderer_classes = [JSONRenderer]

    def listing_view(self, request):
        response = super().listing_view(request)
        response.data["meta"]["licence"] = LICENCE
        return response

    def detail_view(self, request, pk):
        response = super().detail_view(request, pk)
        response.data.setdefault("meta", {})["licence"] = LICENCE
        return response


api_router = WagtailAPIRouter("knowledge_api")
api_router.register_endpoint("pages", LicensedPagesAPIViewSet)

urlpatterns = [*api_router.get_urlpatterns()]
app_name = "knowledge_api"
