"""A content does not start with the channel its speaker used
(bot/extraction/channel_starts.py, rule 'channel-before-content'). Made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Roe said in a statement the plan will fail next year.",
     ("the plan will fail next year", "channel-before-content")),
    ("Roe said in an interview with the Times the plan will fail.",
     ("the plan will fail", "channel-before-content")),
    ("Roe said on Twitter the plan will fail this year.",
     ("the plan will fail this year", "channel-before-content")),
    ("Roe said in a statement Thursday night the council pulled the plan.",
     ("the council pulled the plan", "channel-before-content")),
    ("Roe said in an op-ed Thursday, the plan will fail in May.",
     ("the plan will fail in May", "channel-before-content")),
    ("Roe argued in a letter to the council, the plan will fail in May.",
     ("the plan will fail in May", "channel-before-content")),
    ("Roe said in 2014 the plan would fail in every county.",
     ("the plan would fail in every county", "channel-before-content")),
    # negative rows: a 'that' clause; a day, not a channel; no channel after 'in'
    ("Roe said in a statement that the plan will fail.", ("that the plan will fail", None)),
    ("Roe said on Monday the plan would fail this year.",
     ("the plan would fail this year", None)),
    ("Roe said in the end the plan would fail this year.",
     ("the end the plan would fail this year", None)),
])
def test_channel_before_content_rows(paragraph: str, expected: tuple[str, str | None]) -> None:
    found = after_lede(paragraph)[0]
    rule = "channel-before-content" if "channel-before-content" in found.trace["span"] else None
    assert (found.quote, rule) == expected
