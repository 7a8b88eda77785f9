"""Login throttling and the rule that keeps operators and team members out of the Wagtail admin.

A small cache-based throttle rather than django-axes: it sits in the authentication backend, so
it covers every password form (the portal's login, Wagtail's admin login, password-protected
views) without new middleware or tables, and the portal's cache (Redis in production) is shared
by every worker.
"""

import hashlib

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.core.exceptions import PermissionDenied

from portal.client_address import client_address

ADMIN_PERMISSION = "wagtailadmin.access_admin"
OPERATORS_GROUP = "operators"


def max_failures():
    return getattr(settings, "PORTAL_LOGIN_MAX_FAILURES", 5)


def lockout_seconds():
    return getattr(settings, "PORTAL_LOGIN_LOCKOUT_SECONDS", 15 * 60)


def _key(kind, value):
    digest = hashlib.sha256(str(value).strip().lower().encode()).hexdigest()[:32]
    return f"portal-login-failures:{kind}:{digest}"


def _keys(request, username):
    return [
        (_key("user", username or ""), max_failures()),
        (_key("addr", client_address(request)), max_failures() * 4),
    ]


def is_locked(request, username):
    return any((cache.get(key) or 0) >= limit for key, limit in _keys(request, username))


def record_failure(request, username):
    for key, _limit in _keys(request, username):
        cache.add(key, 0, lockout_seconds())
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, lockout_seconds())


def clear_failures(request, username):
    cache.delete(_key("user", username or ""))


class ThrottledModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(self._username_field())
        if is_locked(request, username):
            if request is not None:
                request.portal_login_locked = True
            raise PermissionDenied("too many failed logins")
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            record_failure(request, username)
        else:
            clear_failures(request, username)
        return user

    @staticmethod
    def _username_field():
        from django.contrib.auth import get_user_model

        return get_user_model().USERNAME_FIELD

    def has_perm(self, user_obj, perm, obj=None):
        if (
            perm == ADMIN_PERMISSION
            and user_obj.is_authenticated  # anonymous visitors have no permission anyway: no queries
            and not user_obj.is_staff
            and is_portal_only_user(user_obj)
        ):
            return False
        return super().has_perm(user_obj, perm, obj)


def is_portal_only_user(user):
    """Operators and team members reach the admin only if they are also staff (is_staff)."""
    from .models import TeamSpace

    groups = set(user.groups.values_list("pk", flat=True))
    portal_groups = set(TeamSpace.objects.values_list("group_id", flat=True))
    portal_groups |= set(user.groups.model.objects.filter(name=OPERATORS_GROUP).values_list("pk", flat=True))
    return bool(groups & portal_groups)
