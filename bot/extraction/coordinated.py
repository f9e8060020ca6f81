"""Coordinated subjects: 'Smith and Jones said', 'current and former officials said'.

Read backwards from a cue, a subject stops at 'and' (phrases.subject_before), so
'Smith and Jones said' gave 'Jones' alone: half the truth, and Jones shown saying what
both said. When the words right before the subject are one more conjunct and 'and'
(or '&'), opening where a subject can open (the sentence start, after a comma, a
dash, a colon or a parenthesis, or after 'but', 'and', 'both', 'so', 'yet'), the
subject takes them in: 'Smith and Jones', 'current and former officials'. The
speaker is then the coordination as the article writes it, a description of several
people (Resolved.group): never one of them alone, never a he/she antecedent
(speaker_rules.coordinated_subject).

COORDINATION_RULES is an ordered table of named patterns, each anchored at the end of
the text before the last conjunct (the subject already read); the first that matches
names the rule (--explain: speaker 'coordinated-subject', speaker_coordination).
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import (
    CLAUSE_BREAKERS,
    DETERMINERS,
    LEADING_FILLERS,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    SKIPPABLE,
    SPEECH_VERBS,
    TITLE_WORDS,
    words,
)
from bot.extraction.named_patterns import NamedPattern
from bot.extraction.raw import Raw

# Where a conjunct may open: the start, after a comma, semicolon, colon, dash,
# parenthesis or closing quotation mark, or after a sentence-opening conjunction.
_OPEN = (r"(?:^\s*|(?<=[,;:(—–\"”])\s*|(?<=\s-)\s|(?<=\s--)\s"
         r"|(?:^|(?<=\s))(?:[Bb]ut|[Aa]nd|[Bb]oth|[Ss]o|[Yy]et)\s+)")
# One capitalised name, with an honorific or office abbreviation before it ('Mr. Roe',
# 'Sen. Jane Doe', 'Fox News'): at most four words in capitals.
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# 'and' or '&' with the spaces around it, at the very end (the subject follows).
_AND = r"\s+(?:and|&)\s+$"
AND_RE = re.compile(r"\s(?:and|&)\s")

COORDINATION_RULES: tuple[NamedPattern, ...] = (
    # Two names: 'Smith and Jones said', 'Mr. Roe and Ms. Doe told', 'Fox News and
    # NBC News reported'. A list ('Carson, Fiorina and Huckabee') is left to the old
    # reading: a speaker with commas is a fragment on a card (bench/fidelity.py).
    NamedPattern("coordinated-names", re.compile(_OPEN + r"(?P<first>" + _NAME + r")" + _AND)),
    # A lowercase word or a determiner and a word joined to the subject's head:
    # 'current and former officials said', 'teachers and union officials told', 'her
    # advisers and allies say' (checked by plain_conjunct: no pronoun, no verb).
    NamedPattern("coordinated-words", re.compile(
        _OPEN + r"(?P<first>(?:[A-Za-z]+\s+)?[a-z][\w-]*)" + _AND)),
)
# Opening words a coordination starts after, not with: fillers, time words, 'as'
# ('But Roe and Doe said', 'On Sunday, Roe and Doe said', 'As Roe and Doe argued').
FRONT_WORDS = LEADING_FILLERS | SKIPPABLE | words("as while although though if")
FRONT_WORD_RE = re.compile(r"([A-Za-z]+)(?:\s*,)?\s+")
# A list of capitalised words after 'of' before the last conjunct: an organisation's
# name ('the National Academies of Sciences, Engineering and Medicine'), not people.
ORG_LIST_RE = re.compile(r"\bof\s+(?:[A-Z][\w'’-]*,?\s+)+(?:and|&)\s+$")
# A list of names ('Carson, Fiorina and Huckabee'): joining its last two would drop
# the others, and a speaker with commas is a fragment on a card; left unjoined.
NAME_LIST_RE = re.compile(r"([A-Z][\w'’.-]*),\s+" + _NAME + _AND)
# A coordinated speaker longer than this is a fragment on a card (bench/fidelity.py
# MAX_NAME_WORDS): the statement is left unattributed, never given to one of them.
MAX_GROUP_WORDS = 8
# Words a plain conjunct never is: pronouns ('he and Mr. Allen' names nobody new),
# clause words, fillers, time words, speech verbs.
NOT_CONJUNCTS = (frozenset(PERSON_PRONOUNS) | OTHER_PRONOUNS | CLAUSE_BREAKERS
                 | LEADING_FILLERS | SKIPPABLE | SPEECH_VERBS | words("is are was were has have"))


def plain_conjunct(first: str) -> bool:
    """'current', 'her advisers': one word, or a determiner and one word, none of
    them a pronoun, clause word or verb."""
    parts = first.split()
    if len(parts) == 2 and parts[0].lower() not in DETERMINERS:
        return False
    return not any(p.lower() in NOT_CONJUNCTS for p in parts[-1:])


def _front(before: str, start: int) -> int:
    """start moved past the opening words that are no conjunct ('But Roe and ...',
    'On Sunday, Roe and ...', 'As Roe and ...')."""
    while m := FRONT_WORD_RE.match(before, start):
        if m[1].lower() not in FRONT_WORDS:
            break
        start = m.end()
    return start


def _office(first: str) -> bool:
    """'president and CEO of the group', 'Fox News Vice President and Managing Editor
    Jane Roe': conjuncts ending in an office word join one person's titles."""
    return first.split()[-1].lower().rstrip(".") in TITLE_WORDS


def coordination_start(before: str) -> tuple[int, str] | None:
    """Where the coordination ending right before a subject starts in before (the text
    up to the subject), and the rule's name; None when no rule matches, or when the names
    end an organisation's name ('the Academies of Sciences, Engineering and') or a list."""
    if not before.rstrip().endswith((" and", " &")):
        return None  # the cheap test first: most subjects follow no 'and' (hot path)
    if ORG_LIST_RE.search(before) or name_list_before(before):
        return None
    for rule in COORDINATION_RULES:
        m = rule.pattern.search(before)
        if m and not _office(m["first"]) and (rule.name == "coordinated-names"
                                              or plain_conjunct(m["first"])):
            start = _front(before, m.start("first"))
            joined = AND_RE.search(before, start)
            return (start, rule.name) if joined and joined.start() > start else None
    return None


