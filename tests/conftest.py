import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

from pages.site_setup import ensure_home


@pytest.fixture
def home(db):
    """The Italian home page at the site root, with every locale created."""
    return ensure_home()


@pytest.fixture(scope="module")
def _demo_for_module(django_db_setup, django_db_blocker):
    """The demo portal, built once per test module inside a transaction rolled back at the module's end.

    Each test that uses it runs in a savepoint inside that transaction (pytest sets up higher-scoped
    fixtures first), so a test's changes vanish after it and the next test sees the demo intact.
    """
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


@pytest.fixture
def demo(_demo_for_module, db):
    """The demo portal as `make run` builds it (home, publishing, calendar, team spaces, translations)."""
    from pages.models import HomePage

    return HomePage.objects.get(locale__language_code="it", depth=2)
