from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeamspaceConfig(AppConfig):
    name = "teamspace"
    verbose_name = _("Team spaces")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import privacy  # restriction mirroring receivers

        privacy.connect_image_guard()

        from . import membership_audit

        membership_audit.connect()
