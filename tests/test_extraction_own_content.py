"""Rule cue-with-own-content (bot/extraction/attribution.py): a cue after a quotation
whose own clause follows it attributes that clause, not the quotation. One row per
case, negative rows included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede


def statements(paragraph: str) -> list[tuple[str | None, str, str]]:
    """(speaker, kind, content) of the paragraph's statements."""
    return [(s.speaker, s.kind, s.quote) for s in after_lede(paragraph)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a quoted phrase before the subject is no quotation of the speaker's when the cue
    # has a clause of its own
    ('To a question on the "sale of public land," Roe said private buyers can pay more '
     "than the county.",
     [("Jane Roe", "indirect", "private buyers can pay more than the county")]),
    ('Granting that Doe "says a lot of silly things," Roe did suggest that his money '
     "gives him an edge.",
     [("Jane Roe", "indirect", "that his money gives him an edge")]),
    # negative rows: an aside or a new clause after the cue leaves the quotation its own
    ('"We won the county," Roe said as she was leaving the hall.',
     [("Jane Roe", "direct", "We won the county,")]),
    ('"We won the county," Roe said, adding that the count was slow.',
     [("Jane Roe", "direct", "We won the county,"),
      ("Jane Roe", "indirect", "the count was slow")]),
    ('"We won the county," Roe said on Tuesday.',
     [("Jane Roe", "direct", "We won the county,")]),
])
def test_own_content_rows(paragraph: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert statements(paragraph) == expected
