"""A speech participle opening the sentence (bot/extraction/opening_reports.py): 'Noting
that ..., Roe asked ...' gives Roe what she noted; one row per case, negative rows
included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.opening_reports import OPENING_REPORT_RULES


def opening(paragraph: str, rule: str = "opening-participle-report"
            ) -> list[tuple[str | None, str]]:
    """(speaker, content) of the paragraph's statements whose span trace opens with rule."""
    return [(s.speaker, s.quote) for s in after_lede(paragraph)
            if s.trace.get("span", "").split(" + ")[0] == rule]


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


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("In describing the new mayor of the town, Roe said she was sure of the plan.",
     [("Jane Roe", "the new mayor of the town")]),
    ("Despite questioning the plan for the old mill, Roe voted for it on Monday.",
     [("Jane Roe", "the plan for the old mill")]),
    ("Since announcing in May that she would retire, Roe has kept a low profile.",
     [("Jane Roe", "that she would retire")]),
    ("After praising the council for its work, she asked the city for money.",
     [("Jane Roe", "the council for its work")]),
    # negative rows: a means ('By'), something not done ('Without'), no speech cue, no
    # name nor pronoun after the comma, the preposition not opening the sentence
    ("By offering the mayor a seat on the board, Roe would show she is serious.", []),
    ("Without mentioning the mill or its owners, Roe asked the council for help.", []),
    ("After expecting thousands for the rally, Roe asked the city for a permit.", []),
    ("In describing the plan for the mill, the council voted on it again.", []),
    ("Roe, in describing the plan for the mill, asked the council for help.", []),
])
def test_opening_preposition_rows(paragraph: str, expected: list[tuple[str | None, str]]
                                  ) -> None:
    assert opening(paragraph, "opening-preposition-participle-report") == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # the opening report ends at the main clause's subject, before the quotation
    ('Noting that the mill had closed in May, Roe added: "That is where the trouble is."',
     [("Jane Roe", "that the mill had closed in May")]),
    ('Promising that the mill would reopen in May, she said, "We will get there."',
     [("Jane Roe", "that the mill would reopen in May")]),
    # negative rows: the quotation inside the opening clause; no speech participle
    ('Noting the "closed for good" sign on the mill, Roe asked the council for help.', []),
    ('Expecting thousands for the rally, Roe said, "We will need a permit."', []),
])
def test_opening_before_quotation_rows(paragraph: str,
                                       expected: list[tuple[str | None, str]]) -> None:
    found = opening(paragraph) + opening(paragraph, "opening-preposition-participle-report")
    assert found == expected


def test_opening_rules_named() -> None:
    assert [name for name, _, _ in OPENING_REPORT_RULES] == [
        "opening-participle-report", "opening-preposition-participle-report"]
