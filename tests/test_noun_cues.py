"""A cue word read as a noun (bot/extraction/noun_cues.py, the NOUN_CUE_FRAMES table):
one row per case with negative rows, and what the reported-speech rules then take.
All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.noun_cues import NOUN_CUE_FRAMES, noun_cue


def frame(sentence: str, cue: str) -> str | None:
    at = sentence.index(cue)
    return noun_cue(sentence, cue, at, at + len(cue))


@pytest.mark.parametrize(("sentence", "cue", "rule"), [
    ("Roe appeared on the Today show on Monday and defended the plan.", "show",
     "noun-cue-after-named-modifier"),
    ("Roe appeared on an NBC show.", "show", "noun-cue-after-named-modifier"),
    ("Doe answered a question about the budget.", "question", "noun-cue-after-article"),
    ("Facebook found the posting and removed it.", "posting", "noun-cue-after-article"),
    ("Doe broke his promise to cut taxes.", "promise", "noun-cue-after-possessive"),
    ("Doe welcomed Roe's praise of the plan.", "praise", "noun-cue-after-possessive"),
    ("Voters doubt the party's declining appeal to women.", "declining",
     "noun-cue-after-possessive"),
    ("Analysts discussed Roe's proposed wall on the border.", "proposed",
     "noun-cue-after-possessive"),
    ("Roe starred on Doe's reality TV show, \"The Big Deal,\" for years.", "show",
     "noun-cue-before-title"),
    ("The list of wishes was widely known.", "wishes", "noun-cue-after-preposition"),
    ("Roe resigned amid calls for an inquiry.", "calls for", "noun-cue-after-preposition"),
    ("Roe, who leads a conservative think tank, spoke first.", "think",
     "noun-cue-in-compound"),
    ("Doe hosts a popular talk radio program.", "talk", "noun-cue-in-compound"),
    ("Talk show host Glenn Roe said the plan failed.", "show", "noun-cue-ending-compound"),
    ("Roe spoke less of his TV show than of the plan.", "show", "noun-cue-ending-compound"),
    ("Their favorite radio shows sound about right.", "shows", "noun-cue-ending-compound"),
    # negative rows: verbs
    ("Most analysts think talks will resume.", "think", None),  # not a listed compound
    ("Voters think the tank deal failed.", "think", None),  # 'tank' not right after
    ("Roe said the plan had failed.", "said", None),
    ("Roe went on to warn the council.", "warn", None),  # an infinitive after 'to'
    ("Roe ended by saying the plan had failed.", "saying", None),  # a gerund
    ("The county, in turn, says the plan failed.", "says", None),  # not a preposition
    ("He's predicted big wins in the races ahead.", "predicted", None),  # he has
    ("It's shown that the plan works.", "shown", None),
    ("Videos of his calling for a halt to the vote surfaced.", "calling", None),
    ("Doe responded to Roe's calling him a liar.", "calling", None),
    ("Roe's said he would run again.", "said", None),  # Roe has said
    ("Polls show that the race is close.", "show", None),
    ("Footage from the game shows that the crowd left.", "shows", None),  # no medium
    ("The Times reported that the race is close.", "reported", None),
    ("Later the NAACP called for a moratorium.", "called for", None),
    ("Foes of entry into the U.S. cite concerns about terror.", "cite", None),
    ("The Democrats say that the race is close.", "say", None),
])
def test_noun_cue_rows(sentence: str, cue: str, rule: str | None) -> None:
    assert frame(sentence, cue) == rule


def test_noun_cue_frames_are_named_and_unique() -> None:
    names = [name for name, _ in NOUN_CUE_FRAMES]
    assert len(names) == len(set(names)) and all(names)




def reported(paragraph: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.display, s.trace["span"]) for s in after_lede(paragraph)]


def test_a_noun_is_passed_over_and_the_verb_after_it_is_the_cue() -> None:
    assert reported("Doe broke his promise to cut taxes, Roe said.") == [
        ("Jane Roe", "Doe broke his promise to cut taxes, Roe said.",
         "content-then-subject-cue + noun-cue-after-possessive")]


def test_a_talk_show_host_is_no_cue() -> None:
    assert [s[0] for s in reported("Talk show host Glenn Okafor said on Friday that the "
                                   "plan would fail.")] == ["Glenn Okafor"]


def test_a_show_is_no_statement_of_its_owner() -> None:
    assert reported("Mr. Doe's show was cancelled after a two-year run on cable.") == []
