"""'call' as a telephone call, a visit or a name (bot/extraction/call_senses.py, the
CALL_FRAMES table): one row per case with negative rows. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.call_senses import CALL_FRAMES, call_sense


def frame(sentence: str) -> str | None:
    for cue in ("calling", "called", "calls", "call"):
        if f" {cue}" in f" {sentence}":
            at = f" {sentence}".index(f" {cue}")
            return call_sense(sentence, cue, at + len(cue))
    raise AssertionError(sentence)


@pytest.mark.parametrize(("sentence", "rule"), [
    ("Roe called off the deal in May.", "call-with-particle"),
    ("Roe called into a radio show on Sunday.", "call-with-particle"),
    ("Roe called Doe on Tuesday to discuss the budget.", "call-a-person"),
    ("He called the White House about the delay.", "call-a-person"),
    ("Roe, who called Doe shortly after the vote, thanked her staff.", "call-a-person"),
    ("A year later, Mr. Roe called Ina Doe. Her husband was free.", "call-a-person"),
    ("A new group called Voters First, led by two strategists, is raising money.",
     "call-a-person"),
    ("A super PAC called Our Future is ramping up its operations.", "call-a-person"),
    # negative rows: what someone was called, and calls PolNeAR counts as speech
    ("Roe called Doe a liar on Tuesday.", None),
    ("Roe called Mrs. Doe a student of the old school.", None),
    ("Roe called Doe “a con artist” at the rally.", None),
    ("Roe called Doe dishonest and weak.", None),
    ("Roe called Mr. Doe, a former envoy, an outstanding leader.", None),
    ("Roe called them on it at once.", None),  # a challenge
    ("Roe called Doe to congratulate him.", None),  # a call with its purpose: a statement
    ("The vote is calling into doubt his credentials.", None),
    ("Roe called for a ban on the sale.", None),  # 'called for': its own cue
    ("Roe called in to a town hall about the police.", None),  # spoke there
])
def test_call_frame_rows(sentence: str, rule: str | None) -> None:
    assert frame(sentence) == rule


def test_call_frames_are_named_and_unique() -> None:
    names = [name for name, _ in CALL_FRAMES]
    assert len(names) == len(set(names)) and all(names)




def reported(paragraph: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.display) for s in after_lede(paragraph)]


def test_a_telephone_call_is_no_statement_but_what_was_called_is() -> None:
    assert reported("Roe called Doe on Tuesday to discuss the budget.") == []
    assert reported("He also called the White House about the delay.") == []
    assert reported("Roe called the plan a disaster for the state.") == [
        ("Jane Roe", "Roe called the plan a disaster for the state")]
