"""Parenthetical attributions (bot/extraction/parentheticals.py) and the quotation after
a trailing cue's participle (before_quote.py): one row per case, negative rows
included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede


def statements(paragraph: str) -> list[tuple[str | None, str, str, str]]:
    """(speaker, kind, content, span rule) of the paragraph's statements."""
    return [(s.speaker, s.kind, s.quote, s.trace["span"]) for s in after_lede(paragraph)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a head of one or two words is content when the words after the cue go on with its
    # verb
    ("This campaign, Roe says, is different from the others.",
     [("Jane Roe", "indirect", "This campaign is different from the others",
       "parenthetical-cue")]),
    ("The answer, Roe said, was simple.",
     [("Jane Roe", "indirect", "The answer was simple", "parenthetical-cue")]),
    # negative rows: a short head before a new clause stays out of the content
    ("Yesterday, Roe said, the council voted to close the mill.",
     [("Jane Roe", "indirect", "the council voted to close the mill", "subject-cue-content")]),
])
def test_short_head_rows(paragraph: str, expected: list[tuple[str | None, str, str, str]]
                         ) -> None:
    assert statements(paragraph) == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # 'CLAUSE, X said, V-ing ...': the participle's words are not what X said
    ("The council will vote next week, Roe said, adding that the mill would stay open.",
     [("Jane Roe", "indirect", "The council will vote next week",
       "content-then-subject-cue-participle"),
      ("Jane Roe", "indirect", "the mill would stay open", "participle-after-report")]),
    ("Sales were great this year, Roe said on Tuesday, wiping her brow.",
     [("Jane Roe", "indirect", "Sales were great this year",
       "content-then-subject-cue-participle")]),
    # ... and a quotation after the participle leaves the clause reported
    ("The council will vote next week, Roe said, adding, \"We need to talk.\"",
     [("Jane Roe", "indirect", "The council will vote next week",
       "content-then-subject-cue-participle + reported-then-participle-quotation"),
      ("Jane Roe", "direct", "We need to talk.", "quotation-as-sentence + cue-before-quote")]),
    # negative rows: what follows the cue before the participle is its content; the
    # participle before the quotation is no speech verb
    ("By big margins, those surveyed say the economy, including jobs, should come first.",
     [("those surveyed", "indirect", "the economy, including jobs, should come first",
       "subject-cue-content")]),
    ("The council will vote next week, Roe said, laughing, \"We need to talk.\"",
     [("Jane Roe", "direct", "We need to talk.", "quotation-as-sentence + cue-before-quote")]),
])
def test_participle_rows(paragraph: str, expected: list[tuple[str | None, str, str, str]]
                         ) -> None:
    assert statements(paragraph) == expected
