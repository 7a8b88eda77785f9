"""Front-end accounts: login (throttled), logout and password reset at /accounts/..."""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.core.cache import cache
from django.utils import translation
from django.views.decorators.cache import never_cache

from portal.client_address import client_address

from .auth import is_locked

RESET_LIMIT = 5


def language_of(path):
    """The language code a portal path starts with (`/it/team/` -> "it"), or None."""
    prefix = (path or "").lstrip("/").split("/", 1)[0].lower()
    codes = {code.lower(): code for code, _name in settings.LANGUAGES}
    return codes.get(prefix)


class ThrottledLoginView(auth_views.LoginView):
    """Django's login view; after too many failures it answers 429 with a clear message.

    /accounts/ has no language prefix. A visitor sent here from a page (`?next=/it/team/`) gets
    the login page in that page's language rather than the browser's.
    """

    def dispatch(self, request, *args, **kwargs):
        code = language_of(request.POST.get("next") or request.GET.get("next"))
        if code:
            translation.activate(code)
            request.LANGUAGE_CODE = code
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if is_locked(request, request.POST.get("username", "")):
            return self.locked_response()
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        if getattr(self.request, "portal_login_locked", False):
            return self.locked_response()
        return super().form_invalid(form)

    def locked_response(self):
        form = self.get_form_class()(self.request)
        response = self.render_to_response(self.get_context_data(form=form, login_locked=True))
        response.status_code = 429
        return response


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset form; at most RESET_LIMIT requests per client address an hour (no mail bombing)."""

    template_name = "registration/password_reset_form.html"

    def post(self, request, *args, **kwargs):
        key = "portal-password-reset:" + client_address(request)
        cache.add(key, 0, 60 * 60)
        if cache.incr(key) > RESET_LIMIT:
            response = self.get(request, *args, **kwargs)
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)


password_reset = never_cache(PasswordResetView.as_view())
