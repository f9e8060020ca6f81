"""Acronyms defined in the text: "North Atlantic Treaty Organization (NATO)".

Rule: the capitalised words right before a parenthesised all-caps token whose
initials spell it; function words (of, the, and, for ...) may sit in between.
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


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w.lower() not in FUNCTION_WORDS)


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
        if _initials(tail) == letters:
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
