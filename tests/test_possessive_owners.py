"""Rule 'possessive-owner-no-subject' (bot/extraction/clauses.py): a sentence subject
read as a possessive ("Gore's close friends") is not the owner; the owner's own words
and contractions are. Table rows with negative rows. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.extraction.clauses import clause_subject


@pytest.mark.parametrize(("sentence", "cue", "subject"), [
    ("Roe's close friends and allies have said she was staying quiet.", "said", None),
    ("Roe's family has called on the police to release the videos.", "called", None),
    ("Roe's decision not to testify inevitably raises questions about it.", "raises", None),
    ("Doe's public defense counsel asked for a sentence of three years.", "asked", None),
    # negative rows: the owner's own words, a contraction, no possessive
    ("Roe's letter makes a plain case for the dam.", "makes", ("Roe's", 0)),
    ("Roe's most famously false contention was about the dam.", "was", ("Roe's", 0)),
    ("He's comparing the dam to the mill and says it leaks.", "says", ("He's", 0)),
    ("Roe compared the dam to the mill, saying it leaks.", "saying", ("Roe", 0)),
])
def test_possessive_owner_rows(sentence: str, cue: str,
                               subject: tuple[str, int] | None) -> None:
    assert clause_subject(sentence, 0, sentence.index(cue)) == subject
