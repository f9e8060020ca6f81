"""A report in a trailing 'as' clause (bot/extraction/as_reports.py): 'CLAUSE, as X
noted.' gives X the clause before it; one row per case, negative rows included. All
sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.as_reports import AS_REPORT_RULES


def statements(paragraph: str) -> list[tuple[str | None, str, str]]:
    """(speaker, content, span rule) of the paragraph's non-direct statements."""
    return [(s.speaker, s.quote, s.trace["span"]) for s in after_lede(paragraph)
            if s.kind != "direct"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # content-then-as-subject-cue: nothing, an aside or the person told after the cue
    ("The mill will close in May, as Roe noted in her newsletter.",
     [("Jane Roe", "The mill will close in May", "content-then-as-subject-cue")]),
    ("The county budget is short by a million dollars, as the Daily Post reported.",
     [("Daily Post", "The county budget is short by a million dollars",
       "content-then-as-subject-cue")]),
    ("The numbers changed over the summer, as the senator acknowledged on Tuesday.",
     [("Jane Roe", "The numbers changed over the summer",
       "content-then-as-subject-cue")]),
    ("The deal with the union is dead, as Roe told reporters.",
     [("Jane Roe", "The deal with the union is dead", "content-then-as-subject-cue")]),
    # not 'the outset of the rally' (the aside read as the content before this rule)
    ("The mill also grew up in this town, as Roe said at the outset of the rally.",
     [("Jane Roe", "The mill also grew up in this town", "content-then-as-subject-cue")]),
    # negative rows: an activity ('testified': when, not what); a passive; a clause
    # after the cue; no comma before 'as'; the opening 'As X said,' (the rules' own)
    ("The crowd outside grew restless, as Roe testified on Capitol Hill.", []),
    ("Roe proposed a new name for the group, the Mill Party, as it was called.",
     [("Jane Roe", "a new name for the group, the Mill Party, as it was called",
       "subject-cue-content")]),
    ("The plan will pass the council, as Roe said the mayor had expected.",
     [("Jane Roe", "the mayor had expected", "subject-cue-content")]),
    ("The council grew quiet as Roe said the plan had failed.",
     [("Jane Roe", "the plan had failed", "subject-cue-content")]),
    ("As Roe noted, the mill will close in May.",
     [("Jane Roe", "the mill will close in May", "subject-cue-content")]),
])
def test_as_report_rows(paragraph: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert statements(paragraph) == expected


def test_as_rules_named() -> None:
    """The table names each rule once, as --explain shows it."""
    names = [name for name, _ in AS_REPORT_RULES]
    assert names == ["content-then-as-subject-cue"]
