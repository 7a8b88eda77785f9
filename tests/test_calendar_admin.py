"""Editors in the Wagtail admin: the schedule explained in words, bad input reported on the form."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from calendars.models import GroupPage
from calendars.testing import make_calendar, make_group


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password-123")
    client.force_login(user)
    return client


def group_form(**overrides):
    data = {
        "title": "Gruppo genitori",
        "slug": "gruppo-genitori",
        "kind": "parents",
        "age_min": 0,
        "age_max": 11,
        "comune": "Bologna",
        "territory": "",
        "place": "",
        "parallel_group": "",
        "run_by": "",
        "how_to_join": "",
        "contact": "",
        "free_of_charge": "on",
        "registration_required": "on",
        "description": rich_text(""),
        "first_date": "2027-03-02",
        "start_time": "17:00",
        "duration_minutes": 120,
        "timezone": "Europe/Rome",
        "pattern": "weekly",
        "custom_rule": "",
        "until": "",
        "count": 6,
        "languages": inline_formset([{"language": "ar"}]),
        "listed_dates": inline_formset([]),
        "exceptions": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_edit_form_explains_the_schedule_in_words(editor, home):
    group = make_group(make_calendar(home), pattern="custom", custom_rule="FREQ=WEEKLY;INTERVAL=3;BYDAY=TU", count=6)
    response = editor.get(f"/admin/pages/{group.pk}/edit/", HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert "data-schedule-summary" in html
    assert "6 volte" in html or "6 times" in html


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"pattern": "custom", "custom_rule": "FREQ=NEVER"}, "regola di ripetizione valida"),
        ({"until": "2027-01-01", "count": ""}, "precedente alla prima data"),
        ({"count": 0}, "almeno 1"),
        (
            {
                "exceptions": inline_formset(
                    [
                        {
                            "kind": "cancelled",
                            "date": "2027-03-09",
                            "new_date": "",
                            "new_start_time": "",
                            "new_place": "",
                            "reason": "Sciopero",
                        },
                        {
                            "kind": "moved",
                            "date": "2027-03-16",
                            "new_date": "2027-03-09",
                            "new_start_time": "",
                            "new_place": "",
                            "reason": "",
                        },
                    ]
                )
            },
            "quell&#x27;incontro è annullato",
        ),
    ],
)
def test_bad_schedules_are_rejected_with_a_message(editor, home, overrides, message):
    calendar = make_calendar(home)
    response = editor.post(f"/admin/pages/add/calendars/grouppage/{calendar.pk}/", group_form(**overrides))
    assert response.status_code == 200  # the form again, not a redirect
    assert message in response.content.decode()
    assert not GroupPage.objects.exists()


def test_a_good_schedule_is_saved(editor, home):
    calendar = make_calendar(home)
    response = editor.post(f"/admin/pages/add/calendars/grouppage/{calendar.pk}/", group_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    group = GroupPage.objects.child_of(calendar).get()
    assert group.first_date == datetime.date(2027, 3, 2)
    assert list(group.languages.values_list("language", flat=True)) == ["ar"]
