"""Bootstrap Italia comes from node_modules at the pinned version; its RTL copy is generated."""

import json
import re
from pathlib import Path

from django.contrib.staticfiles import finders

ROOT = Path(__file__).resolve().parent.parent


def test_bootstrap_italia_is_pinned_and_found_through_staticfiles():
    package = json.loads((ROOT / "package.json").read_text())
    assert re.fullmatch(r"2\.18\.\d+", package["dependencies"]["bootstrap-italia"])
    installed = json.loads((ROOT / "node_modules/bootstrap-italia/package.json").read_text())
    assert installed["version"] == package["dependencies"]["bootstrap-italia"]
    for asset in ("css/bootstrap-italia.min.css", "js/bootstrap-italia.bundle.min.js", "svg/sprites.svg"):
        assert finders.find(f"bootstrap-italia/{asset}"), asset


def test_rtl_stylesheet_mirrors_the_ltr_one():
    ltr = Path(finders.find("bootstrap-italia/css/bootstrap-italia.min.css")).read_text()
    rtl = Path(finders.find("bootstrap-italia/css/bootstrap-italia.rtl.min.css")).read_text()
    # Logical utilities are flipped: margin-start is margin-left in LTR, margin-right in RTL.
    assert ".ms-auto{margin-left:auto !important}" in ltr
    assert ".ms-auto{margin-right:auto !important}" in rtl
    assert "sourceMappingURL" not in rtl


def test_fonts_are_declared_in_css_so_they_load_without_javascript():
    css = Path(finders.find("portal/css/fonts.css")).read_text()
    for family, folder in (("Titillium Web", "Titillium_Web"), ("Lora", "Lora")):
        assert f'font-family: "{family}"' in css
        for url in re.findall(rf'url\("\.\./\.\./(bootstrap-italia/fonts/{folder}/[^"]+)"\)', css):
            assert finders.find(url), url


def test_nothing_generated_is_committed():
    ignored = (ROOT / ".gitignore").read_text().split()
    for folder in ("node_modules/", "build/", ".venv/", "staticfiles/"):
        assert folder in ignored
