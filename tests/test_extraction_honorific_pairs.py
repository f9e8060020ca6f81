"""Rule honorific-pair (bot/extraction/mentions.surname_match and the article pass): an
article that writes one surname after a man's and after a woman's honorific names two
people, so a surname with an honorific joins a full name only when that person's given
name is of the honorific's gender; otherwise the statement keeps the surname alone rather
than a wrong person's name. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

LEDE = "WASHINGTON (Wire) -- {people} spoke on Sunday."


def speakers_by_quote(people: str, *paragraphs: str) -> dict[str, str | None]:
    text = "\n\n".join([LEDE.format(people=people), *paragraphs])
    return {s.quote[:12]: s.speaker for s in extract(parse_article(text, title="T")).statements}


@pytest.mark.parametrize(("people", "paragraphs", "expected"), [
    # two Kamaras, given names of unknown gender: neither statement gets a full name
    ("The parents, Obuya and Wanjiru Kamara,",
     ['"We will not be silent about this," Mr. Kamara said.',
      '"I could not speak at the convention," Ms. Kamara said.'],
     {"We will not ": "Kamara", "I could not ": "Kamara"}),
    # a given name of the honorific's gender still says who is meant
    ("John Kamara and Wanjiru Kamara",
     ['"We will not be silent about this," Mr. Kamara said.',
      '"I could not speak at the convention," Ms. Kamara said.'],
     {"We will not ": "John Kamara", "I could not ": "Kamara"}),
    # negatives: one honorific alone joins the one person of that surname, as before
    ("Jane Roe and her aides",
     ['"We will not be silent about this," Mrs. Roe said.'],
     {"We will not ": "Jane Roe"}),
    ("Obuya Kamara and his aides",
     ['"We will not be silent about this," Mr. Kamara said.'],
     {"We will not ": "Obuya Kamara"}),
])
def test_honorific_pair_rows(people: str, paragraphs: list[str],
                             expected: dict[str, str | None]) -> None:
    found = speakers_by_quote(people, *paragraphs)
    assert {quote: found.get(quote) for quote in expected} == expected
