"""Table-driven tests for the headline verbs of speech (stance.HEADLINE_VERBS, rule
'headline-verb' in headline.short_statement), with negative rows. All articles are made
up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.cues import report_kind
from bot.extraction import extract

BODY = ("Senator Dana Okafor said on Tuesday that the transit plan would fail the city's "
        "poorest riders.\n\nThe council will vote on the plan next week.")


def _headline_statements(title: str, body: str = BODY) -> list[tuple[str | None, str, str]]:
    article = parse_article(f"{title}\n\n{body}", title=title)
    return [(s.cue, s.quote, s.trace["span"]) for s in extract(article).statements
            if s.start < len(title)]


@pytest.mark.parametrize(("title", "expected"), [
    ("Okafor rips transit plan over fares",
     [("rips", "transit plan over fares", "subject-cue-content + headline-verb + headline")]),
    ("Okafor swipes at mayor over budget",
     [("swipes at", "mayor over budget", "subject-cue-content + headline-verb + headline")]),
    # the content ends at a comma: what follows is the reporter's
    ("Okafor hints at new run, then takes it back",
     [("hints at", "new run", "subject-cue-content + headline-verb + headline")]),
    # negative rows: no subject before the verb; a verb left out of the table; a rule
    # cue comes first (and the body's rules read it)
    ("Rips in the budget worry council", []),
    ("Okafor goes after the nomination", []),
    ("Okafor blasts transit plan over fares",
     [("blasts", "transit plan over fares", "subject-cue-content + headline")]),
])
def test_headline_verb(title: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _headline_statements(title) == expected


def test_headline_verb_not_in_the_body() -> None:
    body = "The plan passed. Later, the mayor rips the old fare cards in half at a rally."
    article = parse_article(f"Council Weighs Plan\n\n{body}", title="Council Weighs Plan")
    assert [s.cue for s in extract(article).statements] == []


@pytest.mark.parametrize(("cue", "kind"), [
    ("rips", "speech"), ("swipes at", "speech"), ("hints at", "speech"),
    # negative rows: the bare verb of a two-word entry stays what it was; a verb left
    # out of the table ('goes after the nomination')
    ("swipes", None), ("goes after", None),
])
def test_headline_verb_kind(cue: str, kind: str | None) -> None:
    assert report_kind(cue) == kind
