"""A cut content never ends on a word that wants what was cut off
(bot/extraction/dangling.py, rule 'dangling-words-dropped'). Made up."""

from __future__ import annotations

import pytest

from bot.extraction.dangling import trimmed_end


@pytest.mark.parametrize(("content", "expected"), [
    ("announcing the steps in the", "announcing the steps"),
    ("that even if videos did surface of his", "that even if videos did surface"),
    ("abortions but favor exceptions, such as", "abortions but favor exceptions"),
    ("describes itself in the", "describes itself"),
    ("the plan a", "the plan"),
    # negative rows: nothing wanting; a stranded preposition; an object pronoun; a
    # pronoun 'that'; nothing left
    ("the plan would fail", "the plan would fail"),
    ("the rivals he must deal with", "the rivals he must deal with"),
    ("voters should vote for her", "voters should vote for her"),
    ("everybody knows that", "everybody knows that"),
    ("the", "the"),
])
def test_trimmed_end_rows(content: str, expected: str) -> None:
    text = f"Roe said {content} next year."
    start = len("Roe said ")
    assert text[start:trimmed_end(text, start, start + len(content))] == expected


@pytest.mark.parametrize(("content", "noun_next", "expected"), [
    ("described themselves as liberals with", True, "described themselves as liberals"),
    ("the rivals he must deal with", False, "the rivals he must deal with"),  # negative
    ("the plan would fail", True, "the plan would fail"),  # negative: no preposition
])
def test_preposition_before_a_cut_subject(content: str, noun_next: bool, expected: str) -> None:
    text = f"Roe said {content} about three in ten saying so."
    start = len("Roe said ")
    assert text[start:trimmed_end(text, start, start + len(content), noun_next)] == expected
