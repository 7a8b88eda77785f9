"""PNRR project cards: disclosure from fields, validation, derived status."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from pages.models import ProjectPage
from pages.models.projects import ProjectStatus, status_for
from tests.factories import make_dispositivo, make_project, make_project_index, make_territory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return make_project_index(home)


@pytest.fixture
def prato(home):
    return make_territory(home.locale)


def test_project_page_shows_the_pnrr_disclosure_from_its_fields_before_the_title(client, index, prato):
    make_project(
        index,
        prato,
        "pippi-prato",
        title="P.I.P.P.I. nell'area pratese",
        cup="E29I22000150006",
        amount=Decimal("211500.00"),
        implementations=[("base", 2, 10), ("advanced", 1, 20)],
        start_date=datetime.date(2023, 1, 1),
        end_date=datetime.date(2026, 6, 30),
    )
    html = client.get("/it/attuazione-misure-pnrr/pippi-prato/").content.decode()
    notice = html.index("pnrr-notice--prominent")
    assert notice < html.index("<h1>")
    disclosure = html[notice : html.index("<h1>")]
    assert "Finanziato dall'Unione europea – NextGenerationEU" in disclosure
    assert "eu-emblem.svg" in disclosure
    assert 'CUP <span class="pnrr-notice__cup">E29I22000150006</span>' in disclosure
    assert "211.500,00 €" in disclosure
    assert "1.1.1" in disclosure and "Avviso 1/2022" in disclosure
    assert "Totale famiglie" in html or "40" in html
    assert '"@type": "Project"' in html


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"cup": "e29i2200015000"}, "cup", "Il CUP ha esattamente 15"),
        ({"amount": Decimal("-1")}, "amount", "L'importo non può essere negativo."),
        (
            {"start_date": datetime.date(2024, 6, 30), "end_date": datetime.date(2023, 1, 1)},
            "end_date",
            "La data di fine non può essere precedente alla data di inizio.",
        ),
    ],
)
def test_project_validation_explains_the_error_in_italian(index, prato, fields, field, message):
    project = ProjectPage(title="Errato", slug="errato", territory=prato, summary="x", implementing_body="x", **fields)
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=project)
    assert any(text.startswith(message) for text in error.value.message_dict[field]), error.value.message_dict
    assert not ProjectPage.objects.filter(slug="errato").exists()


def test_status_is_derived_from_the_dates():
    today = datetime.date(2026, 11, 24)
    assert status_for(datetime.date(2027, 1, 1), None, today) == ProjectStatus.PLANNED
    assert status_for(datetime.date(2023, 1, 1), datetime.date(2024, 6, 30), today) == ProjectStatus.COMPLETED
    assert status_for(datetime.date(2023, 1, 1), datetime.date(2026, 12, 31), today) == ProjectStatus.ONGOING
    assert status_for(None, None, today) == ProjectStatus.ONGOING


def test_project_lists_its_support_strands_and_municipalities(client, index, home):
    from pages.models import TerritoryComune

    territory = make_territory(home.locale, slug="unione", name="Unione Reno Lavino Samoggia", region="emilia-romagna")
    territory.comuni = [TerritoryComune(name="Casalecchio di Reno", istat_code="037011")]
    territory.save()
    strand = make_dispositivo(home.locale, "vicinanza-solidale", "Vicinanza solidale")
    make_project(index, territory, "unione", dispositivi=[strand])
    html = client.get("/it/attuazione-misure-pnrr/unione/").content.decode()
    assert "Vicinanza solidale" in html and "Casalecchio di Reno" in html


def test_istat_code_is_validated(home):
    from pages.models import TerritoryComune

    comune = TerritoryComune(territory=make_territory(home.locale), name="Prato", istat_code="10005")
    with pytest.raises(ValidationError) as error:
        comune.full_clean()
    assert "6 cifre" in str(error.value)
