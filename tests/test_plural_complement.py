"""Table-driven tests for a bare plural person noun with a prepositional complement as
a subject ('attorneys for the department said', subject_edges.plural_with_complement),
with negative rows. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.phrases import subject_before

LEDE = ("Council Weighs Plan.\n\nRIVERTON — The city council met on Tuesday to weigh "
        "a new budget plan for the coming year.\n\n")


@pytest.mark.parametrize(("before", "subject"), [
    ("The plan failed, but attorneys for the department ", "attorneys for the department"),
    ("There is no risk, officials in both cities ", "officials in both cities"),
    ("But advocates within the farming community ", "advocates within the farming community"),
    ("Even leaders on the political left ", "leaders on the political left"),
    ("The vote was close, and aides to the Republican mayor ",
     "aides to the Republican mayor"),
    # negative rows: no person ('views of', 'sales in'); no complement opener (a bare
    # noun after the preposition); a verb form before it; too long a phrase
    ("But views of the mayor's record ", None),
    ("The company grew, and sales in the region ", None),
    ("The plan failed, but attorneys for months ", None),
    ("The plan failed, but attorneys working for the department ", None),
    ("The plan failed, but attorneys for the city's large water department ", None),
])
def test_subject_before_plural_complement(before: str, subject: str | None) -> None:
    found = subject_before(before)
    assert (found[0] if found else None) == subject


@pytest.mark.parametrize(("body", "expected"), [
    ("The budget failed, but attorneys for the council said this week that they would "
     "appeal the ruling.",
     [("attorneys for the council", "that they would appeal the ruling")]),
    # negative row: a thing, not people, before the cue: no statement of its own
    ("The budget failed, and views of the council's record have declined since May.", []),
])
def test_plural_complement_statements(body: str, expected: list[tuple[str, str]]) -> None:
    article = parse_article(LEDE + body, title="Council Weighs Plan")
    found = [(s.speaker, s.quote) for s in extract(article).statements
             if "council met" not in s.quote]
    assert found == expected
