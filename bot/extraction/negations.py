"""A cue its sentence negates: 'did not respond', 'has never said', 'declined to comment'.

Rule 'negated-cue': a statement whose cue the article negates ('An attorney for Roe did
not immediately respond to requests for comment', 'Roe has not said when ...') stores its
cue with the negation, in the article's words ('did not immediately respond'), and its
card's clause starts no later than the negation. Rule 'refusal-to-speak': a refusal whose
verb is speech ('declined to comment', 'refused to answer') stores the cue with its
'to' verb. bot.cues.report_kind reads both as 'unsaid': the card says nothing was said
instead of 'reported speech'. A refusal of anything else ('refused to cooperate') keeps
its bare cue: a position.
"""

from __future__ import annotations

import re

from bot import cues
from bot.extraction.raw import Raw

# A negation right before the cue, an adverb maybe between ('did not immediately
# respond', "hasn't said", 'never told'; 'not only said' is no negation).
# Source: English negation.
NEGATION_RE = re.compile(
    r"(?:\b(?:did|does|do|has|have|had|would|will|could|can|is|are|was|were|should|may|"
    r"might|must)\s+not|\b[A-Za-z]+n['’]t|\bcannot|\bnever|\bnot)\s+"
    r"(?:(?:yet|(?!only\b)[a-z]+ly)\s+)?$", re.IGNORECASE)
# A refusal cue and its 'to' verb ('declined to comment'). Source: English verbs of refusing.
REFUSAL_RE = re.compile(r"(?:declin|refus)(?:e|es|ed|ing)\s+to\s+([a-z]+)", re.IGNORECASE)
# How far before the cue a negation is looked for.
MAX_NEGATION_CHARS = 40


def negation_start(text: str, raw: Raw) -> int:
    """Where the negation of raw's cue begins in its sentence, else the cue's position
    (-1 when it has none)."""
    if raw.cue_pos < 0:
        return raw.cue_pos
    lo = max(raw.sentence[0], raw.cue_pos - MAX_NEGATION_CHARS)
    m = NEGATION_RE.search(text, lo, raw.cue_pos)
    return m.start() if m else raw.cue_pos


def stored_cue(text: str, raw: Raw) -> str | None:
    """raw's cue as a statement stores it: with its negation ('did not respond') or its
    refusal's verb ('declined to comment'), in the article's words; else raw.cue."""
    if raw.cue is None or raw.cue_pos < 0 or not text.startswith(raw.cue.split(" ")[0],
                                                                   raw.cue_pos):
        return raw.cue
    start = negation_start(text, raw)
    if start < raw.cue_pos:
        return " ".join([*text[start:raw.cue_pos].split(), raw.cue])
    m = REFUSAL_RE.match(text, raw.cue_pos)
    if m is None or cues.report_kind(m[1]) != "speech":
        return raw.cue  # 'refused to cooperate': a position, stored as it was
    return " ".join(m[0].split())
