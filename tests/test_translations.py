"""Every UI language has a complete gettext catalogue whose placeholders match the source."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
UI_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]  # msgids are English


def catalogue(code):
    folder = code if "-" not in code else code.split("-")[0] + "_" + code.split("-")[1].title()
    return polib.pofile(str(ROOT / "locale" / folder / "LC_MESSAGES" / "django.po"))


def placeholders(text):
    return sorted(re.findall(r"%\(\w+\)s|\{\{\s*\w+\s*\}\}", text))


@pytest.mark.parametrize("code", UI_LANGUAGES)
def test_catalogue_is_complete(code):
    po = catalogue(code)
    assert po.untranslated_entries() == [], [e.msgid for e in po.untranslated_entries()]
    assert po.fuzzy_entries() == [], [e.msgid for e in po.fuzzy_entries()]


@pytest.mark.parametrize("code", UI_LANGUAGES)
def test_placeholders_survive_translation(code):
    for entry in catalogue(code).translated_entries():
        if entry.msgid_plural:
            # A plural form may leave the number out ("one result"), never invent a placeholder.
            allowed = set(placeholders(entry.msgid_plural))
            for text in entry.msgstr_plural.values():
                assert set(placeholders(text)) <= allowed, (entry.msgid, text)
        else:
            assert placeholders(entry.msgstr) == placeholders(entry.msgid), (entry.msgid, entry.msgstr)
