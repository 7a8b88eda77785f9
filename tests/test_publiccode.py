"""publiccode.yml carries the keys the Developers Italia catalogue requires."""

from pathlib import Path

import yaml
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def test_publiccode_has_the_required_keys():
    data = yaml.safe_load((ROOT / "publiccode.yml").read_text())
    for key in (
        "publiccodeYmlVersion",
        "name",
        "url",
        "platforms",
        "categories",
        "developmentStatus",
        "softwareType",
        "description",
        "legal",
        "maintenance",
        "localisation",
    ):
        assert key in data, key
    assert data["legal"]["license"] == "AGPL-3.0-or-later"
    for language in ("it", "en"):
        description = data["description"][language]
        assert len(description["shortDescription"]) <= 150
        assert description["features"]
    # The declared languages are the ones the portal serves.
    declared = {code.lower() for code in data["localisation"]["availableLanguages"]}
    assert declared == {code for code, _name in settings.LANGUAGES}
