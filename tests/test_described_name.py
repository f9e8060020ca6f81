"""Rule described-name (heads.described_name, read by speakers.split_name): a person
noun opening a name run of three or more words before a known given name describes
the person ('Comedian Sarah Roe' is Sarah Roe, title 'Comedian'). Made-up names."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.speakers import split_name


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Comedian Sarah Roe", ("Sarah Roe", "Comedian")),
    ("Billionaire Donald Roe", ("Donald Roe", "Billionaire")),
    ("Pastor Kevin Doe", ("Kevin Doe", "Pastor")),
    ("Filmmaker Jack Poe", ("Jack Poe", "Filmmaker")),
    # negative rows: a given name, a word the noun test misses, two words, a title
    ("Norbert Leo Poe", ("Norbert Leo Poe", None)),
    ("Hunter Scott Poe", ("Hunter Scott Poe", None)),
    ("Giovanni Maria Poe", ("Giovanni Maria Poe", None)),
    ("Comedian Roe", ("Comedian Roe", None)),
    ("Sen. Jane Roe", ("Jane Roe", "Sen.")),
])
def test_described_name(phrase: str, expected: tuple[str, str | None]) -> None:
    assert split_name(phrase) == expected


def test_described_speaker() -> None:
    text = "Comedy news\n\nComedian Sarah Roe said the convention was boring."
    found = extract(parse_article(text, title="T")).statements
    assert [(s.speaker, s.speaker_title) for s in found] == [("Sarah Roe", "Comedian")]
