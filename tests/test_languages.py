"""Language prefixes, the root redirect by browser language, <html lang dir>, RTL stylesheet."""

import re

import pytest
from django.conf import settings
from wagtail.models import Locale

pytestmark = pytest.mark.django_db


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ar,en;q=0.5", "/ar/"),
        ("ro-RO,ro;q=0.9", "/ro/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("de", "/it/"),
        ("", "/it/"),
    ],
)
def test_root_redirects_by_browser_language(client, home, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_every_content_language_has_a_locale(home):
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert codes == {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    assert codes == {"it", "en", "ro", "ar", "sq", "zh-hans", "uk", "fr", "es"}


@pytest.mark.parametrize(
    ("prefix", "lang", "direction"),
    [("it", "it", "ltr"), ("en", "en", "ltr"), ("ar", "ar", "rtl"), ("uk", "uk", "ltr"), ("zh-hans", "zh-hans", "ltr")],
)
def test_html_lang_and_dir(client, demo, prefix, lang, direction):
    response = client.get(f"/{prefix}/")
    assert response.status_code == 200
    assert html_tag(response) == f'<html lang="{lang}" dir="{direction}">'


def test_arabic_loads_the_rtl_stylesheet_and_italian_the_ltr_one(client, demo):
    arabic = client.get("/ar/").content.decode()
    italian = client.get("/it/").content.decode()
    assert "bootstrap-italia/css/bootstrap-italia.rtl.min.css" in arabic
    assert "bootstrap-italia/css/bootstrap-italia.min.css" not in arabic
    assert "bootstrap-italia/css/bootstrap-italia.min.css" in italian
    assert "rtl.min.css" not in italian


def test_untranslated_page_served_in_fallback_is_marked_with_its_language(client, demo):
    """With no live Romanian home, /ro/ shows the Italian one: UI in Romanian, content marked lang="it"."""
    from pages.models import HomePage

    assert '<main id="main-content" tabindex="-1">' in client.get("/ro/").content.decode()
    HomePage.objects.get(locale__language_code="ro").unpublish()
    html = client.get("/ro/").content.decode()
    assert html_tag_text(html) == '<html lang="ro" dir="ltr">'
    assert '<main id="main-content" tabindex="-1" lang="it" dir="ltr">' in html


def html_tag_text(html):
    return re.search(r"<html[^>]*>", html).group(0)


def test_unknown_language_prefix_is_a_404(client, demo):
    assert client.get("/de/", follow=True).status_code == 404
