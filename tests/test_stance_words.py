"""The stance word after a learned cue that reports nothing (bot/extraction/stance_words.py):
table rows, negative rows included. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.extraction.raw import Raw
from bot.extraction.stance_words import STANCE_WORD_RULES, moved_cue


def _raw(text: str, cue: str, content: str) -> Raw:
    """A learned statement of text at the first `cue`, its content the words `content`."""
    at, start = text.index(cue), text.index(content)
    return Raw("indirect", [(start, start + len(content))], 0, (0, len(text)), cue=cue,
               cue_pos=at, subject="her donors", subject_pos=0)


@pytest.mark.parametrize(("text", "cue", "content", "moved"), [
    # a cue of no kind, a belief word before the content: the cue moves there
    ("Her donors remain confident that she will win the state.", "remain",
     "that she will win the state", "confident"),
    ("Her allies have long been concerned that the fund will fall short.", "long",
     "that the fund will fall short", "concerned"),
    ("Her donors remained hopeful that the vote would go her way.", "remained",
     "that the vote would go her way", "hopeful"),
    # negative rows: the writer's impression ('seemed') is no one's stance
    ("Her donors seemed hopeful that the vote would go her way.", "seemed",
     "that the vote would go her way", "seemed"),
    # a cue that reports is kept; a speech word is not moved to
    ("Her donors believe that she will win the state.", "believe",
     "that she will win the state", "believe"),
    ("Her donors remain ready to say that she will win the state.", "remain",
     "that she will win the state", "remain"),
    # the content before the cue: nothing between them to move to
    ("She will win the state, her donors remain.", "remain", "She will win the state",
     "remain"),
])
def test_stance_word_after_cue(text: str, cue: str, content: str, moved: str) -> None:
    raw = moved_cue(text, _raw(text, cue, content))
    assert raw.cue == moved
    assert text[raw.cue_pos:raw.cue_pos + len(moved)] == moved
    assert ("stance-word-after-cue" in raw.rule) == (moved != cue)


def test_stance_word_rules_are_named() -> None:
    assert [name for name, _ in STANCE_WORD_RULES] == ["stance-word-after-cue"]
