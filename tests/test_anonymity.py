"""A source's request for anonymity (bot/extraction/anonymity.py): never a statement of
its own, and never between the source and their cue. Made-up sentences."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract


def _statements(paragraph: str) -> list[tuple[str | None, str | None, str, str]]:
    text = f"Talks go on\n\n{paragraph}"
    return [(s.speaker, s.cue, s.quote, s.trace.get("span", ""))
            for s in extract(parse_article(text, title="T")).statements]


SKIPPED = "anonymity-clause-skipped"


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
    ("A senior aide who worked on the bill said the deal was close.", None, None),
])
def test_the_source_of_an_anonymity_clause_said_it(paragraph: str, speaker: str | None,
                                                   rule: str | None) -> None:
    found = [s for s in _statements(paragraph) if "deal was close" in s[2]]
    assert [(s[0], s[1]) for s in found] == [(speaker, "said")]
    assert (SKIPPED if SKIPPED in found[0][3] else None) == rule


@pytest.mark.parametrize("paragraph", [
    "A White House official, who requested anonymity to discuss a private talk, left early.",
    "The aide spoke to reporters on condition of anonymity about the budget talks.",
])
def test_a_request_for_anonymity_is_no_statement(paragraph: str) -> None:
    assert [s for s in _statements(paragraph)
            if s[1] in ("requested", "spoke", "asked")] == []
