"""'Roe added:' closing a paragraph before a block quotation without marks
(bot/extraction/block_quotes.py): one row per case, negative rows included. All
sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede


def statements(paragraphs: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker, cue, content, span rule) of the statements after the lede."""
    return [(s.speaker, s.cue, s.quote, s.trace["span"]) for s in after_lede(paragraphs)]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    ("Roe added:\n\nIt is typical of the council. It knows nothing, but the talk never stops.",
     [("Jane Roe", "added", "It is typical of the council. It knows nothing, but the talk "
       "never stops", "colon-block-quotation")]),
    ("Roe wrote in a statement:\n\nThe mill will close in May and the workers will be paid.",
     [("Jane Roe", "wrote", "The mill will close in May and the workers will be paid",
       "colon-block-quotation")]),
])
def test_block_quotation_rows(paragraphs: str,
                              expected: list[tuple[str | None, str | None, str, str]]) -> None:
    assert statements(paragraphs) == expected


@pytest.mark.parametrize("paragraphs", [
    # the cue's object before the colon: an example follows, not what was said
    "The paper also noted the sparse crowd:\n\nFew people came to the rally on Tuesday.",
    # a paragraph with marks: a quotation of its own (collect._colon_intro)
    'Roe said:\n\n"The mill will close in May, and the workers will be paid."',
    # no speech cue before the colon
    "The plan has three parts:\n\nThe mill will close in May and the workers will be paid.",
])
def test_no_block_quotation_rows(paragraphs: str) -> None:
    assert all(rule != "colon-block-quotation" for *_, rule in statements(paragraphs))
