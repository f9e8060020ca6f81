"""Which words are reporting cues: a verb of the reporter's narration, standing alone."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract


def cues(text: str) -> list[str | None]:
    return [s.cue for s in extract(parse_article(text, title="Test")).statements]


@pytest.mark.parametrize(("text", "absent"), [
    # a cue inside a hyphenated word is no verb
    ("Jane Roe joined the so-called reform caucus of the state senate last spring.", "called"),
    ("The fact-finding panel met the governor in the capital for three long hours.", "finding"),
    ("Jane Roe kept re-tweeting several comments about the governor's budget plan.", "tweeting"),
    # a possessive noun is no verb
    ("The show's host interviewed the governor about the budget for an hour.", "show"),
    # a verb inside the speaker's quotation is not the reporter's cue
    ('The party emailed an article reporting that "Roe is showing signs of strain as the '
     'count drags on."', "showing"),
])
def test_attached_or_quoted_words_are_not_cues(text: str, absent: str) -> None:
    assert absent not in cues(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Jane Roe called the budget plan a disgrace to the voters of the whole state.", "called"),
    ("The poll shows that most voters in the state oppose the new budget plan.", "shows"),
    ("Jane Roe said the budget plan would hurt the voters of the whole state.", "said"),
])
def test_standalone_verbs_are_still_cues(text: str, cue: str) -> None:
    assert cue in cues(text)
