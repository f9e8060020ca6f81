"""The opening 'Asked ...' rule (bot/extraction/asked.py): the question put to a source."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

LEDE = "WASHINGTON -- Senator Jane Roe said on Wednesday that the budget would pass."


def asked(paragraph: str) -> list[tuple[str | None, str, str]]:
    art = parse_article(f"{LEDE}\n\n{paragraph}", title="T")
    return [(s.speaker, s.quote, s.display) for s in extract(art).statements
            if s.trace["span"] == "asked-opening-question"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Asked whether she would run again, Roe said she had not decided.",
     [(None, "whether she would run again", "Asked whether she would run again")]),
    ("Asked about the budget cuts, Roe declined to comment.",
     [(None, "about the budget cuts", "Asked about the budget cuts")]),
    ("Asked Tuesday if the vote would pass, Roe smiled.",
     [(None, "if the vote would pass", "Asked Tuesday if the vote would pass")]),
    # negatives: not opening the sentence, no question word, no comma after the clause
    ("Roe was asked whether she would run again.", []),
    ("Asked to leave, Roe walked out of the room.", []),
    ("Asked whether she would run again Roe said nothing at all.", []),
])
def test_asked_rows(paragraph: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert asked(paragraph) == expected


def test_the_answer_is_still_the_sources() -> None:
    art = parse_article(f"{LEDE}\n\nAsked whether she would run again, Roe said she had "
                        "not decided.", title="T")
    said = [(s.speaker, s.quote) for s in extract(art).statements if s.cue == "said"]
    assert ("Jane Roe", "she had not decided") in said


def questions(paragraph: str) -> list[tuple[str | None, str, str]]:
    """(speaker, content, rule) of the paragraph's statements by the QUESTION_FRAMES."""
    art = parse_article(f"{LEDE}\n\n{paragraph}", title="T")
    return [(s.speaker, s.quote, s.trace["span"]) for s in extract(art).statements
            if s.trace["span"].split(" + ")[0] in ("asked-passive-question",
                                                   "asked-when-question")]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # after a passive 'asked', an adverbial allowed before the question; the question
    # may hold an abbreviation's period
    ("Roe was asked whether she would run again.",
     [(None, "whether she would run again", "asked-passive-question")]),
    ("In an interview, Roe was asked by a caller why the U.S. Senate had not voted.",
     [("a caller", "why the U.S. Senate had not voted",
       "asked-passive-question + asked-by-asker")]),
    ("Delegates are asked to rank their choices, and the panel meets on Monday.",
     [(None, "to rank their choices", "asked-passive-question")]),
    # after a subordinator
    ("When asked if he would endorse Doe, Roe declined to answer.",
     [(None, "if he would endorse Doe", "asked-when-question")]),
    # negative rows: an active 'asked' (the rules read it with its subject); no question
    # word after the passive; a question inside a quotation
    ("Roe asked whether the vote would be held on Monday.", []),
    ("Roe was asked twice and said nothing at all.", []),
    ("Roe was asked “whether the vote would be held on Monday.”", []),
])
def test_question_frames(paragraph: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert questions(paragraph) == expected


def askers(paragraph: str) -> list[tuple[str | None, str]]:
    """(speaker, question) of the paragraph's questions (any 'asked' rule)."""
    art = parse_article(f"{LEDE}\n\n{paragraph}", title="T")
    return [(s.speaker, s.quote) for s in extract(art).statements
            if s.trace["span"].startswith("asked-")]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # rule asked-by-asker: the asker named after 'by' asked the question
    ("Asked by Matt Doe whether she had practiced her speech, Roe said she had.",
     [("Matt Doe", "whether she had practiced her speech")]),
    ("When asked by a reporter whether the plan differed, Roe said it did.",
     [("a reporter", "whether the plan differed")]),
    ("When asked by Ann Doe on Thursday about the budget, Roe said she would not cut it.",
     [("Ann Doe", "about the budget")]),
    ("Roe was asked by a caller why the mill had closed.",
     [("a caller", "why the mill had closed")]),
    # negative rows: no 'by'; 'by' opens no asker that reaches the question
    ("Asked whether she would run again, Roe said she had not decided.",
     [(None, "whether she would run again")]),
    ("When asked during a luncheon held by the Journal whether she would run, Roe smiled.",
     [(None, "whether she would run")]),
])
def test_asked_by_asker_rows(paragraph: str, expected: list[tuple[str | None, str]]) -> None:
    assert askers(paragraph) == expected
