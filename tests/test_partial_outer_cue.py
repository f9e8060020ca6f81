"""Table-driven tests for the partial-quotation rule 'outer-speech-cue'
(bot/extraction/partials.py), with negative rows. Each row is a made-up article; the
test finds the partial statement quoting "budget"."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.models import Statement


def partial_of(paragraph: str) -> Statement:
    text = "\n\n".join(["Officials met in the capital on Monday.", paragraph])
    found = [s for s in extract(parse_article(text, title="T")).statements
             if "budget" in s.quote and s.kind == "partial"]
    assert found, "no partial statement quotes the marker"
    return found[0]


@pytest.mark.parametrize(("paragraph", "speaker", "outer"), [
    # a nearer cue inside what a finite speech verb reports: the reporter speaks
    ('Jane Roe said that Tom Doe once described the plan as "the budget of the '
     'century."', "Jane Roe", True),
    ('Dale Okafor also said that Obama shows "great charm" on the budget.', "Dale Okafor",
     True),
    # negatives: the nearer cue is a finite speech verb of its own; a participle of the
    # same speaker; a quotation earlier in the sentence
    ('After Jane Roe argued that taxes should rise, Tom Doe said only that her "budget '
     'numbers do not add up."', "Tom Doe", False),
    ('"Winning?" she asked, but Tom Doe was busy, and as Jane Roe went on about the '
     '"rigged budget," nobody listened.', "Jane Roe", False),
])
def test_outer_speech_cue(paragraph: str, speaker: str, outer: bool) -> None:
    st = partial_of(paragraph)
    assert st.speaker == speaker
    assert ("outer-speech-cue" in st.trace["span"]) is outer
