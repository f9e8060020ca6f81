"""Table-driven tests for a person's name run into an outlet's name
(bot/extraction/outlets.py, rule name-after-outlet), with negative rows. All names are
made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.outlets import after_outlet


@pytest.mark.parametrize(("name", "person"), [
    ("Fox News Sean Okafor", "Sean Okafor"),
    ("CNN Gloria Okafor", "Gloria Okafor"),
    ("Washington Post Roe", "Roe"),  # a surname the article names
    # negative rows: an outlet alone; a surname the article does not name; an office
    ("Fox News", None),
    ("Washington Post Doe", None),
    ("Washington Post Fact Checker", None),
    ("Post Office", None),
])
def test_after_outlet(name: str, person: str | None) -> None:
    assert after_outlet(name, {"Roe", "Okafor"}) == person


@pytest.mark.parametrize(("paragraph", "speaker", "rule"), [
    ("Fox News Sean Okafor said the budget would not pass this year.", "Sean Okafor",
     "name-after-outlet"),
    # negative row: a name with no outlet before it
    ("Sean Okafor said the budget would not pass this year.", "Sean Okafor", None),
])
def test_outlet_trace(paragraph: str, speaker: str, rule: str | None) -> None:
    text = f"Budget talks go on.\n\nSenator Jane Roe said the talks were useful.\n\n{paragraph}"
    statements = extract(parse_article(text, title="T")).statements
    st = next(s for s in statements if s.start >= text.index(paragraph))
    assert st.speaker == speaker
    assert st.trace.get("speaker_outlet") == rule
