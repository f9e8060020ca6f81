"""Initials written together ('J.M. Roe') end no sentence (quotes.INITIALS_RE): the
name after them stays whole. A state's abbreviation, a typical sentence opener or a
quotation mark after them still ends one. Made-up sentences."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.quotes import split_sentences


def _speaker(paragraph: str, marker: str) -> str | None:
    text = f"Militia news\n\n{paragraph}"
    found = [s for s in extract(parse_article(text, title="T")).statements
             if marker in s.quote]
    assert found, "no statement quotes the marker"
    return found[0].speaker


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"They are very dangerous people," said J.M. Roe, a fellow at the institute.',
     "J.M. Roe"),
    ('"They are very dangerous people," J.J. Doe, an expert on militias, says.', "J.J. Doe"),
    ('"They are very dangerous people," said George H.W. Poe.', "George H.W. Poe"),
    # negative rows: one initial and a full given name were read whole before too
    ('"They are very dangerous people," said J. Roe.', "J. Roe"),
    ('"They are very dangerous people," said John M. Roe.', "John M. Roe"),
])
def test_initials_keep_the_name(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph, "very dangerous people") == speaker


@pytest.mark.parametrize(("text", "count"), [
    ("Ask J.M. Roe about it. He knows.", 2),
    ("When George H.W. Bush ran, he won. Roe said so.", 2),
    # negative rows: the period still ends the sentence
    ("The talks were held in Bedminster, N.J. Roger Roe also came.", 2),
    ("He spoke in Fort Mill, S.C. “It seems fine,” he said.", 2),
    ("They met the A.B. He left early.", 2),
])
def test_initials_and_sentence_ends(text: str, count: int) -> None:
    assert len(split_sentences(text, 0, 0)) == count
