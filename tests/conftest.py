import pytest
from django.core.management import call_command

from pages.site_setup import ensure_home


@pytest.fixture
def home(db):
    """The Italian home page at the site root, with every locale created."""
    return ensure_home()


@pytest.fixture
def demo(db):
    """The demo portal as `make run` builds it (home, footer pages, translations)."""
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from pages.models import HomePage

    return HomePage.objects.get(locale__language_code="it", depth=2)
