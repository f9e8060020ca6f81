"""speaker_rules rule 'no-antecedent-in-own-words': a person the statement's own words
name only as an owner or a preposition's object is no antecedent of its 'he'/'she'
subject; its own subject may be. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

LEDE = ("Council Weighs Plan.\n\nRIVERTON \u2014 \u201cThe budget is a good start for "
        "the city and its schools,\u201d said John Doe, a council member, on Tuesday. ")


@pytest.mark.parametrize(("body", "speaker"), [
    ("Any attempt to block the plan by Mr. Poe, he said, is hopeless.", "John Doe"),
    ("Cities like Mr. Poe's hometown are doing well, he said.", "John Doe"),
    # negative rows: the statement's own subject is the pronoun's antecedent; no one
    # named before the statement's words
    ("Mr. Poe has lived in the city for most of his life, he said.", "Poe"),
    ("Though Mr. Poe has lived in the city for years, the schools are new to him, he "
     "said.", "Poe"),
])
def test_no_antecedent_in_own_words(body: str, speaker: str | None) -> None:
    article = parse_article(LEDE + body, title="Council Weighs Plan")
    found = [s.speaker for s in extract(article).statements if "budget is" not in s.quote]
    assert found == [speaker]
