"""Match the free-text territory of older group pages to a territory snippet.

Pure functions on plain tuples, so the data migration (which only has historical models) and the
tests use the same code. A text matches a territory's name or short name, ignoring case, accents
kept, surrounding and repeated spaces ignored: first among territories in the group's own locale,
then in any locale (then the territory's translation in the group's locale is preferred). A text
that matches two different territories at the same step is ambiguous and stays unmatched.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    pk: int
    name: str
    short_name: str
    locale_id: int
    translation_key: str


def normalise(text):
    return " ".join((text or "").split()).casefold()


def match_territory(text, locale_id, candidates):
    """The Candidate that `text` names for a group in `locale_id`, or None (no match or ambiguous)."""
    wanted = normalise(text)
    if not wanted:
        return None
    candidates = list(candidates)
    same_locale = [c for c in candidates if c.locale_id == locale_id]
    for pool, field in (
        (same_locale, "name"),
        (same_locale, "short_name"),
        (candidates, "name"),
        (candidates, "short_name"),
    ):
        found = [c for c in pool if normalise(getattr(c, field)) == wanted]
        if not found:
            continue
        if len({c.translation_key for c in found}) > 1:
            return None
        by_locale = {c.locale_id: c for c in candidates if c.translation_key == found[0].translation_key}
        return by_locale.get(locale_id) or found[0]
    return None


def match_all(rows, candidates):
    """{row id: Candidate or None} for rows of (id, text, locale_id); empty texts are left out."""
    candidates = list(candidates)
    return {pk: match_territory(text, locale_id, candidates) for pk, text, locale_id in rows if normalise(text)}
