"""Frame 'subject-relative-cue' (bot/extraction/subject_relatives.py): a cue in a relative
or a participle of the noun phrase that opens the sentence reports nothing, since its
content runs on into the sentence's main verb. Table rows with negative rows, and what
the extraction then stores. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.clause_cues import clause_cue

RULE = "subject-relative-cue"


def frame(sentence: str, cue: str) -> str | None:
    at = sentence.index(f" {cue} ") + 1
    return clause_cue(sentence, 0, cue, at, at + len(cue))


@pytest.mark.parametrize(("sentence", "cue", "rule"), [
    ("Voters who say the mill matters most were split between the two.", "say", RULE),
    ("Those who said taxes were their top issue split evenly.", "said", RULE),
    ("Even farmers who have long argued the dam leaks were calm.", "argued", RULE),
    ("But residents who agree that the plant should close were angry.", "agree", RULE),
    ("The share of farmers saying the dam leaks is as high as half.", "saying", RULE),
    ("A group of pastors backing Roe in every county was her idea.", "backing", RULE),
    ("The retired teachers who say the plan failed met on Monday.", "say", RULE),
    # the first verb of such a cue's content: 'say they want'
    ("The share of farmers saying they want a dam is as high as half.", "want", RULE),
    ("Voters who say that they fear the dam were split.", "fear", RULE),
    # negative rows: a relative set off by a comma, an object's relative, a clause
    ("Jane Roe, who said the dam leaks, left early.", "said", None),
    ("This angered farmers who viewed it as a ploy by the council.", "viewed", None),
    ("The coalition also includes farmers who claim to speak for the valley.", "claim", None),
    ("Roe says voters who back the dam will lose.", "back", None),
    ("He mocked voters who say the dam leaks.", "say", None),
    ("He's hoping the dam holds until spring.", "hoping", None),
    ("One month after announcing her bid, Roe left.", "announcing", None),
    ("Many carried placards supporting Roe or slamming the council.", "supporting", None),
    ("Jane Roe telling farmers to leave the valley.", "telling", None),
    ("In towns where voters say the dam leaks, turnout rose.", "say", None),
    ("Farmers who praised the dam warned that it may fail.", "warned", None),
    ("Roe said that they want a dam in the valley.", "want", None),
    ("Voters said the dam leaks.", "said", None),
])
def test_subject_relative_rows(sentence: str, cue: str, rule: str | None) -> None:
    assert frame(sentence, cue) == rule


def reported(paragraph: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.quote) for s in after_lede(paragraph)]


def test_a_relative_in_the_subject_stores_no_run_on_content() -> None:
    found = reported("Voters who say the mill matters most were evenly divided between them.")
    assert not any("were evenly divided" in quote for _, quote in found)


def test_the_main_verb_after_a_subject_relative_is_still_read() -> None:
    found = reported("Farmers who praised the dam warned on Tuesday that the valley may flood.")
    assert any(quote.startswith("that the valley may flood") for _, quote in found)
    assert not any(quote.startswith("the dam warned") for _, quote in found)
