"""A participle cue after a comma whose subject, as read, is a preposition's object
(speaker rule 'participle-object', speaker_rules.SUBJECT_RULES, before
subject-mention): 'In May, a federal judge sided with the Democrats, saying the law
violated the Constitution'. A participle clause shares the subject of the clause it
hangs on; when the rules could not read that subject (participle_subjects.py reads a
name only) the phrase right before the comma is the clause's object, never its
subject: the statement is left with no speaker rather than the object's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extraction.heads import PREPOSITIONS
from bot.extraction.mentions import Resolved
from bot.extraction.participle_subjects import COMMA_BEFORE_RE

if TYPE_CHECKING:
    from bot.extraction.speaker_rules import Ask

# How far back from the cue the comma may be (an adverb between: ', later saying').
COMMA_REACH = 20


def participle_object(ask: Ask) -> Resolved | None:
    """Rule 'participle-object': nobody, when the subject read for a participle cue
    after a comma follows a preposition ('sided with the Democrats, saying ...': not the
    Democrats; 'In line with his fellow Americans, Cruz was critical, telling ...': not
    Americans); passes otherwise. (The name read inside a longer phrase is not looked
    at: in 'Many of the speakers had words to say, calling ...' it follows 'of'.)"""
    raw, text = ask.raw, ask.state.text
    words = (raw.cue or "").split()
    if not words or not words[0].lower().endswith("ing") or not 0 <= raw.subject_pos < raw.cue_pos:
        return None
    if not COMMA_BEFORE_RE.search(text, max(raw.sentence[0], raw.cue_pos - COMMA_REACH),
                                  raw.cue_pos):
        return None
    before = text[max(raw.sentence[0], raw.subject_pos - 20):raw.subject_pos].split()
    return Resolved(None) if before and before[-1].lower() in PREPOSITIONS else None
