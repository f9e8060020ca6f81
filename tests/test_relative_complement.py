"""Table-driven tests for a relative clause's complement before a cue ('Roe, who is
Muslim, also decried', subject_edges.relative_complement), with negative rows. All
sentences are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.phrases import subject_before

LEDE = ("Council Weighs Plan.\n\nRIVERTON — The city council met on Tuesday to weigh "
        "a new budget plan for the coming year.\n\n")


@pytest.mark.parametrize(("before", "subject"), [
    # after 'who is', 'which was', 'that is': the relative clause's complement
    ("Okafor, who is Muslim, also decried the plan to cut the budget, ", None),
    ("Tavira, who was a pastor at the Riverton Church of Elm, Ohio, ", None),
    ("the hall of mirrors that is Riverton Tower ", None),
    # negative rows: a subject after a be-form with no relative before it, or after a
    # relative with another verb, is read as before
    ("The plan is bad, Dana Okafor ", "Dana Okafor"),
    ("Okafor, who met the mayor, and Dana Tavira ", "Dana Tavira"),
    # a short relative clause between commas: the name before it, as before
    ("Tavira, who was a pastor at the Riverton Church of Elm, ", "Tavira"),
])
def test_subject_before_relative_complement(before: str, subject: str | None) -> None:
    found = subject_before(before)
    assert (found[0] if found else None) == subject


@pytest.mark.parametrize(("body", "speaker"), [
    # the sentence's subject, not the complement, says the quoted words
    ("Dana Okafor spoke on Monday. Okafor, who is Muslim, also criticized the plan, "
     "noting the mayor has \"sacrificed nothing\" for the city.", "Dana Okafor"),
])
def test_relative_complement_speaker(body: str, speaker: str) -> None:
    article = parse_article(LEDE + body, title="Council Weighs Plan")
    found = [s.speaker for s in extract(article).statements if "sacrificed" in s.quote]
    assert found == [speaker]
