"""lexicon.LEADING_FILLERS: a linking or time adverb opening the sentence is no part of
the speaker's name ('Afterwards Roe said' is Jane Roe, never 'Afterwards Roe')."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

LEDE = "Senator Jane Roe spoke to voters in Ohio on Monday about the budget and the schools."


def last_speaker(sentence: str) -> str | None:
    article = parse_article("Budget fight.\n\n" + LEDE + "\n\n" + sentence, title="Budget")
    return extract(article).statements[-1].speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Afterwards Roe said the plan would fail the schools of the whole state.", "Jane Roe"),
    ("Afterwards Roe repeated her old line: \u201cNobody is stopping them from learning "
     "anything at all.\u201d", "Jane Roe"),
    ("Finally Roe said the plan would fail the schools of the whole state.", "Jane Roe"),
    ("Subsequently Roe said the plan would fail the schools of the whole state.", "Jane Roe"),
    # negative row: 'First' opens a title, not a filler
    ("First Lady Ann Doe said the plan would fail the schools of the whole state.", "Ann Doe"),
])
def test_leading_filler_is_no_name(sentence: str, speaker: str) -> None:
    assert last_speaker(sentence) == speaker
