"""The coordinator's "Members" page: list the team's accounts, add an existing account, remove one.

Only the coordinator of the team (or an administrator) manages it: a member of the team gets a 403,
anybody else a 404 (the space's existence is not revealed), an anonymous visitor the login page.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from . import membership
from .forms import AddMemberForm
from .views import managing_coordinator, private


@private
def members(request, slug):
    team = managing_coordinator(request, slug)
    status = 200
    if request.method == "POST":
        form = AddMemberForm(request.POST, team=team)
        if form.is_valid():
            membership.add_member(team, form.user, by=request.user)
            messages.success(
                request,
                _("%(name)s has been added to the team and can now open its library.")
                % {"name": membership.display_name(form.user)},
            )
            return redirect("teamspace:members", slug=team.slug)
        status = 400
    else:
        form = AddMemberForm(team=team)
    context = {"team": team, "members": membership.members(team), "form": form}
    return render(request, "teamspace/members.html", context, status=status)


@private
def remove_member(request, slug, user_id):
    team = managing_coordinator(request, slug)
    account = get_object_or_404(get_user_model(), pk=user_id, groups=team.group)
    name = membership.display_name(account)
    if request.method == "POST":
        try:
            membership.remove_member(team, account, by=request.user)
        except membership.LastCoordinator:
            messages.error(
                request,
                _(
                    "%(name)s is the team's last coordinator and cannot be removed. "
                    "Ask the portal's administrators to name another coordinator first."
                )
                % {"name": name},
            )
        else:
            messages.success(request, _("%(name)s has been removed from the team.") % {"name": name})
        return redirect("teamspace:members", slug=team.slug)
    context = {"team": team, "account": account, "name": name, "is_self": account.pk == request.user.pk}
    return render(request, "teamspace/member_remove.html", context)
