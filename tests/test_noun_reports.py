"""Reported speech named by a noun (bot/extraction/noun_reports.py, the
NOUN_REPORT_FRAMES table): one row per frame with negative rows. All sentences are
made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede, rules_in

from bot.cues import report_kind
from bot.extraction.noun_reports import NOUN_REPORT_FRAMES, SPEECH_NOUNS

FRAMES = {name for name, _, _ in NOUN_REPORT_FRAMES}


def noun_statements(paragraph: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker, cue, quote, kind) of each statement a noun-report frame chose."""
    return [(s.speaker, s.cue, s.quote, s.kind) for s in after_lede(paragraph)
            if rules_in(s, FRAMES)]


@pytest.mark.parametrize(("paragraph", "found"), [
    # noun-report-object: a name's noun after a verb or a preposition
    ("Critics pounced on Roe's claim that the state budget was balanced.",
     [("Jane Roe", "claim", "that the state budget was balanced", "indirect")]),
    # a possessive pronoun stands for the person last named
    ("Voters ignored her repeated warnings that the county would run out of money.",
     [("Jane Roe", "warnings", "that the county would run out of money", "indirect")]),
    # a lowercase plural owner; the content ends at a semicolon
    ("Prices stayed low, belying budget hawks' warnings that they would soar; the "
     "hawks were quiet.", [("budget hawks", "warnings", "that they would soar", "indirect")]),
    # the content ends before ', a ...' (the writer's aside)
    ("Allies backed the judges' statement that their ruling must be binding, a call "
     "echoed abroad.", [("the judges", "statement", "that their ruling must be binding",
                         "indirect")]),
    # a content holding a quotation mark is a partial quotation
    ('Doe stirred controversy over her remark that "there is a special place in hell '
     'for voters who stay home."',
     [("Jane Roe", "remark", 'that "there is a special place in hell for voters who stay '
       'home."', "partial")]),
    # in a sentence's opening phrase, the content ends at its comma
    ("Despite Roe's claim that the budget was balanced, the county borrowed again.",
     [("Jane Roe", "claim", "that the budget was balanced", "indirect")]),
    # noun-report-copula: the owner may open the sentence
    ("Roe's argument was that the county could not afford a new stadium.",
     [("Jane Roe", "argument", "that the county could not afford a new stadium",
       "indirect")]),
    ("Her main argument, like her rival's, is that taxes are too high in the state.",
     [("Jane Roe", "argument", "that taxes are too high in the state", "indirect")]),
    # noun-report-copula-after-time: a time between the noun and its verb
    ("Roe's argument on Sunday was that the county could not afford a new stadium.",
     [("Jane Roe", "argument", "that the county could not afford a new stadium",
       "indirect")]),
    ("Her claim in November was that taxes are too high in the state.",
     [("Jane Roe", "claim", "that taxes are too high in the state", "indirect")]),
    # negative rows
    # no time between the noun and its verb; a belief noun with a time
    ("Roe's argument in the suit was that the county could not afford a stadium.", []),
    ("Roe's belief on Sunday was that the county could not afford a new stadium.", []),
    # opening the sentence, the clause would run into the sentence's verb
    ("Roe's claim that the budget was balanced angered the county's auditors.", []),
    # after a subordinator the noun phrase opens a clause of its own
    ("Doe left because Roe's claim that the budget was balanced angered him.", []),
    # 'that' opens a relative clause (a verb after it), not what was said
    ("Doe mocked Roe's statement that was issued on Monday morning.", []),
    # a belief, a finding or a denial is no speech noun
    ("Doe questioned Roe's belief that the budget would be balanced by June.", []),
    ("Doe welcomed Roe's finding that the budget would be balanced by June.", []),
    ("Doe mocked Roe's denial that the budget had a hole in it.", []),
    # two words before the noun: the clause is the verb's ('know ... that')
    ("We know from Roe's financial disclosure statements that most of her assets are "
     "held in trusts.", []),
    # 'his' after 'him': either man's
    ("Doe challenged him over his comments that the county would be a neutral party.", []),
    # 'their' and 'its' owners are not read (resolved to the wrong group too often)
    ("Doe mocked their assurances that the budget would be balanced by June.", []),
])
def test_noun_report_frames(paragraph: str, found: list[tuple[str, str, str, str]]) -> None:
    assert noun_statements(paragraph) == found


def test_every_speech_noun_reports_speech() -> None:
    """The card labels a noun report by its cue: every noun is sorted as speech."""
    assert sorted(w for w in SPEECH_NOUNS if report_kind(w) != "speech") == []
