"""particle_cues.acts_only: a cue the words after it make an act says nothing
('showed up', 'went on to win'); 'went on' followed by speech stays a report."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.particle_cues import speech_verb


def cues_of(text: str) -> list[str | None]:
    return [s.cue for s in extract(parse_article(text, title="Test")).statements]


@pytest.mark.parametrize(("text", "kept"), [
    ("Senator Jane Roe went on to say that the budget plan would hurt the voters of the "
     "state.", True),
    ("Senator Jane Roe went on to attack Governor Bill Okafor over his tax returns and his "
     "donors.", True),
    ("Senator Jane Roe went on to sharply criticize the budget plan of the governor.", True),
    ("Senator Jane Roe went on CNN to declare the governor the loser of the whole debate.",
     True),
    ("Senator Jane Roe goes on to list the reasons why the budget plan would fail the "
     "state.", True),
    # negative rows: what she went on to do is no speech
    ("Senator Jane Roe went on to win Ohio and a popular-vote victory in the Texas primary.",
     False),
    ("The Red Sox went on to win Game 7 and then the World Series that fall.", False),
    ("Senator Jane Roe went on to serve as governor of New York for eight long years.",
     False),
    ("Senator Jane Roe went on national television on Sunday after the debate.", False),
    ("Senator Jane Roe went on to easily defeat her opponent to win the Senate seat.", False),
])
def test_went_on_reports_only_speech(text: str, kept: bool) -> None:
    assert ("went on" in cues_of(text) or "goes on" in cues_of(text)) is kept


@pytest.mark.parametrize(("verb", "speech"), [
    ("say", True), ("list", True), ("declare", True), ("attack", True), ("explain", True),
    ("win", False), ("serve", False), ("endorse", False), ("build", False), ("lead", False),
])
def test_speech_verb(verb: str, speech: bool) -> None:
    assert speech_verb(verb) is speech
