"""Dates are written as each language writes them: lower-case months and weekdays where that is the rule."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import formats, translation

DAY = datetime.date(2026, 11, 27)  # a Friday


def render(code, template):
    with translation.override(code):
        return Template("{% load i18n %}" + template).render(Context({"day": DAY}))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("it", "Venerdì 27 novembre 2026"),
        ("ro", "Vineri 27 noiembrie 2026"),
        ("sq", "E premte 27 nëntor 2026"),
        ("fr", "Vendredi 27 novembre 2026"),
        ("es", "Viernes 27 noviembre 2026"),
        ("uk", "П&#x27;ятниця 27 листопада 2026"),  # the genitive inside a date (apostrophe escaped in HTML)
        ("en", "Friday 27 November 2026"),
    ],
)
def test_a_date_at_the_start_of_a_line(code, expected):
    assert render(code, '{{ day|date:"l j E Y"|capfirst }}') == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [("it", "27 novembre 2026"), ("ro", "27 noiembrie 2026"), ("en", "Nov. 27, 2026"), ("uk", "27 листопада 2026 р.")],
)
def test_the_locale_date_format(code, expected):
    with translation.override(code):
        assert formats.date_format(DAY, "DATE_FORMAT") == expected


def test_inside_a_sentence_the_weekday_stays_lower_case():
    assert render("it", '{{ day|date:"l j E" }}') == "venerdì 27 novembre"
