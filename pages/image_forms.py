"""The image upload form: any file Pillow cannot read gets a clear message, never a server error."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class PortalImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            field.to_python = self._readable(field.to_python)

    @staticmethod
    def _readable(to_python):
        def checked(data):
            try:
                return to_python(data)
            except ValidationError:
                raise
            except Exception as error:  # Pillow: truncated, corrupt or unsupported data
                raise ValidationError(
                    _("This file is damaged or is not an image (%(reason)s). Nothing was saved."),
                    code="invalid_image",
                    params={"reason": str(error)[:120]},
                ) from error

        return checked
