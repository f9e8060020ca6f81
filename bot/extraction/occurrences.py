"""Where a given word occurs in an article, found with str.find and fixed patterns.

A pattern built per word ('\\b' + word + '\\b') costs a regex compile for every new
word, more than the search itself; these helpers find the same places without one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extraction.lexicon import TITLE_WORDS, words

# A word boundary, as \b in a pattern (matched at a position, it reads the characters
# on both sides of it).
BOUNDARY_RE = re.compile(r"\b")
# What ends right before the whitespace in front of a word in mid-sentence: a word, a
# comma, a closing bracket, a closing quote that does not end a sentence, an initial or
# a title's abbreviation ('said Kelly', 'Mr. Ban', 'John G. Roberts'); never a line
# break ('Clinton."\n\nBoos rained down'), nor a name ending its sentence ('Rubio and
# Cruz. Along with her husband').
MID_SENTENCE_ENDS = ",)"
CLOSING_QUOTES = "”’\""
SENTENCE_ENDS = ".?!"
# An abbreviation before its period: an initial or a short title ('G.', 'Mr.', 'Sens.').
ABBREVIATION_RE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{0,3}$")
# Abbreviations that are not titles but end no sentence ('Del. Marcia Price').
ABBREVIATIONS = words("del pres st jr sr")


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
    """The word, ending at a word boundary, right after a mid-sentence context
    (_after_context)."""
    return any(BOUNDARY_RE.match(text, at + len(word)) and _after_context(text, at)
               for at in occurrences(text, word))


def _after_context(text: str, at: int) -> bool:
    """Whitespace with no line break ends at `at`, after a mid-sentence end."""
    start = at
    while start > 0 and text[start - 1].isspace():
        start -= 1
    if start == at or start == 0 or "\n" in text[start:at]:
        return False
    prev = text[start - 1]
    if prev == ".":
        return _abbreviation(text, start - 1)
    if prev in CLOSING_QUOTES:
        return start < 2 or text[start - 2] not in SENTENCE_ENDS
    return prev.isalnum() or prev == "_" or prev in MID_SENTENCE_ENDS


def _abbreviation(text: str, dot: int) -> bool:
    """The period at dot ends an initial ('G.') or a title's abbreviation ('Mr.',
    'Sens.'), not a short name ending its sentence ('Cruz.')."""
    m = ABBREVIATION_RE.search(text, max(0, dot - 6), dot)
    if m is None:
        return False
    word = m.group().lower()
    return len(word) == 1 or word in TITLE_WORDS or word in ABBREVIATIONS
