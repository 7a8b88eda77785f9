"""Demo team spaces for `load_demo` (idempotent). Accounts only where PORTAL_DEMO_ACCOUNTS is on (dev)."""

from django.conf import settings
from django.contrib.auth import get_user_model

from .setup import ensure_team_space, operators_group

DEMO_PASSWORD = "pippi-demo-2026"  # noqa: S105 - dev settings only, printed by the command
TEAMS = [
    # name, slug, folders, coordinator, members
    ("Équipe Prato", "equipe-prato", ["Protocolli", "Verbali", "Formazione"], "coord.prato", ["educatrice.prato"]),
    (
        "Équipe Casalecchio",
        "equipe-casalecchio",
        ["Protocolli", "Verbali"],
        "coord.casalecchio",
        ["assistente.casalecchio"],
    ),
]
OPERATOR = "operatore.territorio"


def load_teamspaces(stdout, home):
    """Two team spaces with private pages under `home`, members and coordinators (dev), one operator in no team."""
    stdout.write("team spaces (restricted area)")
    operators = operators_group()
    teams = []
    for name, slug, folders, coordinator, members in TEAMS:
        team = ensure_team_space(name, slug, parent_page=home, folders=folders)
        teams.append((team, coordinator, members))
        stdout.write(f"  {slug}: ready ({len(folders)} folders, private pages at /{home.locale.language_code}/{slug}/)")
    load_team_documents(stdout, teams)
    if not getattr(settings, "PORTAL_DEMO_ACCOUNTS", False):
        stdout.write("  team accounts: skipped (these settings do not allow them)")
        return teams
    user_model = get_user_model()

    def account(username):
        user, created = user_model.objects.get_or_create(username=username, defaults={"first_name": username})
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        return user

    for team, coordinator, members in teams:
        for username in [coordinator, *members]:
            user = account(username)
            user.groups.add(team.group, operators)
        team.coordinators.add(account(coordinator))
        stdout.write(
            f"  {team.name}: coordinator {coordinator}, members {', '.join(members)}, password: {DEMO_PASSWORD}"
        )
    account(OPERATOR).groups.add(operators)
    stdout.write(f"  {OPERATOR} (operators, no team), password: {DEMO_PASSWORD}")
    return teams


# Working documents of the demo teams: templates and schedules, never anything about a family.
DOCUMENTS = {
    "equipe-prato": [
        (
            "Protocolli",
            "protocollo-equipe.txt",
            "Protocollo operativo dell'équipe multidisciplinare",
            "Chi fa che cosa nell'équipe P.I.P.P.I.: referente territoriale, coach, assistente sociale, "
            "educatrice, psicologa. Tempi delle riunioni e strumenti (Mondo del Bambino, RPMonline).",
            "protocollo, équipe",
            "PROTOCOLLO OPERATIVO DELL'ÉQUIPE MULTIDISCIPLINARE - P.I.P.P.I. Area Pratese\n\n"
            "1. Composizione dell'équipe: referente territoriale, coach, assistente sociale, educatrice,\n"
            "   psicologa, referente della scuola e del pediatra quando coinvolti.\n"
            "2. Riunioni: ogni due settimane, il martedì, presso il servizio sociale.\n"
            "3. Strumenti: il Mondo del Bambino per l'assessment, RPMonline per la documentazione.\n"
            "4. I dati delle famiglie stanno solo in RPMonline, mai in questo spazio.\n",
        ),
        (
            "Verbali",
            "modello-verbale.txt",
            "Modello di verbale di riunione d'équipe",
            "Da copiare per ogni riunione: data, presenti, punti discussi, decisioni, prossimi passi.",
            "modello, verbale",
            "VERBALE DI RIUNIONE D'ÉQUIPE (modello)\n\nData:\nPresenti:\nOrdine del giorno:\n"
            "Decisioni:\nProssimi passi e responsabili:\nProssima riunione:\n\n"
            "Non scrivere nomi o dati delle famiglie: usare solo i codici di RPMonline.\n",
        ),
        (
            "Formazione",
            "calendario-formazione.csv",
            "Calendario della formazione 2026-2027",
            "Le giornate di formazione per operatori e coach del livello avanzato.",
            "formazione, calendario",
            "data,tema,formatori\n2026-12-15,Il Mondo del Bambino,Università di Padova\n"
            "2027-02-09,Il dispositivo dei gruppi con genitori e bambini,LabRIEF\n"
            "2027-04-13,Valutazione e monitoraggio con RPMonline,LabRIEF\n",
        ),
    ],
    "equipe-casalecchio": [
        (
            "Protocolli",
            "accordo-scuola-servizi.txt",
            "Accordo di collaborazione scuola-servizi (bozza)",
            "Bozza dell'accordo con gli istituti comprensivi per il dispositivo scuola-servizi.",
            "accordo, scuola",
            "ACCORDO DI COLLABORAZIONE TRA SCUOLA E SERVIZI (bozza)\n\n"
            "Le parti si impegnano a nominare un insegnante referente per ogni famiglia in P.I.P.P.I.,\n"
            "a partecipare alle micro-progettazioni e a condividere le informazioni solo nell'équipe.\n",
        ),
    ],
}


def load_team_documents(stdout, teams):
    """A few working documents in each demo team's library (idempotent, by title)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .library import create_document
    from .models import LibraryDocument
    from .uploads import check_upload

    for team, *_accounts in teams:
        added = 0
        for folder_name, file_name, title, description, tags, text in DOCUMENTS.get(team.slug, []):
            if LibraryDocument.objects.filter(team=team, title=title).exists():
                continue
            folder = team.collection.get_children().filter(name=folder_name).first() or team.collection
            upload = SimpleUploadedFile(file_name, text.encode("utf-8"))
            create_document(
                team, folder, upload, check_upload(upload), title=title, description=description, tags=tags, user=None
            )
            added += 1
        stdout.write(f"  {team.name}: {added} document(s) added to the library")