def name_list_before(before: str) -> bool:
    """before ends with a list of names and its 'and' ('Carson, Fiorina and '), not
    with an organisation's name ('the Academies of Sciences, Engineering and ')."""
    listed = NAME_LIST_RE.search(before)
    return (listed is not None and listed[1].lower() not in FRONT_WORDS
            and not ORG_LIST_RE.search(before))


def listed(raw: Raw, text: str) -> bool:
    """The statement's subject, right before its cue, ends a list of names: 'Carson,
    Fiorina and Huckabee said' is not Huckabee alone, and a list is too long for a card,
    so nobody is named; '..., LaBelle and Roe, who joked' is Roe's."""
    if not raw.subject or text[raw.subject_pos + len(raw.subject):raw.cue_pos].strip():
        return False
    return name_list_before(text[raw.sentence[0]:raw.subject_pos])


def _last_and(phrase: str) -> re.Match[str] | None:
    """The last 'and' or '&' in phrase, with its spaces."""
    found = list(AND_RE.finditer(phrase))
    return found[-1] if found else None


def coordination_rule(phrase: str) -> str | None:
    """The rule that joined phrase ('Smith and Jones') as one coordinated subject, or
    None when it is not one."""
    m = _last_and(phrase)
    found = coordination_start(phrase[:m.end()]) if m else None
    return found[1] if found and found[0] == 0 else None


def last_conjunct(phrase: str) -> str:
    """'Jones' of 'Smith and Jones', 'former officials' of 'current and former
    officials': the words the subject was read as, which vetting checks."""
    m = _last_and(phrase)
    return phrase[m.end():] if m else phrase


def coordination_trace(subject: str | None) -> dict[str, str]:
    """The rule that joined the statement's subject (--explain)."""
    rule = coordination_rule(subject) if subject else None
    return {"speaker_coordination": rule} if rule else {}
