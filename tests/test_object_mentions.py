"""Rule object_not_subject (bot/extraction/object_mentions.py): a name after an object
marker in the subject phrase does not speak. One row per marker kind, negative rows
included; the end-to-end rows use made-up sentences."""

from __future__ import annotations

from datetime import date

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.object_mentions import names_an_object


@pytest.mark.parametrize(("mention", "name", "cue", "expected"), [
    ("advisers to Mr. Obama", "Barack Obama", "say", True),
    ("supporters of Hillary Clinton", "Hillary Clinton", "say", True),
    ("singled out Mr. Trump's", "Donald Trump", "criticism", True),
    ("with Trump", "Donald Trump", "called", True),
    # negatives: the name speaks
    ("with Sen. John McCain", "John McCain", "calling", False),  # absolute 'with X doing'
    ("president of the Congressional Leadership Fund", "Leadership Fund", "said", False),
    ("75 percent of Democrats", "Democrats", "said", False),
    ("critics like Huffman", "Jared Huffman", "say", False),
    ("a statement from Mike Lee", "Mike Lee", "declared", False),
    ("data from the Department of Education", "Department of Education", "according to",
     False),
    ("Senator Jane Roe", "Jane Roe", "said", False),
    (None, "Jane Roe", "said", False),
])
def test_object_rows(mention: str | None, name: str, cue: str, expected: bool) -> None:
    assert names_an_object(mention, name, cue) is expected


def test_an_adviser_does_not_speak_for_the_person_advised() -> None:
    text = ("WASHINGTON (Wire) -- Senator Jane Roe met her peers on Monday.\n\n"
            "A longtime adviser to Roe said the vote would be close in the end.\n\n"
            "Roe said the plan would pass the senate this year.")
    statements = extract(parse_article(text, title="T", published=date(2025, 2, 13))).statements
    speakers = {s.quote: s.speaker for s in statements}
    assert speakers["the vote would be close in the end"] is None
    assert speakers["the plan would pass the senate this year"] == "Jane Roe"
    vetted = next(s for s in statements if s.quote.startswith("the vote"))
    assert vetted.trace.get("speaker_vetting") == "object_not_subject"
