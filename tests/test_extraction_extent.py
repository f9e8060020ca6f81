"""Content extents across statements (bot/extraction/extent.py): a report inside
another's content, a report coordinated after it. One row per rule, negative rows
included. All sentences are made up."""

from __future__ import annotations

import pytest
from test_extraction_reported import statements

from bot.extraction.extent import without_nested
from bot.extraction.raw import Raw


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # coordinated-report-ends-content: a participle or a new subject after a link
        ('Roe said she was "outraged" by the vote, arguing that the council "broke its '
         'own rules."',
         [("Jane Roe", 'she was "outraged" by the vote'),
          ("Jane Roe", 'that the council "broke its own rules."')]),
        ('Roe called the plan "a disaster," and Doe accused the council of "ignoring the '
         'voters."',
         [("Jane Roe", 'the plan "a disaster,"'),
          ("Doe", 'the council of "ignoring the voters."')]),
        # report-inside-a-content: the second reading of the same clause goes (the
        # cue's object owns the 'that': content_start rule object-owns-that)
        ('Roe called the plan "a disaster" that the mayor had "promised to fix by May."',
         [("Jane Roe", 'the plan "a disaster" that the mayor had "promised to fix by May."')]),
        # negatives: one statement, nothing inside it
        ('Doe praised the mayor for his "steady hand" during the storm.',
         [("Doe", 'the mayor for his "steady hand" during the storm')]),
        ("Roe said the mayor, who has promised to repair the roads by May, has not yet found "
         "the money.",
         [("Jane Roe", "the mayor, who has promised to repair the roads by May, has not yet "
                       "found the money")]),
    ],
)
def test_extent_rows(paragraph: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(paragraph) == expected


TEXT = "Roe noted that Doe has urged the council to act on the roads before May."
NOTED = (TEXT.index("that"), len(TEXT) - 1)
URGED = (TEXT.index("the council"), len(TEXT) - 1)


def _raw(span: tuple[int, int], cue: str, confidence: float = 1.0, kind: str = "indirect",
         para: int = 0) -> Raw:
    return Raw(kind, [span], para, (0, len(TEXT)), cue=cue, cue_pos=TEXT.index(cue),
               confidence=confidence)


@pytest.mark.parametrize(
    ("raws", "kept"),
    [
        # two rules' statements: the inner one goes
        ([_raw(NOTED, "noted"), _raw(URGED, "urged")], ["noted"]),
        # a learned outer statement goes before a rule's inner one, and the other way
        ([_raw(NOTED, "noted", 0.6), _raw(URGED, "urged")], ["urged"]),
        ([_raw(NOTED, "noted"), _raw(URGED, "urged", 0.7)], ["noted"]),
        # negatives: a quotation is left alone; so is a statement of another paragraph
        ([_raw(NOTED, "noted", kind="direct"), _raw(URGED, "urged")], ["noted", "urged"]),
        # and a noun report inside a content (its owner's: noun_reports.py)
        ([_raw(NOTED, "noted", 0.6), _raw(URGED, "urged").chose("noun-report-object")],
         ["noted", "urged"]),
        ([_raw(NOTED, "noted"), _raw(URGED, "urged", para=1)], ["noted", "urged"]),
    ],
)
def test_report_inside_a_content(raws: list[Raw], kept: list[str]) -> None:
    assert [r.cue for r in without_nested(TEXT, raws)] == kept
