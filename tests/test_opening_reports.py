"""A speech participle opening the sentence (bot/extraction/opening_reports.py): 'Noting
that ..., Roe asked ...' gives Roe what she noted; one row per case, negative rows
included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.opening_reports import OPENING_REPORT_RULES


def opening(paragraph: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of the paragraph's opening-participle statements."""
    return [(s.speaker, s.quote) for s in after_lede(paragraph)
            if s.trace.get("span") == "opening-participle-report"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Noting that the mill had closed in May, Roe asked the council for help.",
     [("Jane Roe", "that the mill had closed in May")]),
    ("Recalling the flood that ruined the old mill, she asked the council for help.",
     [("Jane Roe", "the flood that ruined the old mill")]),
    ("Noting the town had lost the mill, Roe (D-Ohio) asked the council for help.",
     [("Jane Roe", "the town had lost the mill")]),
    # negative rows: no speech cue; no name nor pronoun after the comma; a preposition's
    # object; the cue not opening the sentence; too short a content
    ("Expecting thousands for the rally on Monday, Roe asked the city for a permit.", []),
    ("Noting that the mill had closed in May, the council voted on the plan again.", []),
    ("Responding to the report on the mill, Roe asked the council for help.", []),
    ("Roe, noting that the mill had closed, asked the council for help.", []),
    ("Noting the closing, Roe asked the council for help.", []),
])
def test_opening_participle_rows(paragraph: str, expected: list[tuple[str | None, str]]) -> None:
    assert opening(paragraph) == expected


def test_opening_rules_named() -> None:
    assert [name for name, _ in OPENING_REPORT_RULES] == ["opening-participle-report"]
