"""Multilingual behaviour: switcher with nearest pages, Italian original on a missing translation,
outdated translations report, PO round trip through wagtail-localize, machine translation setting."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from wagtail.models import Locale

from pages.models import StandardPage
from pages.translation_report import outdated_translations
from tests.factories import make_standard_page, publish, translate

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def available(html):
    block = re.search(r'<ul class="link-list language-switcher__available">(.*?)</ul>', html, re.S).group(1)
    return re.findall(r'hreflang="([^"]+)"', block)


def nearest(html):
    block = re.search(r'<ul class="link-list language-switcher__nearest">(.*?)</ul>', html, re.S)
    return dict(re.findall(r'href="([^"]+)" hreflang="([^"]+)"', block.group(1))) if block else {}


def test_switcher_lists_the_three_languages_and_offers_the_nearest_page_for_the_others(client, demo):
    html = client.get("/it/privacy/").content.decode()
    assert available(html) == ["it", "en", "ar"]
    offered = {language: url for url, language in nearest(html).items()}
    assert offered["ro"] == "/ro/" and offered["zh-hans"] == "/zh-hans/"
    assert "it" not in offered and "en" not in offered
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    site = "http://localhost"  # the Site's address, as in the canonical link
    assert alternates == [
        ("it", f"{site}/it/privacy/"),
        ("x-default", f"{site}/it/privacy/"),  # the Italian original for every other language
        ("en", f"{site}/en/privacy/"),
        ("ar", f"{site}/ar/privacy/"),
    ]
    assert f'<link rel="canonical" href="{site}/it/privacy/">' in html


def test_switcher_offers_the_nearest_translated_section(client, demo):
    # The territories section exists in English; the Ambito 5 project and its agency do not.
    html = client.get("/it/territori/ambito-5-milano/azione-pnrr-1-1-1/").content.decode()
    offered = {language: url for url, language in nearest(html).items()}
    assert offered["en"] == "/en/territori/"
    assert offered["sq"] == "/sq/"


def test_a_page_missing_in_the_visitors_language_links_the_italian_original(client, demo):
    response = client.get("/ar/linee-guida/linee-di-indirizzo-nazionali/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'href="/it/linee-guida/linee-di-indirizzo-nazionali/" hreflang="it"' in html
    assert '<html lang="ar" dir="rtl">' in html
    assert client.get("/ar/pagina-che-non-esiste/").status_code == 404
    assert 'hreflang="it">' not in client.get("/ar/pagina-che-non-esiste/").content.decode().split("<main")[1]


def test_outdated_translations_report(client, home):
    page = make_standard_page(home, "Chi siamo", slug="chi-siamo-report")
    translation = translate(page, "en", title="About us")
    assert outdated_translations() == []
    page.title = "Chi siamo e cosa facciamo"
    publish(page)
    rows = outdated_translations()
    assert [(row["source"].pk, row["language"]) for row in rows] == [(page.pk, "en")]
    publish(translation)
    assert outdated_translations() == []
    client.force_login(User.objects.create_superuser("traduzioni", password="x"))
    page.title = "Chi siamo, di nuovo"
    publish(page)
    assert "Chi siamo, di nuovo" in client.get("/admin/reports/outdated-translations/").content.decode()


def test_po_export_and_import_round_trip_a_page(home):
    from wagtail_localize.models import Translation
    from wagtail_localize.operations import TranslationCreator

    admin = User.objects.create_superuser("traduttrice", password="x")
    page = make_standard_page(
        home,
        "Contatti",
        slug="contatti-traduzione",
        intro="Scrivi alla redazione.",
        body=[("paragraph", "<p>Rispondiamo entro trenta giorni.</p>")],
    )
    TranslationCreator(admin, [Locale.objects.get(language_code="fr")]).create_translations(page)
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale__language_code="fr")
    po = translation.export_po()
    french = {
        "Contatti": "Contacts",
        "Scrivi alla redazione.": "Écrivez à la rédaction.",
        "Rispondiamo entro trenta giorni.": "Nous répondons sous trente jours.",
    }
    for entry in po:
        entry.msgstr = french.get(entry.msgid, entry.msgstr)
    assert {entry.msgid for entry in po} >= set(french)
    warnings = translation.import_po(po)
    assert warnings == []
    translation.save_target(user=admin, publish=True)
    translated = StandardPage.objects.get(translation_key=page.translation_key, locale__language_code="fr")
    assert translated.title == "Contacts" and translated.intro == "Écrivez à la rédaction."
    assert "Nous répondons sous trente jours." in str(translated.body)


@pytest.mark.parametrize(("key", "expected"), [("", "off"), ("a-deepl-key:fx", "deepl")])
def test_machine_translation_is_on_only_with_a_key(key, expected):
    code = (
        "from django.conf import settings as s; c = getattr(s, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None);"
        " print('deepl' if c and 'deepl' in c['CLASS'] else 'off')"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", "DEEPL_API_KEY": key}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == expected, result.stderr


def test_family_pages_are_translated_in_the_demo(client, demo):
    service = "/territori/comune-di-bologna/accompagnamento-e-sostegno-alle-famiglie/"
    arabic = client.get("/ar" + service).content.decode()
    assert "<h1>مرافقة الأسر ودعمها في رعاية الأطفال</h1>" in arabic
    assert "مجموعات للآباء والأطفال" in arabic  # the support strands in Arabic too
    assert available(arabic) == ["it", "en", "ro", "ar"] or set(available(arabic)) == {"it", "en", "ro", "ar"}
    romanian = client.get("/ro/territori/sds-area-pratese/progetto-pnrr-pippi/").content.decode()
    assert "<h1>P.I.P.P.I. în zona Prato</h1>" in romanian
    assert "211.500,00 €" in romanian  # Romanian number format: dot thousands, comma decimals
    english = client.get("/en/territori/sds-area-pratese/progetto-pnrr-pippi/").content.decode()
    assert "211,500.00 €" in english and "Groups for parents and children" in english
    arabic_project = client.get("/ar/territori/sds-area-pratese/progetto-pnrr-pippi/").content.decode()
    assert "211.500,00 €" in arabic_project  # Django's Arabic separators, grouped by thousands (portal/formats)
    arabic_home = client.get("/ar/").content.decode()
    assert "1 مشروع،" in arabic_home  # one project: the singular of the Arabic plural forms
