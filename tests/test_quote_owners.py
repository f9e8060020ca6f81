"""Partial quotations inside another person's speech (bot/extraction/quote_owners.py):
the quoted words are that person's, or refused; never the judging subject's. One row
per case, negative rows included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede, rules_in

from bot.extraction.quote_owners import OWNER_RULES, REFUSE, quotation_owner

NAMES = {name for name, _ in OWNER_RULES}


def partials(paragraph: str) -> list[tuple[str | None, str, str | None]]:
    """(speaker, content, owner rule) of the paragraph's partial statements."""
    return [(s.speaker, s.quote, rules_in(s, NAMES)) for s in after_lede(paragraph)
            if s.kind == "partial"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # judged-for-saying: the judged object's words
    ("Roe slammed Mark Doe as out of touch for suggesting that farmers \u201ccling to "
     "their guns,\u201d and left.",
     [("Mark Doe", "that farmers \u201ccling to their guns,\u201d", "judged-for-saying")]),
    ("Roe mocked Mark Doe for calling himself the \u201cking of debt.\u201d",
     [("Mark Doe", "himself the \u201cking of debt.\u201d", "judged-for-saying")]),
    # judged-for-saying refuses an object that is not a name
    ("Roe scolded the media for suggesting that the plan would \u201csink the town.\u201d",
     []),
    # negatives: not a saying, or no judging verb: the subject's own words
    ("Roe praised Mark Doe for showing \u201cthe courage of his convictions.\u201d",
     [("Jane Roe", "\u201cthe courage of his convictions.\u201d", None)]),
    # possessive-speech-noun-owns-that: the possessor's words
    ("Roe blamed the media for making an issue of Mark Doe's claim that the mayor "
     "\u201cfounded the gang,\u201d and left.",
     [("Mark Doe", "that the mayor \u201cfounded the gang,\u201d",
       "possessive-speech-noun-owns-that")]),
    # negative: two finite verbs, the that-clause has ended: the subject's judgement
    ("Roe said that Mark Doe's claim that the mayor is in favor of the plan is "
     "\u201csimply not true.\u201d",
     [("Jane Roe", "that Mark Doe's claim that the mayor is in favor of the plan is "
       "\u201csimply not true.\u201d", None)]),
    # relative-clause-subject-owns: the relative clause's own subject
    ("The chants were loud at the inn, which Mark Doe on Friday declared a monument "
     "\u201cto the struggle.\u201d",
     [("Mark Doe", "a monument \u201cto the struggle.\u201d",
       "relative-clause-subject-owns")]),
    ("The plan led to what one aide has called \u201cthe beginning of a new era\u201d "
     "in his book.",
     [("one aide", "\u201cthe beginning of a new era\u201d",
       "relative-clause-subject-owns")]),
    # negatives: a pronoun subject; a relative clause closed by a comma
    ("Roe attacked the plan, which she called \u201ca disaster.\u201d",
     [("Jane Roe", "\u201ca disaster.\u201d", None)]),
])
def test_quotation_owner(paragraph: str, expected: list[tuple[str | None, str, str | None]],
                         ) -> None:
    assert partials(paragraph) == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # refusals: no name reads the owner
    ("Roe scolded the media for suggesting the town would \u201csink.\u201d", "suggesting",
     ("judged-for-saying", REFUSE)),
    ("It closes what some call the \u201cgun show loophole.\u201d", "call",
     ("relative-clause-subject-owns", REFUSE)),
    ("It is what Mark Doe considers \u201csmart.\u201d", "considers",
     ("relative-clause-subject-owns", REFUSE)),
    # negatives: no rule reads an owner
    ("Roe, known for calling the plan \u201ca sham,\u201d left.", "calling", None),
    ("Roe said the plan, which he called \u201ca sham,\u201d failed.", "called", None),
    ("Roe said the deal, which some argued was rushed, was an \u201cinsult.\u201d",
     "argued", None),
])
def test_owner_rules(text: str, cue: str, expected: object) -> None:
    at = text.index(cue)
    assert quotation_owner(text, 0, (cue, at, at + len(cue)), text.index("\u201c") + 1) == expected
