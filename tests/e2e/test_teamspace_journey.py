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


def test_coordinator_adds_and_removes_a_member(teams, open_context):
    """The coordinator adds an existing operator's account; that person then opens the library. Removed,
    they lose it at once. The Members page and the confirmation page pass axe-core."""
    base = teams.url
    newcomer_account = User.objects.create_user("nuovo.operatore", password=PASSWORD, first_name="Nina")
    newcomer_account.groups.set([operators_group()])
    newcomer = open_context(locale="it-IT").new_page()
    log_in(newcomer, base, "nuovo.operatore")
    assert newcomer.goto(base + "/it/team/equipe-prato/").status == 404

    coordinator = open_context(locale="it-IT").new_page()
    log_in(coordinator, base, "coordinatrice")
    coordinator.goto(base + "/it/team/equipe-prato/")
    coordinator.get_by_role("link", name="Membri").click()
    assert coordinator.locator("h1").inner_text() == "Équipe Prato: membri"
    assert coordinator.get_by_text("Gli account sono creati dagli amministratori del portale").is_visible()
    assert_axe_clean(coordinator)
    # An unknown account: a clear message, the field marked, nothing added.
    coordinator.get_by_label("Nome utente o indirizzo email").fill("sconosciuto")
    coordinator.get_by_role("button", name="Aggiungi al team").click()
    coordinator.wait_for_load_state()
    assert coordinator.get_by_role("alert").first.is_visible()
    assert coordinator.get_by_text("Nessun account ha questo nome utente").first.is_visible()
    assert_axe_clean(coordinator)
    screenshot(coordinator, "teamspace-members-error")
    coordinator.get_by_label("Nome utente o indirizzo email").fill("nuovo.operatore")
    coordinator.get_by_role("button", name="Aggiungi al team").click()
    coordinator.wait_for_load_state()
    assert coordinator.get_by_text("Nina è stato aggiunto al team").is_visible()
    assert "nuovo.operatore" in coordinator.locator("table tbody").inner_text()
    screenshot(coordinator, "teamspace-members")

    response = newcomer.goto(base + "/it/team/equipe-prato/")
    assert response.status == 200 and newcomer.locator("h1").inner_text().startswith("Équipe Prato")

    coordinator.get_by_role("link", name="Rimuovi nuovo.operatore").click()
    assert coordinator.get_by_text("Rimuovere Nina da Équipe Prato?").is_visible()
    assert_axe_clean(coordinator)
    screenshot(coordinator, "teamspace-member-remove")
    coordinator.get_by_role("button", name="Rimuovi dal team").click()
    coordinator.wait_for_load_state()
    assert coordinator.get_by_text("Nina è stato rimosso dal team.").is_visible()
    assert newcomer.goto(base + "/it/team/equipe-prato/").status == 404
