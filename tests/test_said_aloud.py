"""Table-driven tests for the verbs of criticism, praise and exhortation said aloud
(stance.SAID_ALOUD_VERBS: 'Roe chided Doe for ...') and the frame that reads such a verb
with no object after it as no report (clause_cues 'said-aloud-without-object'), with
negative rows. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.cues import report_kind
from bot.extraction import extract

LEDE = ("Council Weighs Plan.\n\nRIVERTON — The city council met on Tuesday to weigh "
        "a new budget plan for the coming year.\n\n")


@pytest.mark.parametrize(("cue", "kind"), [
    ("chided", "speech"), ("lauded", "speech"), ("implored", "speech"),
    ("castigates", "speech"), ("extolled", "speech"),
    # negative rows: the -ing forms are the learned model's, not sorted as cues here;
    # an act stays no report
    ("chiding", None), ("hammered", None),
])
def test_said_aloud_kind(cue: str, kind: str | None) -> None:
    assert report_kind(cue) == kind


@pytest.mark.parametrize(("body", "expected"), [
    ("Council member Dana Okafor chided the mayor for skipping the hearing on Monday.",
     [("Dana Okafor", "chided", "the mayor for skipping the hearing")]),
    ("The treasurer lauded the new transit plan at a rally in the capital.",
     [("The treasurer", "lauded", "the new transit plan at a rally in the capital")]),
    ("Party chairman Lee Tavira has also implored delegates to unite behind the budget.",
     [("Lee Tavira", "implored", "delegates to unite behind the budget")]),
    ("Get serious and fix the roads before winter, Dana Okafor scolded.",
     [("Dana Okafor", "scolded", "Get serious and fix the roads before winter")]),
    # negative rows: the object is a relative pronoun before the cue (what follows is
    # the main clause or an adjunct); a passive
    ("The partisanship that Okafor decries also makes her bid less likely, aides say.",
     [("aides", "say",
       "The partisanship that Okafor decries also makes her bid less likely")]),
    ("The budget office holds stakes in firms that Okafor has castigated for moving "
     "jobs.", []),
    ("The plan, which Okafor berated on Monday, passed anyway.", []),
    ("Tavira was widely chided for the delay in the spring.", []),
])
def test_said_aloud_statements(body: str, expected: list[tuple[str, str, str]]) -> None:
    article = parse_article(LEDE + body, title="Council Weighs Plan")
    found = [(s.speaker, s.cue, s.quote) for s in extract(article).statements
             if s.start >= len(LEDE)]
    assert found == expected
