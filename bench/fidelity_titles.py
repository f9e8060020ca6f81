"""Fidelity check on speaker titles (issue 11): bad_title(title, speaker) returns a
short reason, or None for a title a card can show. Independent of the extractor."""

from __future__ import annotations

import re

from fidelity_names import ODD_PUNCT_RE, _core, _is_place, _verb, _weekday
from fidelity_words import ED_ADJECTIVES, FUNCTION, PRONOUNS, QUANTIFIERS

MAX_TITLE_WORDS = 10  # longer is a clause taken in, not a title


def _contains_words(haystack: str, needle: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack, re.I))


def _repeats_name(title: str, speaker: str | None) -> bool:
    name = " ".join((speaker or "").split())
    if not name:
        return False
    surname = name.split()[-1]
    return _contains_words(title, name) or (
        len(name.split()) > 1 and title.lower() == surname.lower())


def _leading_past(words: list[str]) -> str | None:
    """A title that starts with a lower-case past tense ('approved a resolution ...'),
    other than an adjective ('retired neurosurgeon')."""
    first = words[0]
    if first.islower() and first.endswith("ed") and first not in ED_ADJECTIVES:
        return first
    return None


def bad_title(title: str | None, speaker: str | None = None) -> str | None:
    """Why a title is garbage, or None.

    Counted: a comma (a title is one noun phrase; a comma means a list or a clause
    was taken in); a start or end at a function word ('of the campaign', 'chief
    of'); a verb form (also a leading past tense); a leading quantifier ('numerous
    fellow'); a weekday (see _weekday); a place alone; a pronoun alone; quotation
    marks; more than MAX_TITLE_WORDS words; the speaker's name repeated in it.
    Not counted: a lower-case start ('former secretary of state', 'a spokeswoman for
    the campaign'): English writes a title in apposition in lower case; a leading
    article reads naturally after the name on a card ('— Jane Doe, a spokeswoman')."""
    text = " ".join((title or "").split())
    if not text:
        return None
    tokens = text.split()
    words = [_core(t) for t in tokens]
    if len(tokens) > MAX_TITLE_WORDS:
        return "too many words"
    if "," in text:
        return "comma"
    if ODD_PUNCT_RE.search(text) or not any(ch.isalpha() for ch in text):
        return "quotation mark or clause punctuation"
    if words[0].lower() in FUNCTION - {"a", "an", "the"} or words[-1].lower() in FUNCTION:
        return "starts or ends with a function word"
    verb = _verb(words, description=True) or _leading_past(words)
    if verb:
        return f"verb '{verb}'"
    if words[0] in QUANTIFIERS:
        return f"starts with '{words[0]}': a group, not one person's title"
    if _weekday(words, description=False):
        return "weekday"
    if _is_place(text):
        return "place"
    if text.lower() in PRONOUNS:
        return "pronoun"
    if _repeats_name(text, speaker):
        return "repeats the speaker's name"
    return None
