"""Appositives that show a name to be a person's ('Ann Doe, a close aide, coined ...').

Used by the vetting of learned statements' speakers (learned_speakers.py): a name whose
given name the lists do not know is a person's when an appositive after it has a
person noun for its head, the head being the last word before any preposition ('the
father of a soldier', 'a lawyer from the province of Sichuan', 'the United Nations High
Commissioner for Refugees'), not a thing ('the group's founding document', 'a name on
the list').
"""

from __future__ import annotations

import re

from bot.extraction.heads import PREPOSITIONS, is_person_noun

# An appositive opening with a determiner, between commas, no quotation, colon or
# bracket in it (group 1: its words after the determiner).
APPOSITIVE_RE = re.compile(r",\s+(?:a|an|the)\s+([^,;:()\n\"“”]{2,90}),")
# An appositive after a name anywhere in the article: as APPOSITIVE_RE, brackets
# allowed ('the High Commissioner for Refugees (UNHCR),'), or ending at a full stop,
# or a single lower-case noun with no determiner ('Sant Roe, hotelier, fellow ...');
# group 1 or 2 its words.
ANYWHERE_RE = re.compile(r",\s+(?:(?:a|an|the)\s+([^,;:\n\"“”]{2,90})[,.]"
                         r"|([a-z][a-z-]{2,30}),)")


def person_head(phrase: str) -> bool:
    """The head of an appositive (its last word before any preposition after the
    first word) is a person noun: 'father of a soldier', 'lawyer from the province of
    Sichuan', 'close aide'; not 'name on the list', 'group's founding document'."""
    head: list[str] = []
    for word in phrase.split():
        if head and word.lower() in PREPOSITIONS:  # not an adjective first ('close aide')
            break
        head.append(word)
    return bool(head) and is_person_noun(head[-1])


def appositive_between(text: str, start: int, end: int) -> bool:
    """An appositive with a person head between a name (ending at start) and its cue
    (at end): 'Carl Roe, the father of a soldier, decried'."""
    m = APPOSITIVE_RE.match(text, start, end)
    return m is not None and person_head(m[1])


def described_as_person(name: str, text: str) -> bool:
    """The article writes the name in full followed by an appositive with a person head
    somewhere ('Filippo Roe, the United Nations High Commissioner for Refugees, ...',
    'Sant Roe, hotelier, ...'), not a thing ('Roe Lives, the movement, ...')."""
    for m in re.finditer(rf"\b{re.escape(name)}(?=,)", text):
        found = ANYWHERE_RE.match(text, m.end())
        if found is not None and person_head(found[1] or found[2]):
            return True
    return False
