"""targets rule 'target-of-report': a subject that faces, fields or draws what others
say is its target, never its speaker."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract


def speakers(sentence: str) -> list[str | None]:
    article = parse_article("Budget fight.\n\n" + sentence, title="Budget fight")
    return [s.speaker for s in extract(article).statements]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Senator Jane Roe has faced questions about business practices at her family's "
     "foundation.", None),
    ("Senator Jane Roe faced sharp criticism for unreported loans to her 2012 Senate "
     "campaign.", None),
    ("Senator Jane Roe is in trouble. She has endured relentless questions about whether "
     "she will drop out of the race before the primary.", None),
    # negative rows: the subject says it; a preposition between ('endured criticism for
    # telling' reports what she told); a noun 'field' is no receiving verb
    ("Senator Jane Roe voiced sharp criticism of the unreported loans to her 2012 Senate "
     "campaign.", "Jane Roe"),
    ("Senator Jane Roe has endured criticism for telling voters that they would be better "
     "off without the new budget.", "Jane Roe"),
    ("Senator Jane Roe stood out in the crowded field by saying she would make peace with "
     "the governor.", "Jane Roe"),
])
def test_target_of_report(sentence: str, speaker: str | None) -> None:
    assert speakers(sentence) == [speaker]
