"""An organisation's full name as its speaker name, never its head noun alone.

'The U.S. Chamber of Commerce said ...' names the U.S. Chamber of Commerce, not
'Chamber' (the name splitter, speakers.split_name, reads 'U.S.' as a title and stops at
'of' after a word it does not know as an organisation's). The rules, in order:
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from bot.extraction.heads import is_org_noun
from bot.extraction.lexicon import DETERMINERS, words

# Words that link an organisation's head to the rest of its name ('Chamber of
# Commerce', 'Council on Foreign Relations', 'Center for American Progress').
# Source: English institution names.
NAME_LINKS = words("of on for and &")
WORD_RE = re.compile(r"\S+")
# A link word anywhere in a phrase (checked first: most phrases have none).
LINK_RE = re.compile(r"(?:^|\s)(?:of|on|for|and|&)\s", re.IGNORECASE)


def _words(phrase: str) -> list[str]:
    found = WORD_RE.findall(phrase)
    while found and found[0].lower() in DETERMINERS:
        found = found[1:]
    return found


def _head_then_link(found: list[str]) -> bool:
    """Capitalised words and links only, a capitalised organisation noun right before a
    link, and a capitalised last word."""
    if len(found) < 3 or not found[-1][:1].isupper():
        return False
    if not all(w[:1].isupper() or w.lower() in NAME_LINKS for w in found):
        return False
    return any(w[:1].isupper() and is_org_noun(w) and nxt.lower() in NAME_LINKS
               for w, nxt in itertools.pairwise(found))


# (name, test of the phrase's words after its determiners).
ORG_NAME_RULES: tuple[tuple[str, Callable[[list[str]], bool]], ...] = (
    # A capitalised organisation noun linked to the rest of a capitalised name: 'The U.S.
    # Chamber of Commerce', 'the National Association of Manufacturers', 'the Bureau of
    # Labor Statistics'; not 'Gov. Chris Christie of New Jersey' (no organisation noun
    # before 'of'), not 'the chamber of the Senate' (lower case).
    ("org-noun-of-name", _head_then_link),
)


@functools.lru_cache(maxsize=8192)
def org_name(phrase: str) -> tuple[str, str] | None:
    """(the organisation's full name, the rule) when phrase names one, else None
    (remembered per phrase: the resolver and the trace both read it)."""
    if LINK_RE.search(phrase) is None:  # every rule needs a link word
        return None
    found = _words(phrase)
    for name, test in ORG_NAME_RULES:
        if test(found):
            return " ".join(found), name
    return None


def org_trace(subject: str | None) -> dict[str, str]:
    """The rule that named the statement's subject as an organisation (--explain)."""
    found = org_name(subject) if subject else None
    return {"speaker_org": found[1]} if found else {}
