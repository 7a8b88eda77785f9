"""Localized, styled 404 and 500 pages."""

import re

import pytest
from django.test import Client, override_settings
from django.urls import path
from django.utils import translation

pytestmark = pytest.mark.django_db


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("it/broken/", broken_view), path("ar/broken/", broken_view)]


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


@pytest.mark.parametrize(("prefix", "direction"), [("it", "ltr"), ("en", "ltr"), ("ar", "rtl"), ("uk", "ltr")])
def test_404_is_localized_and_styled(client, demo, prefix, direction):
    heading = translated(prefix, "Page not found")
    if prefix != "en":
        assert heading != "Page not found", f"the {prefix} catalogue lacks the 404 heading"
    response = client.get(f"/{prefix}/this-does-not-exist/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert re.search(rf'<html lang="{prefix}" dir="{direction}">', html)
    assert "bootstrap-italia" in html
    assert 'id="footer"' in html and "NextGenerationEU" in html


@override_settings(ROOT_URLCONF=__name__)
@pytest.mark.parametrize("prefix", ["it", "ar"])
def test_500_is_localized_and_styled(prefix):
    heading = translated(prefix, "Something went wrong")
    assert heading != "Something went wrong"
    client = Client(raise_request_exception=False)
    response = client.get(f"/{prefix}/broken/", HTTP_ACCEPT_LANGUAGE=prefix)
    assert response.status_code == 500
    html = response.content.decode()
    assert "bootstrap-italia" in html
    assert f"<h1>{heading}</h1>" in html
