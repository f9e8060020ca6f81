"""A reported content that reports nothing (bot/extraction/bare_contents.py,
BARE_CONTENT_RULES): one row per case with negative rows, and what the extraction then
keeps. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.bare_contents import BARE_CONTENT_RULES, bare_content


@pytest.mark.parametrize(("cue", "content", "rule"), [
    ("attacked", "viciously", "adverb-only"),
    ("shouted", "to the crowd", "prepositional-phrase-only"),
    ("think", "warmly back to 2008", "prepositional-phrase-only"),
    ("testified", "before the panel last fall", "prepositional-phrase-only"),
    ("tweeted", "back at Doe", "prepositional-phrase-only"),
    ("said", "to reporters", "prepositional-phrase-only"),
    ("reported", "by the Daily Planet on Tuesday", "prepositional-phrase-only"),
    # negative rows
    ("told", "reporters that the plan had failed", None),  # a clause
    ("told", "Doe to quiet down", None),  # an infinitive: the request
    ("telling", "to get on a plane and go home", None),
    ("spoke", "about the economy", None),  # a topic: PolNeAR's gold counts it
    ("testified", "before the panel about her emails", None),
    ("remarked", "upon a recent story in the Planet", None),
    ("shouted", "out an insult aimed at Doe", None),  # a particle and its object
    ("reported", "unusually high lead levels in the water", None),  # an object
    ("referring", "to the crowd", None),  # not a plain cue: its phrase is the report
    ("pointed", "to the polls", None),
    ("said", "in a statement, the plan had failed", None),  # more than a phrase
    ("said", 'to "the real people" of the state', None),  # a quotation
    ("said", "in 2014 crime fell", None),  # a finite verb: a clause
    ("said", "by 2020 prices rose sharply", None),
    ("said", "after the vote ended", None),
    ("said", "before he died", "adverbial-clause-only"),
    ("write", "because I am acquainted with those who are not sensible",
     "adverbial-clause-only"),
    # negative rows: a clause after the adjunct; a 'that' clause; 'when' asks a question
    ("said", "after the convention he would not accept the offer", None),
    ("said", "after he met Doe that the plan had failed", None),
    ("said", "when he would leave the race", None),
])
def test_bare_content_rows(cue: str, content: str, rule: str | None) -> None:
    assert bare_content(cue, content) == rule


def test_bare_content_rules_are_named_and_unique() -> None:
    names = [name for name, _ in BARE_CONTENT_RULES]
    assert len(names) == len(set(names)) and all(names)


def displays(paragraph: str) -> list[str]:
    return [s.display for s in after_lede(paragraph)]


def test_a_hearer_after_a_verb_of_saying_is_no_statement() -> None:
    assert displays("Roe shouted to the crowd.") == []
    assert displays("Roe testified voluntarily in 1998.") == []


def test_a_clause_after_the_hearer_is_still_read() -> None:
    assert displays("Roe told reporters that the plan had failed in every county.") == [
        "Roe told reporters that the plan had failed in every county"]
