"""A colon intro between two quotations of one sentence (direct._colon_intro,
collect._new_intro): narration of more than three words ending in a colon introduces
a new statement, with or without a cue in it and whatever white space follows the
colon; a short one ('He added:') does not. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

LEDE = ("On Monday, Senator Tom Roe posted a photo of himself at the school. \u201cHappy "
        "first day of school!\u201d he tweeted. \u201cThe best teachers are in our state. I "
        "love teachers!\u201d")


@pytest.mark.parametrize(("tail", "found"), [
    ("Former Governor John Doe broke down what was wrong with the message to a Dutch "
     "newspaper:\u00a0\u201cWhat Roe did was so insensitive. It is a further insult.\u201d",
     [("Tom Roe", "Happy first day of school! The best teachers are in our state. I love "
                  "teachers!"),
      ("John Doe", "What Roe did was so insensitive. It is a further insult.")]),
    # negative row: a short intro goes on with the same speaker
    ("He added:\u00a0\u201cGo to class now.\u201d",
     [("Tom Roe", "Happy first day of school!"),
      ("Tom Roe", "The best teachers are in our state. I love teachers! Go to class now.")]),
])
def test_colon_intro(tail: str, found: list[tuple[str, str]]) -> None:
    article = parse_article("Budget Fight.\n\n" + LEDE + tail, title="Budget Fight")
    assert [(s.speaker, s.quote) for s in extract(article).statements
            if s.kind == "direct"] == found
