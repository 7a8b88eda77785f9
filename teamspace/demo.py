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
