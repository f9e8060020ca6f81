"""Speakers named by a description ('the official', 'the company'): the same speaker
as a fuller earlier description, and what 'it' can stand for."""

from __future__ import annotations

from bot.extraction.labels import DOCUMENT_NOUNS
from bot.extraction.lexicon import DETERMINERS, OBJECT_PREPOSITIONS, ORG_HEADS, TITLE_WORDS
from bot.extraction.mentions import Resolved

# A document or organisation noun among a description's first words makes it a thing
# 'it' can stand for ('a newly uncovered email previously kept secret').
THING_HEAD_WINDOW = 4
THING_HEADS = DOCUMENT_NOUNS | ORG_HEADS
# Determiners of a description that refers back to one already introduced ('the
# official' after 'a senior official'). Source: English definite determiners.
DEFINITE_DETERMINERS = frozenset(["the", "this", "that"])
# Words after a description's head noun that open what follows it ('officials familiar
# with the talks', 'analysts at the bank', 'lawmakers who ...').
# Organisation heads that name people in the plural ('officials'), not a body.
PEOPLE_HEADS = frozenset(["officials"])
POSTMODIFIERS = OBJECT_PREPOSITIONS | frozenset(["familiar", "close", "who", "that"])


def proper_name(name: str) -> bool:
    """A proper name ("Ted Cruz"), not a common-noun speaker ("the groups")."""
    return name[:1].isupper() and name.split()[0].lower() not in DETERMINERS


def same_description(found: Resolved, described: dict[str, Resolved]) -> Resolved:
    """'the official' after 'a White House official' said something: the same speaker,
    named by its fuller first description. Every word before the head noun must
    appear in the earlier description ('the second official' is someone else)."""
    words = (found.name or "").split()
    if not words or proper_name(found.name or "") or len(words) < 2:
        return found
    head = words[-1].lower()
    earlier = described.get(head)
    if words[0].lower() in DEFINITE_DETERMINERS and earlier is not None and earlier.name:
        before = {w.lower() for w in earlier.name.split()}
        if all(w.lower() in before for w in words[1:-1]):
            return earlier
    if not any(w.lower() in OBJECT_PREPOSITIONS for w in words):
        described[head] = found  # 'a message on the website' is not a website
    return found


def is_thing(who: Resolved) -> bool:
    """An organisation or a document ('the email', 'the company'): what 'it' can be."""
    if who.name is None:
        return False
    heads = {w.lower() for w in who.name.split()[:THING_HEAD_WINDOW]}
    return who.is_org or (not proper_name(who.name) and bool(heads & THING_HEADS))


def people_group(name: str) -> bool:
    """'many analysts', 'officials familiar with the talks', 'a few Republican
    lawmakers': a description whose head noun (before what follows it) is a lowercase
    plural and no document or organisation ('its FEC reports', 'the groups'), or a
    determiner and a title ('the presidential candidate', 'one Democrat familiar with
    the talks'): people, whom 'it' never stands for."""
    words = name.split()
    cut = next((k for k, w in enumerate(words) if k and w in POSTMODIFIERS), len(words))
    head = words[cut - 1] if cut else ""
    person = (cut > 1 and words[0].lower() in DETERMINERS and head.lower() in TITLE_WORDS
              and head.lower() not in THING_HEADS)  # 'the presidential candidate'
    return person or (head.islower() and head.endswith("s")
                      and not head.endswith(("ss", "us", "is"))
                      and (head in PEOPLE_HEADS or not {head, head[:-1]} & THING_HEADS))
