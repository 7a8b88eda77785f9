"""Team membership managed by the team's coordinator: list, add an existing account, remove.

Accounts are never created here (administrators create them). Only active operator accounts can
join a team. Every change is recorded as a `MembershipChange` (who, what, when). The last
coordinator of a team cannot be removed, so a team is never left without someone to manage it.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from .membership_audit import recorded_by_page
from .models import MembershipChange, TeamSpace
from .setup import OPERATORS_GROUP

MAX_IDENTIFIER_LENGTH = 254  # an email address at most


@dataclass
class Member:
    user: object
    is_coordinator: bool
    added_at: object  # when the last "added" change was recorded here, or None (added by an administrator)


def display_name(user):
    return user.get_full_name() or user.get_username()


def members(team):
    """The team's accounts with their role and the date they were added (three queries)."""
    users = list(get_user_model().objects.filter(groups=team.group).order_by("last_name", "first_name", "username"))
    coordinators = set(team.coordinators.values_list("pk", flat=True))
    added = dict(
        MembershipChange.objects.filter(team=team, action=MembershipChange.ADDED, member__in=[u.pk for u in users])
        .values("member")
        .annotate(last=Max("at"))
        .values_list("member", "last")
    )
    return [Member(user, user.pk in coordinators, added.get(user.pk)) for user in users]


def find_account(team, identifier):
    """The account to add, by exact username or (case-insensitive) exact email; ValidationError otherwise."""
    user_model = get_user_model()
    identifier = identifier.strip()
    user = user_model.objects.filter(**{user_model.USERNAME_FIELD: identifier}).first()
    if user is None and "@" in identifier:
        matches = list(user_model.objects.filter(email__iexact=identifier)[:2])
        if len(matches) > 1:
            raise ValidationError(_("Several accounts have this email address: enter the username instead."))
        user = matches[0] if matches else None
    if user is None:
        raise ValidationError(
            _("No account has this username or email address. Accounts are created by the portal's administrators.")
        )
    if not user.is_active:
        raise ValidationError(_("This account is disabled. Ask the portal's administrators."))
    if team.group.user_set.filter(pk=user.pk).exists():
        raise ValidationError(
            _("%(name)s is already a member of this team.") % {"name": display_name(user)}, code="already"
        )
    if not user.groups.filter(name=OPERATORS_GROUP).exists():
        raise ValidationError(
            _(
                "Only operators' accounts can join a team space. "
                "Ask the portal's administrators to give this account operator access."
            )
        )
    return user


def _record(team, action, member, by):
    MembershipChange.of(team, action, member, by).save()


@transaction.atomic
def add_member(team, user, *, by):
    TeamSpace.objects.select_for_update().filter(pk=team.pk).first()
    with recorded_by_page():
        user.groups.add(team.group)
    _record(team, MembershipChange.ADDED, user, by)


class LastCoordinator(Exception):
    pass


@transaction.atomic
def remove_member(team, user, *, by):
    """Take `user` out of the team (and its coordinators). Raises LastCoordinator if nobody would manage it."""
    TeamSpace.objects.select_for_update().filter(pk=team.pk).first()  # one change at a time per team
    coordinators = set(team.coordinators.filter(groups=team.group, is_active=True).values_list("pk", flat=True))
    if coordinators == {user.pk}:
        raise LastCoordinator
    with recorded_by_page():
        user.groups.remove(team.group)
    team.coordinators.remove(user)
    _record(team, MembershipChange.REMOVED, user, by)
