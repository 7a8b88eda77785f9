"""Browser journey in the restricted area: log in, upload, new version, the other team is kept out,
the coordinator reads the download log."""

from pathlib import Path

import pytest
from django.contrib.auth.models import User

from pages.site_setup import ensure_home
from teamspace.setup import ensure_team_space, operators_group
from tests.e2e.conftest import assert_axe_clean, screenshot

PASSWORD = "journey-password-2026"
PDF_V1 = b"%PDF-1.4\n% first version\n%%EOF\n"
PDF_V2 = b"%PDF-1.7\n% second version\n%%EOF\n"


@pytest.fixture
def teams(transactional_db, live_server):
    home = ensure_home()
    prato = ensure_team_space("Équipe Prato", "equipe-prato", parent_page=home, folders=["Verbali"])
    casalecchio = ensure_team_space("Équipe Casalecchio", "equipe-casalecchio", parent_page=home)
    operators = operators_group()

    def user(name, team):
        account = User.objects.create_user(name, password=PASSWORD)
        account.groups.set([team.group, operators])
        return account

    user("educatrice", prato)
    prato.coordinators.add(user("coordinatrice", prato))
    user("assistente", casalecchio)
    return live_server


def log_in(page, base, username):
    page.goto(base + "/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_team_member_journey(teams, open_context):
    base = teams.url
    page = open_context(locale="it-IT").new_page()
    log_in(page, base, "educatrice")
    page.goto(base + "/it/team/equipe-prato/")
    assert page.locator("h1").inner_text().startswith("Équipe Prato")
    assert_axe_clean(page)
    page.get_by_role("link", name="Carica un documento").click()
    assert page.get_by_text("Non caricare nulla su singole famiglie").is_visible()
    assert_axe_clean(page)
    page.fill("#id_title", "Protocollo di accoglienza")
    page.set_input_files("#id_file", {"name": "protocollo.pdf", "mimeType": "application/pdf", "buffer": PDF_V1})
    page.fill("#id_tags", "protocollo, accoglienza")
    page.get_by_role("button", name="Carica", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Protocollo di accoglienza"
    document_url = page.url
    # A new version: the first one stays downloadable.
    page.set_input_files("#id_file", {"name": "protocollo-v2.pdf", "mimeType": "application/pdf", "buffer": PDF_V2})
    page.get_by_role("button", name="Carica la nuova versione").click()
    page.wait_for_load_state()
    rows = page.locator("table tbody tr")
    assert rows.count() == 2
    assert "v2" in rows.nth(0).inner_text() and "v1" in rows.nth(1).inner_text()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="protocollo.pdf").click()
    download = download_info.value
    assert download.suggested_filename == "protocollo.pdf"
    assert Path(download.path()).read_bytes() == PDF_V1
    download_url = base + page.get_by_role("link", name="protocollo.pdf").get_attribute("href")
    screenshot(page, "teamspace-document")

    # A member of the other team: not found, by either URL; a bad upload shows a clear message.
    other = open_context(locale="it-IT").new_page()
    log_in(other, base, "assistente")
    assert other.goto(document_url).status == 404
    assert other.request.get(download_url).status == 404
    assert other.goto(base + "/it/team/equipe-prato/").status == 404
    other.goto(base + "/it/team/equipe-casalecchio/upload/")
    other.fill("#id_title", "Finto PDF")
    other.set_input_files("#id_file", {"name": "fattura.pdf", "mimeType": "application/pdf", "buffer": b"MZ\x90\x00"})
    other.get_by_role("button", name="Carica", exact=True).click()
    other.wait_for_load_state()
    assert other.get_by_text("Non si accettano programmi né script").is_visible()

    # The coordinator reads the download log.
    coordinator = open_context(locale="it-IT").new_page()
    log_in(coordinator, base, "coordinatrice")
    coordinator.goto(base + "/it/team/equipe-prato/")
    coordinator.get_by_role("link", name="Registro dei download").click()
    row = coordinator.locator("table tbody tr").first
    assert "educatrice" in row.inner_text() and "Protocollo di accoglienza" in row.inner_text()
    assert_axe_clean(coordinator)
    screenshot(coordinator, "teamspace-audit")
