from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.static import serve as static_serve
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from pages import views as pages_views
from search import views as search_views
from teamspace import documents as teamspace_documents
from teamspace.accounts import ThrottledLoginView
from teamspace.api import api_router
from teamspace.sitemap import sitemap as portal_sitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Documents only through Wagtail's permission-checked serve view (WAGTAILDOCS_SERVE_METHOD).
    path("documents/<int:document_id>/<str:document_filename>", teamspace_documents.serve),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/login/", ThrottledLoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/", include("teamspace.account_urls")),
    # Restricted area: sitemap of every locale and API v2 through portal.visibility (v3 not mounted).
    path("sitemap.xml", portal_sitemap, name="sitemap"),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    # Development only: serve uploaded *images* (never documents, which stay behind the
    # permission-checked view). In production the web server serves /media/images/.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:original_images|images)/.+)$",
            static_serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("team/", include("teamspace.urls")),
    path("feedback/<int:page_id>/", pages_views.page_feedback, name="page_feedback"),
    # Page sub-routes that are files (feeds, exports): <page url>calendar.ics, export.csv, rss.xml.
    # Wagtail's own pattern only accepts paths ending in "/"; these reach the same serve view.
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.(?:ics|csv|json|xml))$", wagtail_views.serve, name="wagtail_serve_file"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "portal.views.page_not_found"
