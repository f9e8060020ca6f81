"""Context cues in content-first frames (bot/extraction/context_frames.py): one row per
case, negative rows included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.cues import report_kind

RULE = "context-cue-after-content"


def statements(paragraph: str) -> list[tuple[str | None, str, str | None]]:
    """(speaker, content, cue) of the paragraph's statements read by the rule."""
    return [(s.speaker, s.quote, s.cue) for s in after_lede(paragraph)
            if RULE in s.trace["span"]]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("The council will vote on the budget next Friday, Roe wrote.",
     [("Jane Roe", "The council will vote on the budget next Friday", "wrote")]),
    ("The old mill will reopen as a museum next spring, the campaign posted on Facebook.",
     [("the campaign", "The old mill will reopen as a museum next spring", "posted")]),
    ("Turnout in the county fell by a third this year, the poll found.",
     [(None, "Turnout in the county fell by a third this year", "found")]),
    ("The new plan, which her aides believe will pass, is on the agenda.",
     []),  # a belief inside a relative clause: no content-first frame
    ("The mill will close for good, which, Roe's aides believe, would cost many jobs.",
     [("Roe's aides", "The mill will close for good, which would cost many jobs",
       "believe")]),
    # negative rows: an object after the cue; a finding followed by an aside (a reduced
    # relative); an opening phrase is no content; a parenthetical followed by an
    # adverbial; a noun cue
    ("After the long vote on Friday, Roe wrote a letter to the mayor.", []),
    ("The plant makes several potent gases, chemicals found in old fridges.", []),
    ("Across the whole state, Roe found support among farmers.", []),
    ("Doe won the county primary, the paper declared on Thursday, two days after the vote.",
     []),
    ("Roe leads the race in the county, with 38 percent support.", []),
])
def test_context_frame_rows(paragraph: str,
                            expected: list[tuple[str | None, str, str | None]]) -> None:
    assert statements(paragraph) == expected


def test_context_frame_labels() -> None:
    kinds = [report_kind(cue) for *_, cue in statements(
        "Turnout in the county fell by a third this year, the poll found.")]
    assert kinds == ["finding"]
