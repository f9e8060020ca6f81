"""What a subject phrase names by itself, before the article's registry is read: an
organisation ('The U.S. Chamber of Commerce'), a name and its title ('Sen. John
Roe'), or a common noun phrase ('the former senator'), after dropping an affiliation
or place after the name ('Dan Roe at the Review'). The resolver (mentions.resolve)
reads it at every mention of a name run; it depends on the phrase alone, so it is
worked out once per distinct phrase.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bot.extraction.coref import is_place
from bot.extraction.heads import is_org_noun
from bot.extraction.lexicon import DETERMINERS, words
from bot.extraction.names import gender_of_name
from bot.extraction.org_names import org_name
from bot.extraction.speakers import ORG_LINKS, is_org_phrase, split_name

# 'Dan McLaughlin at the National Review': a person (a known given name and a surname)
# named with where they work; 'The Bankruptcy Court in Manhattan', 'the University of
# California at Berkeley': an organisation named with its place.
PERSON_AT_RE = re.compile(r"(?P<head>(?:[A-Z][\w.'’-]*\s+){1,2}[A-Z][\w'’-]*)"
                          r"\s+(?:at|of|from|with)\s+(?:the\s+)?[A-Z][^,]*")
ORG_IN_RE = re.compile(r"(?P<head>.+\s[A-Z][\w'’-]*)\s+(?:in|at)\s+"
                       r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?")
# People named by their tie to someone else, who is not them: kin, friends, opponents
# ('The sister of Dana Roe', 'Critics of Roe', 'a rival to Roe'). Unlike a spokesman
# or lawyer for Roe, none speaks for Roe. Source: English kinship and social nouns.
RELATION_NOUNS = words("""wife husband ex-wife ex-husband widow widower son sons daughter
daughters mother father parents brother brothers sister sisters cousin cousins uncle aunt
nephew niece grandson granddaughter grandmother grandfather child children family
relatives friend friends neighbor neighbors neighbour neighbours classmate classmates
roommate girlfriend boyfriend fiance fiancee critic critics opponent opponents rival
rivals detractor detractors enemy enemies foe foes victim victims accuser accusers
biographer biographers""")
# Organisation heads that, capitalised alone, are people rather than a named body.
NOT_ORG_NAMES = words("officials staff spokesman spokeswoman team group")


@dataclass(frozen=True)
class Reading:
    """What a subject phrase names by itself, before the article's registry is read."""

    phrase: str  # without its affiliation ('Dan Roe at the Review' -> 'Dan Roe')
    name: str | None = None  # None: a common noun phrase ('the former senator')
    title: str | None = None
    is_org: bool = False


@functools.lru_cache(maxsize=8192)
def reading(phrase: str) -> Reading:
    """The phrase's own reading (remembered per phrase: a name run is resolved at each
    of its mentions, and the same names come back article after article)."""
    phrase = affiliation_head(phrase)
    org = org_name(phrase)  # 'The U.S. Chamber of Commerce', not 'Chamber' (org_names.py)
    if org:
        return Reading(phrase, org[0], None, True)
    name, title = split_name(phrase)
    if name is None or _relation(title) or (
            is_place(name) and any(w[:1].islower() for w in phrase.split())):
        return Reading(phrase)  # 'the former senator from Pennsylvania', 'the sister of Roe'
    if is_org_phrase(phrase):
        return Reading(phrase, _org_name(phrase, name), None, True)
    return Reading(phrase, name, title)


def affiliation_head(phrase: str) -> str:
    """The person or organisation a phrase names before its affiliation or place, or
    the phrase itself."""
    m = PERSON_AT_RE.fullmatch(phrase)
    if m and gender_of_name(m["head"].split()[0]) is not None:
        return m["head"]
    m = ORG_IN_RE.fullmatch(phrase)
    if m and any(is_org_noun(w) and w.lower() not in NOT_ORG_NAMES for w in m["head"].split()
                 if w[:1].isupper()):
        return m["head"]
    return phrase


def _org_name(phrase: str, name: str) -> str:
    """'The nonpartisan Commission on Presidential Debates' -> 'Commission on
    Presidential Debates'; 'the White House' -> 'White House'."""
    words = phrase.split()
    linked = any(w.lower() in ORG_LINKS for w in words[1:-1])
    if not linked and len(name.split()) > 1:
        return name
    while len(words) > 1 and (words[0].lower() in DETERMINERS or not words[0][:1].isupper()):
        words = words[1:]
    return " ".join(words) if linked else (name if len(name.split()) > 1 else phrase)


def _relation(title: str | None) -> bool:
    """The words before the name tie someone else to it: 'The sister of', 'Critics of'."""
    low = (title or "").lower().split()
    return len(low) >= 2 and low[-1] in ("of", "to") and low[-2] in RELATION_NOUNS
