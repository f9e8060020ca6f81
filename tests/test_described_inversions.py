"""'CLAUSE, said a handful of Democrats who ...' (bot/extraction/described_inversions.py):
one row per case, negative rows included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede


def statements(paragraph: str) -> list[tuple[str | None, str, bool]]:
    """(speaker, content, whether rule 'content-then-cue-description' chose it)."""
    return [(s.speaker, s.quote, "content-then-cue-description" in s.trace["span"])
            for s in after_lede(paragraph) if s.kind != "direct"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Keeping the mill open is squarely within his reach, said a handful of Democrats who "
     "point to his ties to labor.",
     [("Democrats", "Keeping the mill open is squarely within his reach", True)]),
    ("The plan will fail in the Senate, said the spokesman for the mayor.",
     [("the spokesman for the mayor", "The plan will fail in the Senate", True)]),
    # negative rows: the words after the cue are a clause; the relative clause goes on to
    # a verb of the sentence; an aside on the subject before the cue; a thing, no people
    ("Gov. John Doe of Ohio, a Republican, said the Roe family deserved better.",
     [("John Doe", "the Roe family deserved better", False)]),
    ("Jane Roe, the mill's owner, said the worker who built the line, Ann Doe, should stay.",
     [("Jane Roe", "the worker who built the line, Ann Doe, should stay", False)]),
    ("Jane Roe, who is 45, said the same people.", [("Jane Roe", "the same people", False)]),
    ("The plan will fail in the Senate, said the report.",
     [("the report", "The plan will fail in the Senate", False)]),
])
def test_described_inversion_rows(paragraph: str,
                                  expected: list[tuple[str | None, str, bool]]) -> None:
    assert statements(paragraph) == expected
