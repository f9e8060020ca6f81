"""Who stands behind a thing: 'a new Gallup poll' -> Gallup, 'a count by The Associated
Press' -> Associated Press, 'the FBI's data' -> FBI.

A poll, a count or a set of records says nothing itself; when the description names the
organisation that made it, that organisation is the one reporting the finding. A person
('a Trump poll'), a place ('Iowa polls'), a month ('the April survey') or an adjective
('Democratic polling') is never taken for that organisation.
"""

from __future__ import annotations

import re

from bot.extraction.dates import MONTHS, WEEKDAYS
from bot.extraction.heads import head, is_org_noun
from bot.extraction.lexicon import ORG_HEADS, words
from bot.extraction.names import gender_of_name
from bot.extraction.places import PLACE_NAMES

# Participles between a thing and its maker ('exit polls conducted by Edison Research').
MAKING = words("""conducted released compiled commissioned published issued produced
prepared sponsored carried done run taken""")
# Prepositions that introduce the maker ('a poll by ...', 'a survey from ...').
MAKER_PREPOSITIONS = words("by from for")
# Capitalised adjectives that open a name run but name nobody ('Democratic',
# 'American', 'Republican'). Source: party and nationality adjectives in US news.
NOT_OWNERS = words("""the a an democratic republican independent conservative liberal
progressive first second third last final""")
ADJECTIVE_RE = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|ic|i)")
POSSESSIVE_RE = re.compile(r"['’]s$")
# A capital after lowercase letters ('eBay', 'iPhone'); a lowercase (hyphenated) word.
INNER_CAPITAL_RE = re.compile(r"[a-z]*[A-Z]")
LOWERCASE_RE = re.compile(r"[a-z-]+")
# Lowercase modifiers skipped between a maker and its thing ('national', 'statewide').
MAX_MODIFIERS = 2


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or bool(INNER_CAPITAL_RE.match(word))


def owner(words_: list[str], people: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The organisation named as the maker of the thing words_ describe, or None.
    people: surnames known to be people in the article (one in capitals is a name in
    capitals, 'USA TODAY', not a person)."""
    h, _ = head(words_)
    run = _before(words_, h) or _after(words_, h)
    while run and (run[0].lower() in NOT_OWNERS or run[0].isdigit() or run[0].lower() in MONTHS
                   or run[0].lower() in WEEKDAYS or run[0].lower() == "the"):
        run = run[1:]
    if not run:
        return None
    name = " ".join(run)
    if name.lower() in PLACE_NAMES or any(w in people and not w.isupper() for w in run):
        return None
    if gender_of_name(run[0]):
        return None  # 'a Hillary Clinton poll': a person
    acronym = any(sum(c.isupper() for c in w) > 1 for w in run)
    org_word = any(w.lower() in ORG_HEADS or is_org_noun(w) for w in run)
    opening = words_[0] == run[0] and len(run) == 1  # 'New polls released'
    plain = (len(run) > 1 or not ADJECTIVE_RE.fullmatch(run[0])) and not opening
    return name if acronym or org_word or plain else None


def _before(words_: list[str], h: int) -> list[str]:
    """The capitalised run right before the head ('a new [Gallup] poll', 'the
    [FBI]'s data')."""
    run: list[str] = []
    k = h - 1
    while k > 0 and h - k <= MAX_MODIFIERS and LOWERCASE_RE.fullmatch(words_[k]):
        k -= 1  # 'a Washington Post-ABC News national poll'
    while k >= 0:
        word = POSSESSIVE_RE.sub("", words_[k])
        if not _capitalised(word) and not (run and (word in ("of", "&", "and")
                                                    or word.isdigit())):
            break
        if word != words_[k] and run:
            break  # 'year's FBI statistics': the possessive belongs to another noun
        run.insert(0, word)
        k -= 1
    return run


def _after(words_: list[str], h: int) -> list[str]:
    """The capitalised object of 'by'/'from'/'for' after the head ('a count by The
    Associated Press', 'exit polls conducted by Edison Research for ...')."""
    k = h + 1
    if k < len(words_) and words_[k] in MAKING:
        k += 1
    if k >= len(words_) or words_[k] not in MAKER_PREPOSITIONS:
        return []
    k += 1
    if k < len(words_) and words_[k].lower() == "the":
        k += 1
    run: list[str] = []
    while k < len(words_) and (_capitalised(words_[k])
                               or (run and words_[k] in ("of", "&", "and"))):
        run.append(words_[k])
        k += 1
    while run and run[-1] in ("of", "&", "and"):
        run.pop()
    return run
