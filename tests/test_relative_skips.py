"""Relative clauses between a subject and its cue (bot/extraction/relative_skips.py): a
source's request for anonymity (anonymity.py) is never a statement of its own nor a
wall between the source and their cue; a short restrictive relative is skipped when
the subject is read. Made-up sentences."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract


def _statements(paragraph: str) -> list[tuple[str | None, str | None, str, str]]:
    text = f"Talks go on\n\n{paragraph}"
    return [(s.speaker, s.cue, s.quote, s.trace.get("span", ""))
            for s in extract(parse_article(text, title="T")).statements]


SKIPPED = "anonymity-clause-skipped"
RESTRICTIVE = "restrictive-relative-skipped"


@pytest.mark.parametrize(("paragraph", "speaker", "rule"), [
    ("A senior aide who asked not to be named said the deal was close.", "A senior aide",
     SKIPPED),
    ("A senior official who was not authorized to speak publicly said the deal was close.",
     "A senior official", SKIPPED),
    ("A Pentagon official who spoke on condition of anonymity said the deal was close.",
     "A Pentagon official", SKIPPED),
    # negative rows: between commas (the appositive rules read it); no anonymity
    ("A senior aide, who spoke on condition of anonymity, said the deal was close.",
     "A senior aide", None),
    # restrictive-relative-skipped: a relative with a verb of its own, after the
    # phrase that opens the sentence
    ("A senior aide who worked on the bill said the deal was close.", "A senior aide",
     RESTRICTIVE),
    ("Voters who have followed the talks said the deal was close.", "Voters", RESTRICTIVE),
    ("The sister of Dana Okafor who filed the suit said the deal was close.",
     "The sister of Dana Okafor", RESTRICTIVE),
    # negative rows: the phrase before 'who' does not open the sentence; 'who' is the
    # object of the clause
    ("After the vote the lawyers for Dana Okafor who led the talks said the deal was close.",
     None, None),
    ("Okafor named the aides who he trusted and said the deal was close.", "Okafor", None),
])
def test_the_source_of_an_anonymity_clause_said_it(paragraph: str, speaker: str | None,
                                                   rule: str | None) -> None:
    found = [s for s in _statements(paragraph) if "deal was close" in s[2]]
    assert [(s[0], s[1]) for s in found] == [(speaker, "said")]
    assert next((r for r in (SKIPPED, RESTRICTIVE) if r in found[0][3]), None) == rule


@pytest.mark.parametrize("paragraph", [
    "A White House official, who requested anonymity to discuss a private talk, left early.",
    "The aide spoke to reporters on condition of anonymity about the budget talks.",
])
def test_a_request_for_anonymity_is_no_statement(paragraph: str) -> None:
    assert [s for s in _statements(paragraph)
            if s[1] in ("requested", "spoke", "asked")] == []


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # a tie to someone else: the description speaks, not the name in it
    ("Critics of Dana Okafor said the deal was close.", "Critics of Dana Okafor"),
    ("The sister of Dana Okafor said the deal was close.", "The sister of Dana Okafor"),
    ("A rival to Dana Okafor said the deal was close.", "A rival to Dana Okafor"),
    # negative rows: a title before the name; one who speaks for the name (kept as is)
    ("Secretary of State Dana Okafor said the deal was close.", "Dana Okafor"),
    ("A spokeswoman for Dana Okafor said the deal was close.", "Dana Okafor"),
])
def test_a_relation_of_a_name_is_not_that_name(paragraph: str, speaker: str) -> None:
    found = [s for s in _statements(paragraph) if "deal was close" in s[2]]
    assert [s[0] for s in found] == [speaker]
