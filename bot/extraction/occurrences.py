"""Where a given word occurs in an article, found with str.find and fixed patterns.

A pattern built per word ('\\b' + word + '\\b') costs a regex compile for every new
word, more than the search itself; these helpers find the same places without one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A word boundary, as \b in a pattern (matched at a position, it reads the characters
# on both sides of it).
BOUNDARY_RE = re.compile(r"\b")
# What ends right before the whitespace in front of a word in mid-sentence: a word, a
# comma, a closing quote or bracket, or a short abbreviation ('said Kelly', 'Mr. Ban').
MID_SENTENCE_RE = re.compile(r"(?:[\w,”’)\"]|\b[A-Z][a-z]{0,3}\.)\s+")
# The longest thing MID_SENTENCE_RE reads before the whitespace ('Sens.').
MAX_BEFORE = 5


def occurrences(text: str, word: str) -> Iterator[int]:
    """The start of every occurrence of word in text (overlapping ones too)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def has_whole_word(text: str, word: str) -> bool:
    """re.search(r'\\b' + re.escape(word) + r'\\b', text) is not None."""
    return any(BOUNDARY_RE.match(text, at) and BOUNDARY_RE.match(text, at + len(word))
               for at in occurrences(text, word))


def in_mid_sentence(text: str, word: str) -> bool:
    """re.search(MID_SENTENCE_RE.pattern + re.escape(word) + r'\\b', text) is not None:
    the word, ending at a word boundary, right after MID_SENTENCE_RE's context."""
    return any(BOUNDARY_RE.match(text, at + len(word)) and _after_context(text, at)
               for at in occurrences(text, word))


def _after_context(text: str, at: int) -> bool:
    """Whitespace ends at `at`, and MID_SENTENCE_RE reads it with what comes before."""
    start = at
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start < at and any(MID_SENTENCE_RE.fullmatch(text, s, at)
                              for s in range(max(0, start - MAX_BEFORE), start))
