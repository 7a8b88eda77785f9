"""Wagtail API v2 (/api/v2/pages/): public content only, session authentication only (privacy.md row 5).

Only the pages endpoint is mounted (documents and images endpoints list private titles).
API v3 is not mounted.
"""

from rest_framework.authentication import SessionAuthentication
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from portal.visibility import visible_pages


class PortalPagesAPIViewSet(PagesAPIViewSet):
    authentication_classes = [SessionAuthentication]
    renderer_classes = [JSONRenderer]

    def get_base_queryset(self):
        return visible_pages(self.request, super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
