"""'The meeting was first reported by Politico.' (bot/extraction/by_reports.py): one row
per case, negative rows included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede


def statements(paragraph: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, content) of the statements of rule 'passive-report-by-agent'."""
    return [(s.speaker, s.cue, s.quote) for s in after_lede(paragraph)
            if s.trace["span"] == "passive-report-by-agent"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("The mayor's move was first reported by The Daily Ledger.",
     [("Daily Ledger", "reported", "The mayor's move")]),
    ("News of the closure was reported last week by the Springfield Herald, a daily paper.",
     [("Springfield Herald", "reported", "News of the closure")]),
    # negative rows: a vote, not a report; a relative pronoun's passive; a pronoun; the
    # agent runs on into a clause; inside another statement's content
    ("Her nomination was confirmed by the Senate.", []),
    ("The email, which was first reported by The Daily Ledger, angered Doe.", []),
    ("It was first reported by The Daily Ledger.", []),
    ("The move was first reported by Doe to the board on Monday.", []),
    ("Roe said the plan was reported by The Daily Ledger.", []),
])
def test_by_report_rows(paragraph: str,
                        expected: list[tuple[str | None, str | None, str]]) -> None:
    assert statements(paragraph) == expected
