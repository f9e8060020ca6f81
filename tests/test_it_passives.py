"""'It was reported that ...' (bot/extraction/it_passives.py): a report naming nobody,
one row per case, negative rows included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.cues import report_kind


def statements(paragraph: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, cue, content) of the paragraph's statements of rule 'it-passive-report'."""
    return [(s.speaker, s.cue, s.quote) for s in after_lede(paragraph)
            if s.trace["span"].startswith("it-passive-report")]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("It was revealed in March that the mayor had used a private account for city business.",
     [(None, "revealed", "that the mayor had used a private account for city business")]),
    ("It's been reported that the mill will close before the end of the year.",
     [(None, "reported", "that the mill will close before the end of the year")]),
    ("It was widely reported that Doe paid $100 million for the jet.",
     [(None, "reported", "that Doe paid $100 million for the jet")]),
    ("It has long been said that the state decides every close election.",
     [(None, "said", "that the state decides every close election")]),
    # a semicolon ends the content; so does the comma closing an opening clause
    ("It was announced that the plant would close; the union disagreed at once.",
     [(None, "announced", "that the plant would close")]),
    ("At a time when it was said that Democrats might never win again, Doe proved "
     "that prediction wrong.",
     [(None, "said", "that Democrats might never win again")]),
    # negative rows: a belief or finding is not said; a quotation; a named reporter's
    # content holds the frame; an 'it' that is no dummy subject; too short a content
    ("It is believed that the plan will fail next year.", []),
    ("It was found that the count had been wrong for years.", []),
    ('Roe wrote: "It was reported that the mill would close, and nobody asked us."', []),
    ("Roe said it was reported that the mill would close soon.", []),
    ("The council read the report and said it was wrong about the mill.", []),
    ("It was said that so.", []),
])
def test_it_passive_rows(paragraph: str,
                         expected: list[tuple[str | None, str | None, str]]) -> None:
    assert statements(paragraph) == expected


def test_it_passive_is_speech() -> None:
    assert [report_kind(cue) for _, cue, _ in statements(
        "It was reported that the mill will close before the end of the year.")] == ["speech"]
