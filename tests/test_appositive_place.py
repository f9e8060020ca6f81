"""A 'City, ST,' pair inside a person's appositive is a place, not the speaker (rule
appositive-place in appositives.appositive_start). Made-up sentences."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract


def _statement(paragraph: str, marker: str) -> tuple[str | None, str | None]:
    text = f"Campaign news\n\n{paragraph}"
    found = [s for s in extract(parse_article(text, title="T")).statements
             if marker in s.quote]
    assert found, "no statement quotes the marker"
    return found[0].speaker, found[0].trace.get("speaker_appositive")


@pytest.mark.parametrize(("paragraph", "speaker", "rule"), [
    ("Jeffrey Roe, a Hollywood, Fla., rabbi helping to organize the boycott, said the "
     "rabbis were alarmed.", "Jeffrey Roe", "appositive-place"),
    ("Harry Poe, 30, of Raleigh, N.C., who was among those polled, said the rabbis were "
     "alarmed.", "Harry Poe", "appositive-place"),
    ("Dana Okafor, a lawyer from Salem, Oregon, who runs a clinic, said the rabbis were "
     "alarmed.", "Dana Okafor", "appositive-place"),
    # negative rows: a party tag, a place with no city, a pair before a name
    ("Sen. Ted Roe, R-Fla., said the rabbis were alarmed.", "Ted Roe", None),
    ("Jane Doe, a lawyer in Texas, said the rabbis were alarmed.", "Jane Doe", None),
])
def test_appositive_place(paragraph: str, speaker: str, rule: str | None) -> None:
    assert _statement(paragraph, "rabbis were alarmed") == (speaker, rule)
