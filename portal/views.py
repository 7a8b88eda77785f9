"""Project-wide error views."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Page, Site

from portal.visibility import visible_pages


def italian_original(request):
    """The live, visible Italian page at the same path as this missing page in another language, if any."""
    language = get_language()
    prefix = f"/{language}/"
    if language == settings.LANGUAGE_CODE or not request.path.startswith(prefix):
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [part for part in request.path[len(prefix) :].split("/") if part]
    try:
        page = site.root_page.specific.route(request, components).page
    except Http404:
        return None
    if not visible_pages(request, Page.objects.filter(pk=page.pk)).exists():
        return None
    return page


def page_not_found(request, exception=None):
    return render(request, "404.html", {"italian_original": italian_original(request)}, status=404)
