from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .uploads import check_upload


def style(form):
    for field in form.fields.values():
        if not isinstance(field.widget, forms.Select):
            field.widget.attrs.setdefault("class", "form-control")


class CheckedFileField(forms.FileField):
    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            self.checked = check_upload(upload)
        return upload


class UploadForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    file = CheckedFileField(label=_("File"))
    description = forms.CharField(label=_("Description"), max_length=2000, required=False, widget=forms.Textarea)
    tags = forms.CharField(label=_("Tags"), max_length=300, required=False, help_text=_("Separated by commas."))
    folder = forms.TypedChoiceField(label=_("Folder"), coerce=int)

    def __init__(self, *args, folders=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.folders = {folder.pk: folder for folder in folders}
        self.fields["folder"].choices = [(f.pk, "— " * (f.depth - folders[0].depth) + f.name) for f in folders]
        style(self)

    def clean_tags(self):
        tags = [tag.strip()[:40] for tag in self.cleaned_data["tags"].split(",") if tag.strip()]
        return ", ".join(dict.fromkeys(tags))

    def clean_folder(self):
        folder = self.folders.get(self.cleaned_data["folder"])
        if folder is None:
            raise ValidationError(_("Choose one of your team's folders."))
        return folder


class VersionForm(forms.Form):
    file = CheckedFileField(label=_("New version"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style(self)


class FolderForm(forms.Form):
    name = forms.CharField(label=_("Folder name"), max_length=80)


class AddMemberForm(forms.Form):
    """An existing account, by exact username or email; the membership rules live in `membership`."""

    account = forms.CharField(
        label=_("Username or email address"),
        max_length=254,
        error_messages={"required": _("Enter the username or email address of an existing account.")},
        help_text=_("The exact username or email address of an operator's account."),
    )

    def __init__(self, *args, team, **kwargs):
        super().__init__(*args, **kwargs)
        self.team = team
        self.user = None
        self.fields["account"].widget.attrs.update({"class": "form-control", "autocomplete": "off", "maxlength": 254})

    def clean_account(self):
        from .membership import find_account

        self.user = find_account(self.team, self.cleaned_data["account"])
        return self.cleaned_data["account"]
