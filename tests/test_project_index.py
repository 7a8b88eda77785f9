"""The "Attuazione misure PNRR" index: filters, totals, pagination, CSV and JSON exports."""

import csv
import datetime
import io
import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_dispositivo, make_project, make_project_index, make_territory

pytestmark = pytest.mark.django_db
URL = "/it/attuazione-misure-pnrr/"


@pytest.fixture
def projects(home):
    index = make_project_index(home)
    prato = make_territory(home.locale, "sds-area-pratese", "Società della Salute Area Pratese", "toscana")
    unione = make_territory(home.locale, "unione", "Unione Reno Lavino Samoggia", "emilia-romagna")
    milano = make_territory(home.locale, "ambito-5", "Ambito 5", "lombardia")
    groups = make_dispositivo(home.locale, "gruppi-genitori-bambini", "Gruppi con genitori e bambini")
    school = make_dispositivo(home.locale, "partenariato-scuola-servizi", "Partenariato scuola–servizi")
    make_project(
        index,
        prato,
        "prato",
        title="Prato",
        amount=Decimal("211500"),
        implementations=[("base", 2, 10), ("advanced", 1, 20)],
        dispositivi=[groups],
    )
    make_project(
        index,
        unione,
        "unione",
        title="Unione",
        amount=Decimal("211000"),
        implementations=[("base", 1, 10)],
        dispositivi=[groups, school],
    )
    make_project(
        index,
        milano,
        "ambito-5",
        title="Ambito 5",
        start_date=datetime.date(2023, 1, 1),
        end_date=datetime.date(2024, 6, 30),
        dispositivi=[school],
    )
    return index


def titles(response):
    import re

    return re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a></th>', response.content.decode())


def test_lists_every_project_with_totals(client, projects):
    response = client.get(URL)
    assert response.status_code == 200
    assert titles(response) == ["Ambito 5", "Prato", "Unione"]
    html = response.content.decode()
    assert '<p class="h3 mb-0" data-total="amount">422.500,00 €</p>' in html
    assert '<p class="h3 mb-0" data-total="families">50</p>' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=toscana", ["Prato"]),
        ("territory=unione", ["Unione"]),
        ("status=completed", ["Ambito 5"]),
        ("status=ongoing", ["Prato", "Unione"]),
        ("dispositivo=partenariato-scuola-servizi", ["Ambito 5", "Unione"]),
        ("region=emilia-romagna&dispositivo=gruppi-genitori-bambini", ["Unione"]),
    ],
)
def test_filters_without_javascript(client, projects, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_unknown_filter_value_gets_a_clear_message_and_a_400(client, projects):
    response = client.get(f"{URL}?region=narnia")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Scegli un&#x27;opzione valida. narnia non è tra quelle disponibili." in html
    assert titles(response) == ["Ambito 5", "Prato", "Unione"]  # nothing filtered, nothing hidden


def test_csv_export_has_the_same_rows_as_the_filtered_list(client, projects):
    response = client.get(f"{URL}export.csv?dispositivo=gruppi-genitori-bambini")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["title"] for row in rows] == ["Prato", "Unione"]
    prato = rows[0]
    assert prato["amount_eur"] == "211500.00" and prato["families"] == "40" and prato["region"] == "Toscana"
    assert prato["dispositivi"] == "gruppi-genitori-bambini"


def test_json_export_has_totals_and_rows(client, projects):
    data = json.loads(client.get(f"{URL}export.json?region=toscana").content)
    assert data["count"] == 1 and data["total_amount_eur"] == "211500.00" and data["total_families"] == 40
    assert data["projects"][0]["url"].endswith("/it/attuazione-misure-pnrr/prato/")


def test_json_export_refuses_unknown_filters(client, projects):
    response = client.get(f"{URL}export.json?status=someday")
    assert response.status_code == 400
    assert "status" in json.loads(response.content)["errors"]


def test_index_queries_do_not_grow_with_projects(client, home):
    index = make_project_index(home)
    territory = make_territory(home.locale)
    strand = make_dispositivo(home.locale, "vicinanza-solidale", "Vicinanza solidale")

    def queries():
        client.get(URL)  # warm per-process caches first
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(URL).status_code == 200
        return len(ctx.captured_queries)

    for number in range(10):
        make_project(index, territory, f"p{number}", implementations=[("base", 1, 10)], dispositivi=[strand])
    at_ten = queries()
    for number in range(10, 40):
        make_project(index, territory, f"p{number}", implementations=[("base", 1, 10)], dispositivi=[strand])
    assert queries() == at_ten
