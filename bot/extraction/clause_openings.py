"""Where a name opens a clause, so that it may be the subject of the clause's verb
(nearest_subject.py): CLAUSE_OPENINGS is an ordered table of named rules, each given
the sentence's text before the name; the first that accepts names the opening.

A name opening a clause stands at the sentence start, after a comma, a dash, a
semicolon or a parenthesis, after a subordinator or a conjunction ('when Rubio',
'but Reid', ', and Roe'; a bare 'and' joins names: 'Roe and Doe'), after a
description that opens a clause itself ('Presumptive Democratic nominee Hillary
Roe', 'Republican candidate Lindsey Doe'), or after a time phrase that opens the
sentence with no comma ('On Sunday morning Mr. Roe', 'Last week Roe').
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.heads import MODIFIER_TITLES, is_person_noun
from bot.extraction.lexicon import words

# Words before a name that make it open a clause: subordinators and conjunctions.
# Source: English subordinating conjunctions.
CLAUSE_OPENERS = words("""when whenever as after before while because since although though
if once until unless where whereas and but so yet then""")
# What ends the text before a name opening a clause.
PUNCTUATION = (",", "—", "–", "―", " -", ";", "(")
# A description before a name: up to five words ending in a lowercase office or person
# noun ('Presumptive Democratic nominee', 'Republican candidate', 'former aide').
MAX_DESCRIPTION_WORDS = 5
# Lowercase words a description may hold besides person nouns: modifiers of an office
# ('former', 'presidential'), 'the'.
DESCRIPTION_WORDS = MODIFIER_TITLES | words("the presumptive longtime veteran top chief")
# A time phrase opening the sentence with no comma after it ('On Sunday morning', 'Last
# week', 'On the morning of Feb. 28', 'Earlier this month').
TIME_OPENING_RE = re.compile(
    r"(?:On\s+(?:the\s+\w+\s+of\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|On\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"|(?:Last|Earlier|Later|This|Next)\s+(?:this\s+|that\s+)?(?:week|month|year|weekend|spring|summer|fall|winter)"
    r"|(?:Earlier|Later)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today))$")


def _sentence_start(before: str) -> bool:
    return not before


def _after_punctuation(before: str) -> bool:
    return before.endswith(PUNCTUATION)


def _after_opener(before: str) -> bool:
    last = before.split()[-1].lower()
    if last == "and":
        return before[:-3].rstrip().endswith(",")
    return last in CLAUSE_OPENERS


def _after_description(before: str) -> bool:
    run = before.split()
    if not run or not run[-1].islower() or run[-1] == "the" or not (
            is_person_noun(run[-1]) or run[-1] in DESCRIPTION_WORDS):
        return False
    for k in range(1, min(MAX_DESCRIPTION_WORDS, len(run)) + 1):
        word = run[-k]
        if k > 1 and not (word[:1].isupper() or word in DESCRIPTION_WORDS
                          or is_person_noun(word)):
            return False  # 'mother of Benghazi victim', 'a former Pennsylvania governor'
        rest = before[:len(before) - len(" ".join(run[-k:]))].rstrip()
        if not rest or _after_punctuation(rest) or _after_opener(rest):
            return True
    return False


def _after_time_phrase(before: str) -> bool:
    return TIME_OPENING_RE.fullmatch(before) is not None


# (the sentence's text before the name, stripped of spaces and quotation marks) ->
# whether the name opens a clause there
Opening = Callable[[str], bool]
CLAUSE_OPENINGS: tuple[tuple[str, Opening], ...] = (
    # nothing before it but quotation marks ('Roe has decried')
    ("sentence-start", _sentence_start),
    # a comma, a dash, a semicolon or a parenthesis ('As the race turned, Roe has')
    ("after-punctuation", _after_punctuation),
    # a subordinator or conjunction ('when Roe thanked', ', and Roe said'; not 'Doe and
    # Roe', a pair)
    ("after-opener", _after_opener),
    # a description opening a clause, ending in a lowercase office or person noun
    # ('Presumptive Democratic nominee Hillary Roe made', 'Republican candidate Jim Doe
    # said'; not 'the party's nominee Roe')
    ("after-description", _after_description),
    # a time phrase opening the sentence ('On Sunday morning Mr. Roe made')
    ("after-time-phrase", _after_time_phrase),
)


def opening_rule(before: str) -> str | None:
    """The name of the first opening that accepts a name after before (the sentence's
    text up to it), or None."""
    before = before.rstrip(" \"“”'‘’")
    if not before:
        return "sentence-start"
    return next((name for name, opens in CLAUSE_OPENINGS[1:] if opens(before)), None)


def opens_clause(before: str) -> bool:
    """A name after before opens a clause (see the module doc)."""
    return opening_rule(before) is not None
