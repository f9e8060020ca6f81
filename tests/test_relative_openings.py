"""Table-driven tests for the speaker rule 'name-before-relative-clause'
(relative_openings.py), with negative rows.

Each row is a made-up article; the test finds the statement whose quote contains
"plan" and checks its speaker, its quote and the rule named in its trace.
"""

from __future__ import annotations

import pytest
from extraction_lede import marked_statement

from bot.extraction.relative_openings import NAME_BEFORE_RELATIVE, name_before_relative
from bot.models import Statement


def statement_of(*paragraphs: str) -> Statement:
    return marked_statement(*paragraphs, marker="plan")


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "quote"),
    [
        # a name set off by commas inside a 'whose' clause
        (["John Slinker, whose company, Acme, makes tools, said the plan was a good one."],
         "John Slinker", "the plan was a good one"),
        # a name and a time phrase inside a 'who' clause
        (["Jane Arnold, who helped found a group, Edge, in 2010, said the plan would fail."],
         "Jane Arnold", "the plan would fail"),
        # a quotation after the cue
        (['John Slinker, whose start-up, Paradata, uses data, said of the plan: "It is a '
          'start-up kind of plan."'], "John Slinker", "It is a start-up kind of plan."),
    ],
)
def test_name_before_relative_clause(paragraphs: list[str], speaker: str, quote: str) -> None:
    st = statement_of(*paragraphs)
    assert (st.speaker, st.quote) == (speaker, quote)
    assert NAME_BEFORE_RELATIVE in st.trace["span"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # negative: the relative clause names nobody else; the rules read the name already
        ["John Slinker, whose company makes tools, said the plan was a good one."],
        # negative: an appositive, not a relative clause
        ["John Slinker, the founder of a company, Acme, said the plan was a good one."],
    ],
)
def test_name_before_relative_clause_negative(paragraphs: list[str]) -> None:
    st = statement_of(*paragraphs)
    assert st.speaker == "John Slinker"
    assert NAME_BEFORE_RELATIVE not in st.trace["span"]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Jane Roe, who runs a firm, Acme, said", ("Acme", 26), ("Jane Roe", 0)),
        # negative: the phrase found stands before the relative word
        ("Jane Roe, who runs a firm, said", ("Jane Roe", 0), None),
        # negative: the sentence opens with no name before the relative clause
        ("In the end, which was near, Acme said", ("Acme", 28), None),
        # negative: nothing found, nothing to replace
        ("Jane Roe, who runs a firm, Acme, said", None, None),
    ],
)
def test_name_before_relative_function(text: str, found: tuple[str, int] | None,
                                       expected: tuple[str, int] | None) -> None:
    assert name_before_relative(text, 0, text.rindex("said"), found) == expected
