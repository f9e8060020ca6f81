"""speaker_rules.pronoun_fallback: 'they' stands for a group or an organisation just
quoted, never for one person ('Roe said ... They argued': nobody)."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

LAST = "They argued that the new tariffs would hurt farmers in the Midwest the most."


def speaker_of_last(first: str) -> str | None:
    article = parse_article("Tariffs.\n\n" + first + "\n\n" + LAST, title="Tariffs")
    found = [s for s in extract(article).statements if "farmers" in s.quote]
    assert len(found) == 1
    return found[0].speaker


@pytest.mark.parametrize(("first", "speaker"), [
    ("Acme Corp. said on Monday that the tariffs would cost families $1,000 a year.",
     "Acme Corp."),
    # negative rows: one person is never 'they'
    ("Senator Jane Roe said on Monday that the tariffs would cost families $1,000 a year.",
     None),
    ("\u201cThe tariffs will cost families $1,000 a year,\u201d said Bill Okafor, an "
     "economist.", None),
])
def test_they_is_never_one_person(first: str, speaker: str | None) -> None:
    assert speaker_of_last(first) == speaker
