"""Checks on a learned statement's subject that learned_speakers.py's rules share: is
it joined to another subject, does it open its sentence, is it a passive's subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extraction.lexicon import BE_FORMS, words
from bot.extraction.raw import Raw

if TYPE_CHECKING:
    from bot.extraction.resolve import _State

# Forms of be before a cue in -ed or an irregular participle: a passive, whose subject
# is not the source; a relative pronoun before a cue: the cue is the relative clause's.
PARTICIPLES = words("known seen shown given taken held told thought found made said")
RELATIVES = words("who which that whom whose")
ADVERBS = words("also not still now already never just even")
# Words right before a subject that make it part of a longer one: a conjunction or
# a preposition ('Clinton and the DNC', 'Spokesmen at the FBI'); in lower case, not
# opening the sentence ('And Roe reports').
JOINING = words("and or nor & at of from for by with to")
# A relative clause after the subject, an appositive between ('Roe, who', 'Roe, the
# leader of the party, who'): the subject stands alone whatever precedes it.
WHO_AFTER_RE = re.compile(r",(?:\s+(?:a|an|the)\s+[^,;:()\n]{2,80},)?\s+who\b")


def joined(raw: Raw, state: _State) -> bool:
    """The subject is the second of two ('Clinton and the DNC rejected', 'Spokesmen at
    the FBI and Justice Department would not discuss') or the first of two ('Roe and
    Senator Doe have both argued'): the statement is not its alone."""
    before = state.text[raw.sentence[0]:raw.subject_pos].split()[-1:]
    after = state.text[raw.subject_pos + len(raw.subject or ""):raw.cue_pos].split()[:1]
    if after and after[0].startswith(",") and WHO_AFTER_RE.match(
            state.text, raw.subject_pos + len(raw.subject or "")):
        return False  # 'a victory for Obama, who has complained': the relative's own
    return (bool(before) and before[0] in JOINING) or after in (["and"], ["&"])


def opens(raw: Raw, state: _State) -> bool:
    """The subject opens its sentence (quotation marks before it aside)."""
    return not state.text[raw.sentence[0]:raw.subject_pos].strip(" \"“”'‘’")


def passive(raw: Raw, state: _State) -> bool:
    """A form of be right before a cue in -ed or an irregular participle ('were
    required', 'is also known'), or a relative pronoun right before the cue ('A
    president who authorized'), adverbs aside: the subject is not the source."""
    gap = [w for w in state.text[raw.subject_pos + len(raw.subject or ""):raw.cue_pos].split()
           if not w.endswith("ly") and w not in ADVERBS]
    cue = (raw.cue or "").split()[:1]
    participle = bool(cue) and (cue[0].endswith("ed") or cue[0] in PARTICIPLES)
    return bool(gap) and ((gap[-1] in BE_FORMS and participle) or gap[-1] in RELATIVES)
