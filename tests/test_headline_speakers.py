"""Table-driven tests for the headline speaker rules (headline_speakers.py), with
negative rows: a headline's source read as one speaker of the article's body."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.headline_speakers import body_speaker
from bot.models import Speaker

BODY = [Speaker(name="Hillary Clinton"), Speaker(name="François Hollande"),
        Speaker(name="Morton Blackwell"), Speaker(name="Guccifer"),
        Speaker(name="A New York judge"), Speaker(name="the Utah Republican"),
        Speaker(name="Acme Party", is_org=True)]


@pytest.mark.parametrize(
    ("source", "speaker", "rule"),
    [
        ("Francois Hollande", "François Hollande", "headline-same-name"),
        ("Conservative Icon Morton Blackwell", "Morton Blackwell",
         "headline-name-after-description"),
        ("Hacker Guccifer", "Guccifer", "headline-name-after-description"),
        ("Clinton to Planned Parenthood", "Hillary Clinton", "headline-addressee-dropped"),
        ("Hillary", "Hillary Clinton", "headline-one-word-name"),
        ("Clinton", "Hillary Clinton", "headline-one-word-name"),
    ],
)
def test_body_speaker(source: str, speaker: str, rule: str) -> None:
    found = body_speaker(source, BODY)
    assert found is not None and (found[0].name, found[1]) == (speaker, rule)


@pytest.mark.parametrize(
    "source",
    [
        # negative: a description in the body is never what a headline word names
        "Judge",
        "Republican",
        # negative: two body speakers share the surname
        "Obama",
        # negative: a description before a word that names nobody in the body
        "Conservative Icon Jane Roe",
        # negative: not a description before the name ('Clinton Wades In')
        "Clinton Wades In",
        # negative: an organisation's word
        "Party",
    ],
)
def test_body_speaker_negative(source: str) -> None:
    body = [*BODY, Speaker(name="Barack Obama"), Speaker(name="Michelle Obama")]
    assert body_speaker(source, body) is None


def test_headline_names_body_speaker() -> None:
    text = ("Hillary: The plan is a disgrace to the city.\n\n"
            "Hillary Clinton said on Monday that the plan for the city was wrong.")
    article = parse_article(text, title="Hillary: The plan is a disgrace to the city")
    heads = [s for s in extract(article).statements if "headline" in s.trace["span"]]
    assert heads and heads[0].speaker == "Hillary Clinton"
    assert heads[0].trace["speaker_vetting"] == "headline-one-word-name"


def test_headline_source_not_in_body_names_nobody() -> None:
    text = ("Milbank: The plan is a disgrace to the city.\n\n"
            "Hillary Clinton said on Monday that the plan for the city was wrong.")
    article = parse_article(text, title="Milbank: The plan is a disgrace to the city")
    heads = [s for s in extract(article).statements if "headline" in s.trace["span"]]
    assert all(s.speaker is None for s in heads)
