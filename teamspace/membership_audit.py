"""Team membership changed anywhere else (Wagtail's user editor, a shell, a script) is audited too.

The Members page records its own changes with the coordinator's name (`teamspace.membership`).
Any other change to a team group's members reaches these receivers through `m2m_changed` and is
recorded with no author ("portal administration" on the audit page): the acting user is not known
to a model signal, and the record is about the change, not about who typed it.
"""

import contextvars

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed

_recorded_by_page = contextvars.ContextVar("teamspace_membership_recorded_by_page", default=False)
_before_clear = {}  # (user or group pk, direction) -> the pairs a clear() is about to remove


class recorded_by_page:
    """Context manager: the Members page records this change itself (no second, author-less record)."""

    def __enter__(self):
        self.token = _recorded_by_page.set(True)

    def __exit__(self, *exc):
        _recorded_by_page.reset(self.token)


def _pairs(instance, reverse, pk_set):
    """(user id, group id) pairs from either side of the relation."""
    return [(pk, instance.pk) for pk in pk_set] if reverse else [(instance.pk, pk) for pk in pk_set]


def _current_pairs(instance, reverse):
    if reverse:
        return [(pk, instance.pk) for pk in instance.user_set.values_list("pk", flat=True)]
    return [(instance.pk, pk) for pk in instance.groups.values_list("pk", flat=True)]


def _record(pairs, action):
    from .models import MembershipChange, TeamSpace

    teams = {team.group_id: team for team in TeamSpace.objects.filter(group_id__in={g for _u, g in pairs})}
    if not teams:
        return
    users = get_user_model().objects.in_bulk({u for u, g in pairs if g in teams})
    MembershipChange.objects.bulk_create(
        MembershipChange.of(teams[group_id], action, users[user_id])
        for user_id, group_id in pairs
        if group_id in teams and user_id in users
    )


def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    from .models import MembershipChange

    if _recorded_by_page.get():
        return
    key = (instance.pk, reverse)
    if action == "pre_clear":
        _before_clear[key] = _current_pairs(instance, reverse)
    elif action == "post_clear":
        _record(_before_clear.pop(key, []), MembershipChange.REMOVED)
    elif action in ("post_add", "post_remove") and pk_set:
        added = action == "post_add"
        _record(_pairs(instance, reverse, pk_set), MembershipChange.ADDED if added else MembershipChange.REMOVED)


def connect():
    m2m_changed.connect(
        groups_changed, sender=get_user_model().groups.through, dispatch_uid="teamspace_membership_audit"
    )
