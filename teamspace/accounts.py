"""Front-end accounts: login (throttled), logout and password reset at /accounts/..."""

from django.contrib.auth import views as auth_views
from django.core.cache import cache
from django.views.decorators.cache import never_cache

from .auth import client_address, is_locked

RESET_LIMIT = 5


class ThrottledLoginView(auth_views.LoginView):
    """Django's login view; after too many failures it answers 429 with a clear message."""

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
