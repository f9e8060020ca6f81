"""quotation_speakers rule 'narration-names-paragraph-subject': a quotation inside
narration takes the paragraph's person only when that narration names them or goes on
with 'he'/'she'."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

SETUP = ("Senator Jane Roe spoke to voters in Ohio on Monday about the budget and the "
         "schools. ")


def speakers(text: str) -> list[str | None]:
    article = parse_article("Budget fight.\n\n" + SETUP + text, title="Budget fight")
    return [s.speaker for s in extract(article).statements if s.kind != "indirect"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("In 2010 she wrote of the schools: \u201cNobody is stopping them from learning "
     "anything at all.\u201d", "Jane Roe"),
    ("Roe then repeated her old line: \u201cNobody is stopping them from learning "
     "anything at all.\u201d", "Jane Roe"),
    # negative rows: the narration holds someone else's words
    ("In a riff on her line, protesters will hold banners proclaiming: \u201cYes we can, "
     "stop the budget now!\u201d", None),
    ("Likewise, a paper from a think tank had this to say about the plan: \u201cFamilies "
     "from the top half would receive far more from the plan than the rest.\u201d", None),
])
def test_narration_names_the_paragraph_subject(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]
