"""The headline rule (bot/extraction/headline.py): 'SOURCE: CONTENT' before the body."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

# The rules make Jane Roe a speaker of the article: a headline may name her.
BODY = "Senator Jane Roe said on Wednesday that the budget would pass."


def headline(title: str) -> list[tuple[str, str | None, str]]:
    art = parse_article(f"{title}\n\n{BODY}", title=title)
    return [(s.kind, s.speaker, s.quote) for s in extract(art).statements
            if "headline" in s.trace["span"]]


@pytest.mark.parametrize(("title", "expected"), [
    ("Roe: The budget will pass by Friday.",
     [("indirect", "Jane Roe", "The budget will pass by Friday")]),
    ('Roe: The budget is "a disgrace" to the state.',
     [("partial", "Jane Roe", 'The budget is "a disgrace" to the state')]),
    # a source the body's rule statements do not name is left unnamed
    ("Graham: The budget is a mess for the state.",
     [("indirect", None, "The budget is a mess for the state")]),
    # without a colon source the rules read the line as a sentence of the body
    ("Roe says the budget will pass by Friday", [("indirect", "Jane Roe",
                                                   "the budget will pass by Friday")]),
    # negatives: labels, capitals, a short content, no cue
    ("The Latest: Roe wins the budget vote.", []),
    ("Update: Roe wins the budget vote.", []),
    ("FIX IS IN: Roe wins the budget vote.", []),
    ("Roe: No way.", []),
    ("Roe wins the budget vote in the state.", []),
    # negatives: teasers, newsletters and notices, words that are no source at all
    ("Wow: Roe wins the budget vote in the state.", []),
    ("BOOM: Roe wins the budget vote in the state.", []),
    ("Monday's Morning Email: Roe wins the budget vote.", []),
    ("Delegate Update: Roe wins the budget vote.", []),
    ("Roe is back: The budget will pass by Friday.", []),
])
def test_headline_rows(title: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert headline(title) == expected


def test_a_headline_statement_leaves_the_body_alone() -> None:
    title = "Roe: The budget will pass by Friday."
    art = parse_article(f"{title}\n\n{BODY}", title=title)
    body = [(s.speaker, s.quote) for s in extract(art).statements][1:]
    assert body == [("Jane Roe", "that the budget would pass")]
