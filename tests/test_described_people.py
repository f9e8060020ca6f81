"""A sentence whose subject describes a person without a name ('The woman disputes
...') is the salient one for a later 'she' (bot/extraction/described_people.py, rule
'described-subject-blocks'): the statement is unattributed, never Jane Roe's. Made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.described_people import described_subjects
from bot.extraction.quotes import split_sentences


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The woman disputes the claim.", "f"),
    ("Her elderly father lives in Ohio.", "m"),
    ("A young man was arrested on Monday.", "m"),
    # negative rows: a title; an 'of' phrase; a name; no description
    ("The first lady spoke on Monday.", None),
    ("The son of the mayor spoke on Monday.", None),
    ("Jane Roe spoke on Monday.", None),
    ("The council met on Monday.", None),
])
def test_described_subject_rows(sentence: str, expected: str | None) -> None:
    found = described_subjects(sentence, split_sentences(sentence, 0, 0))
    assert (found[0][2] if found else None) == expected


def test_she_after_a_described_woman_is_nobody_named() -> None:
    found = after_lede("The woman disputes the charge against her. She said the mill had "
                       "never paid its workers on time.")
    assert [(s.cue, s.speaker) for s in found] == [("said", None)]


def test_a_described_woman_the_sentence_names_is_hers() -> None:
    found = after_lede("The woman who spoke identified herself as a teacher named Ann Doe. "
                       "She said the mill had never paid its workers on time.")
    assert [(s.cue, s.speaker) for s in found] == [("said", "Ann Doe")]
