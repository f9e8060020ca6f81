"""The main clause's subject for a learned participle cue after its comma
(participle_clause.participle_main_subject, speaker rule 'participle-main-subject';
learned_speakers.participle_subject names it). Table-driven rows with negative rows.
All sentences are made up."""

from __future__ import annotations

import pytest
from test_learned_speakers import learned

from bot.extraction.participle_clause import participle_main_subject, second_verb_subject


@pytest.mark.parametrize(("sentence", "cue", "expected"), [
    ("One operative inside Roe Tower tried to downplay the comments, saying they were "
     "minor.", "saying", "One operative inside Roe Tower"),
    ("The Ohio Republican did give Roe some credit during the interview, saying he was "
     "right.", "saying", "The Ohio Republican"),
    ("The billionaire businessman visited a clinic, immediately calling the plan a "
     "failure.", "calling", "The billionaire businessman"),
    # negative rows: another clause before the comma ('that', a pronoun, a relative); a
    # comma inside the main clause; a passive; no participle; a quotation
    ("The senator said that the plan failed, adding that it was late.", "adding", None),
    ("The senator knew he had lost, adding that it was late.", "adding", None),
    ("Several leaders, including Sen. Roe, left the room, saying it was late.", "saying",
     None),
    ("The plan was criticized by many, prompting a new vote.", "prompting", None),
    ("The senator left the room, and said it was late.", "said", None),
    ('The senator called it "a disgrace" on Monday, adding that it was late.', "adding",
     None),
])
def test_participle_main_subject_rows(sentence: str, cue: str, expected: str | None) -> None:
    found = participle_main_subject(sentence, 0, cue, sentence.index(cue))
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(("sentence", "cue", "expected"), [
    ("The Ohio Republican survived five years in a prison and says such methods are "
     "wrong.", "says", "The Ohio Republican"),
    ("The actor held a fake audition, and asked the crowd to vote.", "asked", "The actor"),
    # negative rows: another subject before 'and' ('that it'); a participle cue; a
    # comma inside the main clause
    ("The senator said that it failed and says the vote is late.", "says", None),
    ("The senator left the room and saying it was late.", "saying", None),
    ("The senator, a Republican, left the room and says it was late.", "says", None),
])
def test_second_verb_subject_rows(sentence: str, cue: str, expected: str | None) -> None:
    found = second_verb_subject(sentence, 0, cue, sentence.index(cue))
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ("One operative inside Roe Tower tried to downplay the comments, saying they were "
     "not a big deal around here.", "One operative inside Roe Tower"),
    # negative row: the head is no person noun
    ("The new building inside Roe Tower tried to downplay the comments, saying they were "
     "not a big deal around here.", None),
])
def test_participle_subject_speaker_rows(paragraph: str, speaker: str | None) -> None:
    assert learned(paragraph).speaker == speaker
