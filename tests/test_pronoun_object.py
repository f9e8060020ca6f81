"""Table-driven tests for a description ending in an object pronoun ('a source close to
him', subject_edges.pronoun_object), with negative rows. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.phrases import subject_before

LEDE = ("Council Weighs Plan.\n\nRIVERTON — The city council met on Tuesday to weigh "
        "a new budget plan for the coming year.\n\n")


@pytest.mark.parametrize(("before", "subject"), [
    ("The mayor will not run again, a source close to him ", "a source close to him"),
    ("The mayor will sign it, some familiar with her ", "some familiar with her"),
    ("Two aides close to them ", "Two aides close to them"),
    # negative rows: after 'of' (a possessive phrase), no determiner; a lone pronoun is
    # read as before
    ("The mayor spoke, and the description of her ", None),
    ("The mayor spoke, people close to him ", None),
    ("Roe met them, and him ", "him"),
])
def test_subject_before_pronoun_object(before: str, subject: str | None) -> None:
    found = subject_before(before)
    assert (found[0] if found else None) == subject


@pytest.mark.parametrize(("body", "speaker"), [
    ("The mayor will not run again next year, a source close to him said.",
     "a source close to him"),
    # negative row: a possessive 'of her' before a noun misread as a cue gives no statement
    ("The description of her views is based on her public remarks.", None),
])
def test_pronoun_object_speaker(body: str, speaker: str | None) -> None:
    article = parse_article(LEDE + body, title="Council Weighs Plan")
    found = [s.speaker for s in extract(article).statements if "council met" not in s.quote]
    assert found == ([speaker] if speaker else [])
