"""Table-driven tests for speaker rules added for direct quotes, with negative rows.

Each row is a made-up article; the test finds the statement whose quote contains a
marker phrase and checks its speaker.
"""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract


def speaker_of(marker: str, *paragraphs: str) -> str | None:
    text = "\n\n".join(["Officials met in the capital on Monday.", *paragraphs])
    found = [s for s in extract(parse_article(text, title="T")).statements if marker in s.quote]
    assert found, f"no statement quotes {marker!r}"
    return found[0].speaker


@pytest.mark.parametrize(
    ("paragraphs", "marker", "speaker"),
    [
        # the cue nearest the quote, with a name right before it, speaks
        (['When Dana Vogt noted the cost, Ray Okafor boasted, "That makes me smart today."'],
         "smart", "Ray Okafor"),
        (['Ray Okafor, who called Dana Vogt after the vote, told her supporters, '
          '"I still love this state and its people."'], "love", "Ray Okafor"),
        # negative rows: "went on to say" is not a new subject; one cue keeps its subject
        (['Dana Vogt wrote to members. The email went on to say, "We will close the office '
          'next week."'], "office", "The email"),
        (['Dana Vogt said, "We will close the office next week."'], "office", "Dana Vogt"),
    ],
)
def test_nearest_cue_subject(paragraphs: list[str], marker: str, speaker: str) -> None:
    assert speaker_of(marker, *paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a lone month is never the antecedent of "she"
        (["Mary Okafor joined the board last year.",
          'In June, the board met again. "We have work to do on the budget," she said.'],
         "Mary Okafor"),
        # an all-capitals dateline word is never a person
        (["CHARLOTTE -- Dana Vogt spoke to the crowd on Friday.",
          '"We have work to do on the budget," she said.'], "Dana Vogt"),
    ],
)
def test_lone_words_never_people(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of("budget", *paragraphs) == speaker
