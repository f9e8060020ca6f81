"""The notice's topics (bot/search/topics.py): the sentence-start test by string methods
gives what the SENTENCE_START pattern gives; words left out, dates, several-word runs."""

from __future__ import annotations

import pytest

from bot.search.topics import SENTENCE_START, _capitalised_terms, _sentence_start

# (the characters before a capitalised run, whether they start a sentence)
BEFORE = [
    ("", True),  # the text's start
    ("\n", True),  # '$' allows a final newline
    ("said. ", True),
    ("really?\n\t", True),
    ("he said: ", True),
    ('told "', True),
    ("(", True),
    ("“ ", True),
    ("‘", True),
    ("said\xa0.\u2003", True),  # Unicode spaces are '\s' and stripped alike
    ("said ", False),  # negative: a word before
    ("U.S.", False),  # negative: a full stop with no space after
    (" \n", False),  # negative: '^$' needs the newline alone
    ("a, ", False),  # negative: a comma
    ("”. x ", False),  # negative: a word after the full stop
    ("  ", False),  # negative: spaces only
]


@pytest.mark.parametrize(("before", "starts"), BEFORE)
def test_sentence_start_is_the_patterns(before: str, starts: bool) -> None:
    assert bool(SENTENCE_START.search(before)) is starts
    assert _sentence_start(before) is starts


@pytest.mark.parametrize(("before", "starts"), [
    ("and Mr. ", False), ("met Rep. ", False), ("with Dr. ", False),
    ("Ohio. ", True), ("Mrs ", False),  # negative rows: a sentence's end; no period
])
def test_an_abbreviated_title_ends_no_sentence(before: str, starts: bool) -> None:
    assert _sentence_start(before) is starts


# (text, excluded words, the terms found)
TERMS = [
    ("Ukraine and NATO met. Russia said no.", set(), ["NATO"]),  # sentence starts dropped
    ("He met North Atlantic officials in Brussels.", set(), ["North Atlantic", "Brussels"]),
    ("He spoke on Tuesday in March.", set(), []),  # negative: days and months only
    ("Theresa May spoke.", set(), []),  # negative: 'Theresa' starts it, 'May' a month
    ("said Theresa May.", set(), ["Theresa May"]),  # not all dates: both words kept
    ("said Pete Hegseth and X.", {"hegseth"}, ["Pete"]),  # negative: an excluded word
]


@pytest.mark.parametrize(("text", "excluded", "terms"), TERMS)
def test_capitalised_terms(text: str, excluded: set[str], terms: list[str]) -> None:
    assert _capitalised_terms(text, excluded, {}) == terms
