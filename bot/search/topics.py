"""The topics a "Nothing from X on Y" notice lists (notices.py): the capitalised terms
(names, places, acronyms) a speaker's latest statements mention most. Pure."""

from __future__ import annotations

import re
from collections import Counter

from bot.models import StoredStatement
from bot.search.periods import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from bot.text import plain, words

# How many topics a "Nothing from X on Y" notice lists.
NOTICE_TOPICS = 5
# A run of capitalised words ("Ukraine", "North Atlantic", "NATO"): the topics listed.
# The capital comes first and the word boundary is checked behind it ('\b[A-Z]' as a
# look-behind), so the scan for a capital runs in the regex engine's fast prefix search.
CAPITALISED_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w-]*(?:\s+[A-Z][\w-]*)*")
# Time zones after a clock time ('9 p.m. ET'): a time, never a topic. Source: the
# abbreviations of North American and world time zones (not 'CT', 'MT': also states).
TIME_ZONES = ["et", "est", "edt", "cst", "cdt", "mst", "mdt", "pt", "pst", "pdt", "gmt",
              "utc", "bst", "cet"]
# Words that name a day, month or time zone: a term made only of them ('Tuesday',
# 'March', 'ET') is a date, not a topic ('Theresa May' keeps both words: not every word
# names a date).
DATE_WORDS = frozenset([*MONTHS, *WEEKDAYS, *(m.lower() for m in MONTH_ABBREVIATIONS),
                        *TIME_ZONES])
# Articles and demonstratives: 'The' of 'The Washington Post' is no topic (left alone
# when the run's other words are the speaker's own name, it was listed as one).
ARTICLES = frozenset(["the", "a", "an", "this", "that", "these", "those"])
# Abbreviated titles, a run of their own before their period ('Mr. Trump' -> 'Mr'):
# never a topic. Source: English abbreviations of honorifics and ranks.
ABBREVIATED_TITLES = frozenset(["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "adm",
                                "col", "sgt", "capt", "lt", "rev", "prof", "pres", "jr", "sr"])
_TITLE_CASES = frozenset(w.capitalize() for w in ABBREVIATED_TITLES)
# As _sentence_start tells a sentence start, but after an abbreviated title ('Mr. Roe').
SENTENCE_START = re.compile(r'(?:^|[.!?:;]\s+|["“‘(]\s*)$')
ENDERS, OPENERS = ".!?:;", '"“‘('  # its two character classes
# Characters before a capitalised run looked at to tell a sentence start.
SENTENCE_LOOKBACK = 8


def frequent_topics(statements: list[StoredStatement], exclude: list[str]) -> list[str]:
    """The capitalised terms (names, places, acronyms) these statements mention most,
    leaving out words of `exclude` (the speaker's own names and titles) and their
    acronyms ('IMF' for the International Monetary Fund), and days and months."""
    excluded = {w for text in exclude for w in words(text)}
    excluded |= {initials(text) for text in exclude if len(text.split()) > 1}
    counts: Counter[str] = Counter()
    read: dict[str, list[str]] = {}  # a paragraph of several statements is read once
    kinds: dict[str, int] = {}  # each word's _word_kind, worked out once per notice
    for statement in statements:
        for text in (statement.quote, statement.context):
            terms = read.get(text)
            if terms is None:
                terms = read[text] = _capitalised_terms(plain(text), excluded, kinds)
            counts.update(terms)
    return [term for term, _ in counts.most_common(NOTICE_TOPICS)]


def initials(name: str) -> str:
    """The acronym of a name, lowercase: 'International Monetary Fund' -> 'imf'."""
    return "".join(w[0] for w in name.split() if w[:1].isupper()).lower()


# A word of a capitalised run (_word_kind): left out, kept but a day or month, kept.
DROPPED, DATE, KEPT = 0, 1, 2


def _capitalised_terms(text: str, excluded: set[str], kinds: dict[str, int]) -> list[str]:
    found = []
    for match in CAPITALISED_RUN.finditer(text):
        parts = match.group().split()
        start = match.start()
        # Only the few characters before the run decide (searching the whole prefix
        # made this quadratic in the text length).
        if _sentence_start(text[max(0, start - SENTENCE_LOOKBACK) : start]):
            del parts[0]  # the first word is capitalised because it starts a sentence
        if len(parts) == 1:  # most runs: one word, kept when it is not a date
            word = parts[0]
            kind = kinds.get(word)
            if kind is None:
                kind = kinds[word] = _word_kind(word, excluded)
            if kind == KEPT:
                found.append(word)
            continue
        kept = []
        dates_only = True
        for word in parts:
            kind = kinds.get(word)
            if kind is None:
                kind = kinds[word] = _word_kind(word, excluded)
            if kind != DROPPED:
                kept.append(word)
                dates_only = dates_only and kind == DATE
        if kept and not dates_only:
            found.append(" ".join(kept))
    return found


def _word_kind(word: str, excluded: set[str]) -> int:
    """DROPPED (one of `excluded`, an article, an abbreviated title, or one character),
    DATE (a day or month) or KEPT."""
    lower = word.lower()
    if lower in excluded or lower in ARTICLES or lower in ABBREVIATED_TITLES or len(word) <= 1:
        return DROPPED
    return DATE if lower in DATE_WORDS else KEPT


def _sentence_start(before: str) -> bool:
    """SENTENCE_START.search(before) by string methods (str.rstrip() strips what the
    pattern's \\s matches): a run after '. ', after an opening quote or bracket, or at
    the text's start; not after an abbreviated title's period ('Mr. Trump')."""
    stripped = before.rstrip()
    if not stripped:
        return before in ("", "\n")  # '^$': empty, or only the newline '$' allows
    last = stripped[-1]
    if last == "." and stripped[:-1].rpartition(" ")[2] in _TITLE_CASES:
        return False  # 'Mr. Trump': the period ends a title, not a sentence
    return last in OPENERS or (last in ENDERS and len(stripped) < len(before))
