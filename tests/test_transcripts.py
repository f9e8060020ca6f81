"""A transcript's turns (bot/extraction/transcripts.py): 'TAPPER: ...' paragraphs are
statements of the labelled speaker; one row per case, negative rows included. All
articles are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.transcripts import TRANSCRIPT_TURN

EXCHANGE = [
    "Jake Lane spoke with Senator Roe on Sunday. Partial transcript as follows:",
    "JAKE LANE: The senator released a plan on Friday. Take a listen.",
    "ROE: The plan will cut the sales tax for every family. It pays for itself.",
    "LANE: Do you think the council will pass it?",
    "ROE: I think the votes are there.",
]


def turns(*paragraphs: str) -> list[tuple[str | None, str, str | None]]:
    """(speaker, content, cue) of the statements a transcript turn made."""
    return [(s.speaker, s.quote, s.cue) for s in after_lede("\n\n".join(paragraphs))
            if s.trace["span"] == TRANSCRIPT_TURN]


def test_turns_of_an_exchange() -> None:
    """Each turn is its speaker's, named as the article names them; the statements the
    rules read inside a turn ('I think ...') go."""
    assert turns(*EXCHANGE) == [
        ("Jake Lane", "The senator released a plan on Friday. Take a listen", ":"),
        ("Jane Roe", "The plan will cut the sales tax for every family. It pays for itself",
         ":"),
        ("Jake Lane", "Do you think the council will pass it?", ":"),
        ("Jane Roe", "I think the votes are there", ":"),
    ]
    inside = [s for s in after_lede("\n\n".join(EXCHANGE)) if s.cue == "think"]
    assert inside == []


@pytest.mark.parametrize("paragraphs", [
    # negative rows: notices, not turns (no speaker takes a second turn); labels of
    # page furniture; a label in mixed case (section heads: 'Roe: Win in a walk.')
    ["UPDATE: The council meets again on Friday.", "EMAIL: desk@example.com please.",
     "STAT OF THE WEEK: Four million dollars went to the plant."],
    ["CORRECTION: An earlier version misstated the date.", "Roe said the plan would pass.",
     "CORRECTION: The vote is on Friday, not Thursday."],
    ["Roe: Win in a walk.", "Smith: Survive the first round.", "Roe: Hold the base."],
    # only two labelled paragraphs: no exchange to read
    ["LANE: Why not debate?", "ROE: The schedule is set."],
])
def test_not_turns(paragraphs: list[str]) -> None:
    assert turns(*paragraphs) == []
