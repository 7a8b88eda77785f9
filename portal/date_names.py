"""Month and weekday names as they are written inside a date, overriding Django's own catalogues.

Django's Italian, Romanian and Albanian catalogues capitalise month and weekday names
("Venerdì 27 Novembre 2026"); these languages write them in lower case ("venerdì 27 novembre
2026"), as does Ukrainian for weekdays. Our catalogues in `locale/` come first (LOCALE_PATHS), so
the entries marked here replace Django's in every language; a language that capitalises them
(English) or has no case keeps Django's wording. Templates write dates with `E` (the month form
used inside a date: the genitive in Ukrainian) and `capfirst` where a date starts a line.

Nothing imports this module: it exists so that `makemessages` keeps these entries.
"""

from django.utils.translation import gettext_noop, pgettext_lazy

MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]

MONTHS_IN_A_DATE = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]

WEEKDAYS = [
    gettext_noop("Monday"),
    gettext_noop("Tuesday"),
    gettext_noop("Wednesday"),
    gettext_noop("Thursday"),
    gettext_noop("Friday"),
    gettext_noop("Saturday"),
    gettext_noop("Sunday"),
]
