"""Turning what a visitor typed into a safe search query, and highlighting the matched words.

Only words (letters and digits in any script) and double-quoted phrases survive; an upper-case
``OR`` between words offers alternatives. Everything else (``*``, ``-``, ``NEAR``, parentheses,
SQL or FTS syntax) is treated as plain text, so no backend ever receives operators it would
interpret. The result is a modelsearch query object, which every backend understands.
"""

import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe
from modelsearch.query import And, Or, Phrase, PlainText

MAX_QUERY_LENGTH = 200  # characters kept from what was typed
MAX_TERMS = 12  # words and phrases
WORD_RE = re.compile(r"[^\W_]+")
PHRASE_RE = re.compile(r'"([^"]*)"')


@dataclass
class ParsedQuery:
    text: str = ""  # the cleaned text, echoed back into the search box
    groups: list = field(default_factory=list)  # alternatives (OR), each a list of ("word"|"phrase", text)
    truncated: bool = False

    @property
    def terms(self):
        """Every word of the query (for highlighting)."""
        words = []
        for group in self.groups:
            for _kind, value in group:
                words.extend(WORD_RE.findall(value))
        return words

    def __bool__(self):
        return bool(self.groups)

    def to_search_query(self):
        alternatives = []
        for group in self.groups:
            parts = []
            words = [value for kind, value in group if kind == "word"]
            if words:
                parts.append(PlainText(" ".join(words), operator="and"))
            parts.extend(Phrase(value) for kind, value in group if kind == "phrase")
            alternatives.append(parts[0] if len(parts) == 1 else And(parts))
        return alternatives[0] if len(alternatives) == 1 else Or(alternatives)


def clean_text(raw):
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or "")[: MAX_QUERY_LENGTH * 5])
    text = " ".join(text.split())
    truncated = len(text) > MAX_QUERY_LENGTH
    return text[:MAX_QUERY_LENGTH].strip(), truncated


def parse_query(raw):
    text, truncated = clean_text(raw)
    parsed = ParsedQuery(text=text, truncated=truncated)
    # Phrases first (an unmatched quote is ignored), then the remaining words.
    items = []
    position = 0
    for match in PHRASE_RE.finditer(text):
        items.extend(("word", w) for w in re.split(r"\s+", text[position : match.start()]) if w)
        words = WORD_RE.findall(match.group(1))
        if len(words) > 1:
            items.append(("phrase", " ".join(words)))
        elif words:
            items.append(("word", words[0]))
        position = match.end()
    items.extend(("word", w) for w in re.split(r"\s+", text[position:]) if w)

    groups, current, count = [], [], 0
    for kind, value in items:
        if kind == "word" and value == "OR":
            if current:
                groups.append(current)
            current = []
            continue
        if kind == "word":
            for word in WORD_RE.findall(value):
                if count < MAX_TERMS:
                    current.append(("word", word))
                    count += 1
        elif count < MAX_TERMS:
            current.append(("phrase", value))
            count += 1
    if current:
        groups.append(current)
    parsed.groups = groups
    return parsed


def _stem(word):
    """A light stem for highlighting: "famiglia" also marks "famiglie", "genitori" marks "genitore"."""
    word = word.lower()
    return word[:-1] if len(word) > 4 else word


def highlight(text, terms, width=220):
    """An escaped excerpt of `text` around the first matched word, matched words in <mark>."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    stems = sorted({_stem(t) for t in terms if t}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(s) for s in stems) + r")\w*", re.I) if stems else None
    start = 0
    first = pattern.search(text) if pattern else None
    if first and first.start() > width // 3:
        start = text.rfind(" ", 0, first.start() - width // 3) + 1
    excerpt = text[start : start + width]
    if start + width < len(text):
        cut = excerpt.rfind(" ")
        excerpt = (excerpt[:cut] if cut > width // 2 else excerpt) + " …"
    if start:
        excerpt = "… " + excerpt
    if not pattern:
        return escape(excerpt)
    pieces, last = [], 0
    for match in pattern.finditer(excerpt):
        pieces.append(escape(excerpt[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    pieces.append(escape(excerpt[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
