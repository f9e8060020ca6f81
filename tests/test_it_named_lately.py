"""it_rules.it_said: 'it' is the last organisation or document only when the article
named it in the statement's paragraph or the one before; else nobody."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

FIRST = ("Acme Corp. said on Monday that the new tariffs would cost "
         "American families about $1,000 a year.")
FILLER = ("Prices of washing machines rose by a tenth in the spring, and dealers in "
          "three states ran short of stock.")
LAST = "It added that the tariffs would hurt farmers in the Midwest the most."


def speaker_of_last(paragraphs: list[str]) -> str | None:
    article = parse_article("Tariffs.\n\n" + "\n\n".join(paragraphs), title="Tariffs")
    found = [s for s in extract(article).statements if "farmers" in s.quote]
    assert len(found) == 1
    return found[0].speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    ([FIRST + " " + LAST], "Acme Corp."),
    ([FIRST, LAST], "Acme Corp."),
    # a document named again as 'the' and its noun
    (["\u201cCosts will rise,\u201d a newly released report said on Monday.", FILLER,
      "Copies of the report went to every member of Congress.", LAST],
     "a newly released report"),
    # negative rows: named three paragraphs up, with other things between: nobody
    ([FIRST, FILLER, FILLER, LAST], None),
    ([FIRST, FILLER, "Economists at the bank disagreed.", LAST], None),
])
def test_it_is_an_organisation_named_lately(paragraphs: list[str],
                                            speaker: str | None) -> None:
    assert speaker_of_last(paragraphs) == speaker
