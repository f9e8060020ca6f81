"""Acronyms defined in the text: "North Atlantic Treaty Organization (NATO)".

Rule: the capitalised words right before a parenthesised all-caps token whose
initials spell it; function words (of, the, and, for ...) may sit in between, and may
give a letter or not ("Freedom of Information Act (FOIA)", "Department of Defense
(DOD)", "Secretariat Tracking and Retrieval System (STARS)").

The one acronym finder: extraction puts what it finds in Extraction.topic_aliases,
which the store writes as it is.
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import words

# "(NATO)", "(U.N.)", "(AT&T)": 2-10 capitals, dots or ampersands in parentheses.
ACRONYM_RE = re.compile(r"\(([A-Z][A-Z.&]{1,9})\)")
# Words skipped when spelling initials. Source: English function words in names.
FUNCTION_WORDS = words("of the and for on in to at de du la des")
WORD_RE = re.compile(r"[\w'’-]+")
MAX_WORDS = 12


def _spells(words: list[str], letters: str) -> bool:
    """Whether the words' initials spell `letters`, a function word's initial optional."""
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    if letters and first[0].upper() == letters[0] and _spells(rest, letters[1:]):
        return True
    return first.lower() in FUNCTION_WORDS and _spells(rest, letters)


def expansion(before: str, acronym: str) -> str | None:
    """The words ending before that spell acronym, shortest match first."""
    letters = acronym.replace(".", "").replace("&", "")
    words = WORD_RE.findall(before)[-MAX_WORDS:]
    for k in range(1, len(words) + 1):
        tail = words[-k:]
        if not tail[0][:1].isupper():
            continue
        if any(w[:1].islower() and w.lower() not in FUNCTION_WORDS for w in tail):
            return None
        if _spells(tail, letters):
            return " ".join(tail)
    return None


def topic_aliases(text: str) -> dict[str, str]:
    """{acronym: expansion} for every acronym the text defines."""
    found: dict[str, str] = {}
    for m in ACRONYM_RE.finditer(text):
        full = expansion(text[max(0, m.start() - 200):m.start()], m[1])
        if full and m[1] not in found:
            found[m[1]] = full
    return found
