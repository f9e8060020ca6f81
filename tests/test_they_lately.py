"""it_rules rule 'they-named-lately': 'they' is the last group only when the article
names it (or its head noun) in the statement's paragraph or the one before, and never a
phrase for one person."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

GROUP = "The farm lobbyists said on Monday that the budget would pass before the recess."
FILLER = "The governor toured three farms in the north of the state on Tuesday."
LATER = "They added that the vote in the chamber would be very close."


def last_speaker(*paragraphs: str) -> str | None:
    article = parse_article("Budget fight.\n\n" + "\n\n".join(paragraphs), title="Budget")
    return extract(article).statements[-1].speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    ((GROUP, LATER), "The farm lobbyists"),
    ((GROUP, FILLER, "The lobbyists met the governor on Wednesday. " + LATER),
     "The farm lobbyists"),
    # negative rows: the group was named three paragraphs up; one person is no 'they'
    ((GROUP, FILLER, FILLER, "The governor met reporters on Wednesday. " + LATER), None),
    (("A farm lobbyist said on Monday that the budget would pass before the recess.",
      LATER), None),
])
def test_they_named_lately(paragraphs: tuple[str, ...], speaker: str | None) -> None:
    assert last_speaker(*paragraphs) == speaker


def test_explain_names_the_rule() -> None:
    article = parse_article("Budget fight.\n\n" + GROUP + "\n\n" + LATER, title="Budget")
    assert extract(article).statements[-1].trace["speaker"] == "they-named-lately"
