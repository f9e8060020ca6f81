"""askers rule 'question-put-to': after a question put to someone, a 'he'/'she' is the
person asked, not the asker."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

ANSWER = "\u201cThe wall could be 40 feet high, maybe higher,\u201d he said."


def answer_speaker(text: str) -> str | None:
    article = parse_article("Wall fight.\n\n" + text + " " + ANSWER, title="Wall fight")
    return next(s.speaker for s in extract(article).statements if "40 feet" in s.quote)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sean Hannity asked Donald Trump how high the wall would be.", "Donald Trump"),
    ("Paul Ryan did not sound sure when Jake Tapper asked whether the wall would rise.",
     "Paul Ryan"),
    ("Paul Ryan was asked by the moderator Jake Tapper whether the wall would rise.",
     "Paul Ryan"),
    # negative rows: no question put to another person, the person asked does not fit
    # the pronoun, or a request ('asked Trump to build'): the asker goes on
    ("Sean Hannity asked whether the wall would rise at all.", "Sean Hannity"),
    ("Sean Hannity asked Mary Roe how high the wall would be.", "Sean Hannity"),
    ("Sean Hannity told Donald Trump the wall was too low.", "Sean Hannity"),
    ("Sean Hannity asked Donald Trump to build the wall higher.", "Sean Hannity"),
])
def test_question_put_to(text: str, speaker: str | None) -> None:
    assert answer_speaker(text) == speaker
