"""Table-driven tests for a capitalised adjective read as a speaker's name
(bot/extraction/adjective_speakers.py, vetting rule 'adjective'), with negative rows.
All sentences are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.adjective_speakers import adjective_alone


@pytest.mark.parametrize(("name", "mention", "surnames", "refused"), [
    # an adjective modifying the noun after it, or a pronoun read from one
    ("Asian", "Officials sought to ease growing Asian", (), True),
    ("Democratic", "Democratic", (), True),
    ("Orwellian", "Their Orwellian", (), True),
    ("Turkish", "they", (), True),
    # negative rows: a noun after an article or 'one'; a given name; a surname of a
    # person the article names in full; no adjective ending; more than one word
    ("Texan", "the Texan", (), False),
    ("Canadian", "one kind-hearted Canadian", (), False),
    ("Atlantic", "The Atlantic", (), False),
    ("Dominic", "Dominic", (), False),
    ("Kardashian", "Kardashian", ("Kardashian",), False),
    ("Okafor", "Okafor", (), False),
    ("Asian Americans", "Asian Americans", (), False),
])
def test_adjective_alone(name: str, mention: str, surnames: tuple[str, ...],
                         refused: bool) -> None:
    assert adjective_alone(name, mention, surnames) is refused


@pytest.mark.parametrize(("body", "speaker", "vetting"), [
    ("Their Orwellian fantasy goes on. Orwellian said the plan would cut taxes for the "
     "middle class.", None, "adjective"),
    # negative row: an article makes it a noun
    ("The race goes on. The Texan said the plan would cut taxes for the middle class.",
     "Texan", None),
])
def test_adjective_speaker(body: str, speaker: str | None, vetting: str | None) -> None:
    article = parse_article(f"Plan Unveiled.\n\n{body}", title="Plan Unveiled")
    found = [s for s in extract(article).statements if "middle class" in s.quote]
    assert [s.speaker for s in found] == [speaker]
    assert found[0].trace.get("speaker_vetting") == vetting
