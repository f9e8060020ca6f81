"""'In POLL, CONTENT' (bot/extraction/poll_reports.py): the poll is the source of the
clause after its comma, labelled a finding; one row per case, negative rows included.
All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.cues import cue_kind
from bot.extraction.poll_reports import POLL_OPENING_RULES


def statements(paragraph: str) -> list[tuple[str | None, str, str | None, str]]:
    """(speaker, content, cue, span rule) of the paragraph's non-direct statements."""
    return [(s.speaker, s.quote, s.cue, s.trace["span"]) for s in after_lede(paragraph)
            if s.kind != "direct"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("In the new Tribune-ABC poll, the mayor wins about 1 in 3 primary voters.",
     [("Tribune-ABC", "the mayor wins about 1 in 3 primary voters", "in poll",
       "in-poll-opening")]),
    # a connective before 'In', a tail before the comma, a plural poll noun
    ("But in the latest Daily Post survey released Sunday, Roe has a wide lead.",
     [("Daily Post", "Roe has a wide lead", "in survey", "in-poll-opening")]),
    ("In recent polls, the senator trails the governor by nine points.",
     [(None, "the senator trails the governor by nine points", "in polls",
       "in-poll-opening")]),
    # a participle of the poll between commas is no part of the content
    ("In the Tribune poll, conducted in May, Roe led Smith 47 percent to 39 percent.",
     [("Tribune", "Roe led Smith 47 percent to 39 percent", "in poll", "in-poll-opening")]),
    # negative rows: the content reports on its own (its cue is the rules'); the poll
    # noun is not the head of the opening phrase; no comma after the poll; too short
    ("In a Tribune poll, voters were asked about the tax plan.",
     [(None, "about the tax plan", "asked", "asked-passive-question")]),
    ("In states where exit polls were conducted, turnout rose by a third.", []),
    ("In a memo released as polls closed, the campaign sounded calm.", []),
    ("The mayor gained ground in the latest Tribune poll.", []),
    ("In the polls, anyway.", []),
])
def test_in_poll_rows(paragraph: str,
                      expected: list[tuple[str | None, str, str | None, str]]) -> None:
    assert statements(paragraph) == expected


def test_in_poll_is_a_finding() -> None:
    """The card labels what a poll found as a finding, never as said."""
    assert {cue_kind(f"in {noun}") for noun in ("poll", "polls", "survey", "surveys")} == {
        "finding"}


def test_poll_rules_named() -> None:
    """The table names each rule once, as --explain shows it."""
    assert [name for name, _ in POLL_OPENING_RULES] == ["in-poll-opening"]
