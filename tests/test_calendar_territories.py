"""Groups belong to a territory snippet: chosen in the admin, the comune checked against the
territory's comuni, a territory filter on the calendar, the territory's translation on translated
groups, the agency link and JSON-LD on the group page, and the matcher of the data migration."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.db.models import ProtectedError
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from calendars.models import GroupPage
from calendars.territory_matching import Candidate, match_all, match_territory
from calendars.testing import make_calendar, make_group, publish
from pages.models import AgencyIndexPage, AgencyPage, TerritoryComune
from tests.factories import make_territory
from tests.test_calendar_admin import editor, group_form  # noqa: F401 - the editor fixture
from tests.test_calendar_translations import translate


def territory_with(locale, slug, name, comuni=(), **fields):
    territory = make_territory(locale, slug=slug, name=name, **fields)
    territory.comuni = [TerritoryComune(name=name) for name in comuni]
    territory.save()
    return territory


def translated_territory(territory, code, name):
    translation = territory.copy_for_translation(Locale.objects.get(language_code=code))
    translation.name = name
    translation.save()
    return translation


@pytest.fixture
def territories(home):
    return {
        "bologna": territory_with(home.locale, "comune-di-bologna", "Comune di Bologna", ["Bologna"], region=""),
        "prato": territory_with(
            home.locale,
            "sds-area-pratese",
            "Società della Salute Area Pratese",
            ["Prato", "Vaiano", "Poggio a Caiano"],
            region="toscana",
        ),
        "open": territory_with(home.locale, "progetto-comunale", "Progetto comunale", [], region=""),
    }


# Admin: the chooser, the comune check


def test_editor_sets_the_territory_through_the_edit_form(editor, home, territories):  # noqa: F811
    group = make_group(make_calendar(home), comune="Prato")
    form = editor.get(f"/admin/pages/{group.pk}/edit/").content.decode()
    assert 'name="territory"' in form and "/admin/snippets/choose/pages/territory/" in form  # the chooser

    data = group_form(comune="prato", territory=territories["prato"].pk, slug=group.slug)
    data["action-publish"] = "action-publish"
    response = editor.post(f"/admin/pages/{group.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    group.refresh_from_db()
    assert group.territory == territories["prato"]  # "prato" is Prato: the check ignores case
    page = editor.get(group.url).content.decode()
    assert "Società della Salute Area Pratese" in page


def test_a_comune_outside_the_territory_is_refused_naming_the_allowed_comuni(editor, home, territories):  # noqa: F811
    group = make_group(make_calendar(home), comune="Prato")
    data = group_form(comune="Bologna", territory=territories["prato"].pk, slug=group.slug)
    data["action-publish"] = "action-publish"
    response = editor.post(f"/admin/pages/{group.pk}/edit/", data)
    html = response.content.decode()
    assert response.status_code == 200  # the form again
    assert (
        "“Bologna” non è un comune di Società della Salute Area Pratese. "
        "Scegli uno tra: Prato, Vaiano, Poggio a Caiano." in html.replace("&#x27;", "'")
    )
    group.refresh_from_db()
    assert group.territory is None and group.comune == "Prato"


def test_a_territory_without_comuni_accepts_any_comune(editor, home, territories):  # noqa: F811
    group = make_group(make_calendar(home), comune="Prato")
    data = group_form(comune="Un comune qualsiasi", territory=territories["open"].pk, slug=group.slug)
    data["action-publish"] = "action-publish"
    assert editor.post(f"/admin/pages/{group.pk}/edit/", data).status_code == 302
    group.refresh_from_db()
    assert (group.territory, group.comune) == (territories["open"], "Un comune qualsiasi")


def test_a_territory_with_groups_cannot_be_deleted(editor, home, territories):  # noqa: F811
    group = make_group(make_calendar(home), comune="Prato", territory=territories["prato"])
    with pytest.raises(ProtectedError):
        territories["prato"].delete()
    # In the snippet admin the editor is told why, and nothing is deleted.
    url = f"/admin/snippets/pages/territory/delete/{territories['prato'].pk}/"
    page = editor.get(url)
    assert page.status_code == 200
    assert "impediscono di eliminarlo" in page.content.decode()  # "references prevent deleting it"
    editor.post(url)
    group.refresh_from_db()
    assert group.territory == territories["prato"]


def test_a_draft_whose_territory_was_deleted_still_opens_in_the_editor(editor, home, territories):  # noqa: F811
    group = make_group(make_calendar(home), comune="Bologna", territory=territories["bologna"])
    doomed = territory_with(home.locale, "da-cancellare", "Territorio provvisorio")
    group.territory = doomed
    group.save_revision()  # a draft: the live row still points at Bologna
    doomed.delete()
    response = editor.get(f"/admin/pages/{group.pk}/edit/")
    assert response.status_code == 200
    assert GroupPage.from_serializable_data({**group.serializable_data(), "territory": "Ambito 5"}).territory is None


# Calendar filter


def test_territory_filter_lists_the_groups_territories_and_narrows_the_sessions(client, home, territories):
    calendar = make_calendar(home)
    make_group(calendar, title="Gruppo Prato", comune="Prato", territory=territories["prato"])
    make_group(calendar, title="Gruppo Bologna", comune="Bologna", territory=territories["bologna"])
    make_group(calendar, title="Gruppo senza territorio", comune="Bologna")
    month = calendar.url + "month/?month=2027-03"

    html = client.get(month).content.decode()
    select = re.search(r'<select name="territory".*?</select>', html, re.S).group(0)
    options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)
    # Only territories that have groups, by name; "Progetto comunale" has none.
    assert options == [
        ("", "Qualsiasi territorio"),
        ("comune-di-bologna", "Comune di Bologna"),
        ("sds-area-pratese", "Società della Salute Area Pratese"),
    ]

    filtered = client.get(month + "&territory=sds-area-pratese")
    assert filtered.status_code == 200
    text = filtered.content.decode()
    assert "Gruppo Prato" in text and "Gruppo Bologna" not in text and "Gruppo senza territorio" not in text
    other = client.get(month + "&territory=comune-di-bologna").content.decode()
    assert "Gruppo Bologna" in other and "Gruppo Prato" not in other

    feed = client.get(calendar.url + "calendar.ics?territory=sds-area-pratese").content.decode()
    assert "Gruppo Prato" in feed and "Gruppo Bologna" not in feed


@pytest.mark.parametrize("view", ["", "month/?month=2027-03&", "calendar.ics"])
def test_unknown_territory_is_a_400_with_a_message(client, home, territories, view):
    calendar = make_calendar(home)
    make_group(calendar, comune="Prato", territory=territories["prato"])
    separator = "" if view.endswith("&") else "?"
    response = client.get(calendar.url + view + separator + "territory=atlantide")
    assert response.status_code == 400
    assert "Territorio:" in response.content.decode() and "atlantide" in response.content.decode()


def test_territory_choices_are_named_in_the_calendar_language(client, home, territories):
    calendar = make_calendar(home)
    group = make_group(calendar, comune="Prato", territory=territories["prato"])
    translated_territory(territories["prato"], "ro", "Societatea de Sănătate Zona Prato")
    romanian = Locale.objects.get(language_code="ro")
    ro_calendar = publish(calendar.copy_for_translation(romanian, copy_parents=True).specific)
    ro_group = publish(group.copy_for_translation(romanian).specific)
    assert ro_group.territory.locale == romanian

    html = client.get(ro_calendar.url).content.decode()
    assert '<option value="sds-area-pratese">Societatea de Sănătate Zona Prato</option>' in html
    assert client.get(ro_calendar.url + "?territory=sds-area-pratese").status_code == 200


def test_list_and_month_queries_do_not_grow_with_groups_and_territories(client, home, territories):
    calendar = make_calendar(home)
    soon = datetime.date.today() + datetime.timedelta(days=3)
    specs = [("Prato", "prato"), ("Bologna", "bologna"), ("Comune qualsiasi", "open")]

    def counts():
        result = []
        for url in (
            calendar.url,
            calendar.url + f"month/?month={soon:%Y-%m}",
            calendar.url + "?territory=comune-di-bologna",
        ):
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            result.append(len(queries.captured_queries))
        return result

    for index in range(2):
        comune, key = specs[index]
        make_group(calendar, title=f"Gruppo {index}", comune=comune, territory=territories[key], first_date=soon)
    few = counts()
    for index in range(2, 9):
        comune, key = specs[index % 3]
        make_group(calendar, title=f"Gruppo {index}", comune=comune, territory=territories[key], first_date=soon)
    assert counts() == few


# Translations through wagtail-localize


def test_wagtail_localize_points_the_romanian_group_at_the_romanian_territory(
    client, home, territories, django_capture_on_commit_callbacks
):
    romanian = Locale.objects.get(language_code="ro")
    prato_ro = translated_territory(territories["prato"], "ro", "Societatea de Sănătate Zona Prato")
    calendar = make_calendar(home)
    group = make_group(calendar, comune="Prato", territory=territories["prato"])
    translate(calendar, romanian, django_capture_on_commit_callbacks)
    translated = translate(group, romanian, django_capture_on_commit_callbacks).specific
    assert translated.territory == prato_ro
    assert "Societatea de Sănătate Zona Prato" in client.get(translated.url).content.decode()

    # The Italian editor moves the group to a territory nobody translated: the Romanian group follows
    # it to the Italian territory (never stays on the old one).
    group = GroupPage.objects.get(pk=group.pk)
    group.territory, group.comune = territories["open"], "Prato"
    publish(group)
    translated = translate(group, romanian, django_capture_on_commit_callbacks).specific
    assert translated.territory == territories["open"]

    # Once the territory is translated, the next synchronisation uses the translation.
    open_ro = translated_territory(territories["open"], "ro", "Proiect municipal")
    translated = translate(group, romanian, django_capture_on_commit_callbacks).specific
    assert translated.territory == open_ro
    assert GroupPage.objects.get(pk=group.pk).territory == territories["open"]  # the original is untouched


# Group page: agency link, JSON-LD


def test_group_page_links_the_territory_to_its_agency_section(client, home, territories):
    index = AgencyIndexPage(title="I territori", slug="territori")
    home.add_child(instance=index)
    publish(index)
    agency = AgencyPage(title="SdS Area Pratese", slug="sds-area-pratese", territory=territories["prato"])
    index.add_child(instance=agency)
    publish(agency)
    calendar = make_calendar(home)
    linked = make_group(calendar, title="Gruppo Prato", comune="Vaiano", territory=territories["prato"])
    plain = make_group(calendar, title="Gruppo Bologna", comune="Bologna", territory=territories["bologna"])

    html = client.get(linked.url).content.decode()
    assert f'Vaiano · <a href="{agency.url}">Società della Salute Area Pratese</a>' in html
    html = client.get(plain.url).content.decode()
    assert "Bologna · Comune di Bologna</dd>" in html

    # An unpublished agency section is not linked.
    agency.unpublish()
    assert "Vaiano · Società della Salute Area Pratese</dd>" in client.get(linked.url).content.decode()


def test_event_jsonld_gives_the_comune_and_the_region(client, home, territories):
    group = make_group(
        make_calendar(home),
        comune="Vaiano",
        territory=territories["prato"],
        first_date=datetime.date.today() + datetime.timedelta(days=7),
    )
    html = client.get(group.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    events = [item for block in blocks for item in json.loads(block) if item.get("@type") == "Event"]
    assert events
    address = events[0]["location"]["address"]
    assert address["addressLocality"] == "Vaiano"
    assert address["addressRegion"] == "Toscana"
    assert address["addressCountry"] == "IT"


# The data migration's matcher


def candidates():
    # it = 1, ro = 2; Prato translated into Romanian, Bologna only Italian, two "Ambito 5" in Italian.
    return [
        Candidate(10, "Società della Salute Area Pratese", "SdS Area Pratese", 1, "k-prato"),
        Candidate(11, "Societatea de Sănătate Zona Prato", "SdS Prato", 2, "k-prato"),
        Candidate(20, "Comune di Bologna", "Bologna", 1, "k-bologna"),
        Candidate(30, "Ambito 5 (Milano est)", "Ambito 5", 1, "k-ambito-a"),
        Candidate(31, "Ambito 5 (Pavia)", "Ambito 5", 1, "k-ambito-b"),
    ]


@pytest.mark.parametrize(
    ("text", "locale_id", "expected"),
    [
        ("Società della Salute Area Pratese", 1, 10),  # name, same locale
        ("  sds   AREA pratese ", 1, 10),  # short name, case and spaces ignored
        ("Societatea de Sănătate Zona Prato", 2, 11),  # a Romanian group, its own locale
        ("Società della Salute Area Pratese", 2, 11),  # Italian text on a Romanian group: the Romanian one
        ("Societatea de Sănătate Zona Prato", 1, 10),  # Romanian text on an Italian group: the Italian one
        ("comune di bologna", 2, 20),  # no Romanian Bologna: the Italian one
        ("Ambito 5", 1, None),  # two territories share the short name: ambiguous, left empty
        ("Ambito 5 (Pavia)", 1, 31),  # the full name settles it
        ("Unione Valli del Reno", 1, None),  # no such territory
        ("", 1, None),
    ],
)
def test_migration_matches_text_to_territories(text, locale_id, expected):
    match = match_territory(text, locale_id, candidates())
    assert (match.pk if match else None) == expected


def test_migration_match_all_skips_empty_texts_and_reports_unmatched_as_none():
    rows = [(1, "Comune di Bologna", 1), (2, "", 1), (3, "Atlantide", 1)]
    result = match_all(rows, candidates())
    assert {pk: (c.pk if c else None) for pk, c in result.items()} == {1: 20, 3: None}
