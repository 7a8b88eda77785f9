"""The base layout: skip links, header, language switcher, footer with the PNRR disclosure."""

import re

import pytest
from django.conf import settings

from pages.models import StandardPage

pytestmark = pytest.mark.django_db


def switcher_languages(html):
    """Languages the page itself exists in, as the switcher lists them."""
    block = re.search(r'<ul class="link-list language-switcher__available">(.*?)</ul>', html, re.S)
    return re.findall(r'hreflang="([^"]+)"', block.group(1)) if block else []


def test_skip_links_point_to_existing_targets(client, demo):
    html = client.get("/it/").content.decode()
    assert 'href="#main-content">Vai al contenuto principale' in html
    assert 'id="main-content"' in html
    assert 'href="#footer"' in html and 'id="footer"' in html


def test_footer_carries_the_pnrr_disclosure_in_the_page_language(client, demo):
    italian = client.get("/it/").content.decode()
    assert "portal/img/eu-emblem" in italian
    assert 'alt="Emblema dell&#x27;Unione europea"' in italian
    assert "Finanziato dall'Unione europea – NextGenerationEU" in italian
    assert "Missione 5, Componente 2" in italian and "1.1.1" in italian
    french = client.get("/fr/").content.decode()
    assert "Financé par l'Union européenne – NextGenerationEU" in french


def test_footer_links_to_the_legal_pages_of_the_current_language(client, demo):
    html = client.get("/en/").content.decode()
    footer = html[html.index('id="footer"') :]
    for title in ("Accessibility statement", "Privacy notice", "Legal notes", "Contacts"):
        assert title in footer
    assert 'href="/en/dichiarazione-di-accessibilita/"' in footer
    assert "creativecommons.org/licenses/by/4.0" in footer


def test_language_switcher_lists_only_languages_the_page_exists_in(client, demo):
    guidelines = client.get("/it/linee-guida/").content.decode()
    assert switcher_languages(guidelines) == ["it", "en"]
    privacy = client.get("/it/privacy/").content.decode()
    assert switcher_languages(privacy) == ["it", "en", "ar"]
    assert 'href="/ar/privacy/" hreflang="ar" lang="ar" dir="rtl"' in privacy


def test_language_switcher_marks_the_current_language(client, demo):
    html = client.get("/ar/privacy/").content.decode()
    assert re.search(r'hreflang="ar"[^>]*aria-current="true"', html)


def test_home_lists_every_language_it_is_translated_into(client, demo):
    html = client.get("/it/").content.decode()
    assert switcher_languages(html) == [code for code, _name in settings.LANGUAGES]


def test_header_has_portal_name_login_link_and_search(client, demo):
    html = client.get("/it/").content.decode()
    assert "Portale P.I.P.P.I." in html
    assert 'href="/accounts/login/?next=/it/"' in html
    assert 'href="/it/search/"' in html


def test_unpublished_translation_is_not_offered(client, demo):
    arabic_privacy = StandardPage.objects.get(slug="privacy", locale__language_code="ar")
    arabic_privacy.unpublish()
    html = client.get("/it/privacy/").content.decode()
    assert switcher_languages(html) == ["it", "en"]


def test_only_technical_cookies_on_public_pages(client, demo):
    response = client.get("/it/")
    assert response.cookies == {} or set(response.cookies) <= {"csrftoken"}


def test_security_headers_and_csp(client, demo):
    response = client.get("/it/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp


def test_logged_in_users_get_a_link_to_the_team_area(client, demo):
    from django.contrib.auth.models import User

    assert 'class="btn btn-outline-light btn-sm ms-2 header-team-link"' not in client.get("/it/").content.decode()
    client.force_login(User.objects.create_user("operatrice.layout", password="x"))
    html = client.get("/it/").content.decode()
    assert 'href="/it/team/">Area riservata</a>' in html
