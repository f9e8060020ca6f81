"""Rule 'target-of-report': a subject that receives a report is its target, not its
speaker ('Trump has faced questions about his foundation', 'Cruz faced criticism for
unreported loans', 'Stumpf, who was under questioning', 'she faces renewed doubts'):
the statement names nobody."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extraction.mentions import Resolved

if TYPE_CHECKING:
    from bot.extraction.speaker_rules import Ask

# A verb that receives or draws what others say, right before the cue with at most a few
# modifiers and no clause link or preposition between ('faced sharp criticism', 'will
# probably face more questions'; not 'endured criticism for telling'). Source: English
# verbs of receiving.
RECEIVING_RE = re.compile(
    r"\b(?:fac(?:e|es|ed|ing)|field(?:ed|ing)|under|dr(?:ew|aw|aws|awing|awn)|"
    r"receiv(?:e|es|ed|ing)|endur(?:e|es|ed|ing)|weather(?:s|ed|ing)?|attract(?:s|ed|ing)?|"
    r"spark(?:s|ed|ing)?|prompt(?:s|ed|ing)?)\s+"
    r"(?:(?!(?:and|but|or|to|that|then|who|which|he|she|they|it|we|for|of|about|over|"
    r"after|by|with|in|on|at|from)\s)[a-z]+\s+){0,3}$")
# How far before the cue the receiving verb is looked for.
MAX_CHARS = 50


def target_of_report(ask: Ask) -> Resolved | None:
    """Nobody, when a receiving verb stands between the subject and the cue ('Roe has
    faced questions about ...', 'Roe drew sharp criticism for ...')."""
    raw, text = ask.raw, ask.state.text
    if raw.cue_pos < 0 or raw.subject_pos < 0 or raw.subject_pos >= raw.cue_pos:
        return None
    lo = max(raw.subject_pos + len(raw.subject or ""), raw.cue_pos - MAX_CHARS)
    return Resolved(None) if RECEIVING_RE.search(text, lo, raw.cue_pos) else None
