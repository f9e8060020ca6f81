"""The subject of a participle in a clause opening the sentence (speaker rule
'opening-participle-subject').

'After blasting the Drudge Report for linking to ..., Glenn Roe doubled down',
'In addition to stating that ..., Clinton has vowed', 'One month after announcing
his support for Trump, Marco Rubio still believes': a learned cue that is a
participle in an opening adverbial clause has no subject of its own; English gives
it the main clause's, the name right after the comma that closes the opening clause
(after at most a party tag: 'Rep. Paul Roe (R-WI) said'), followed by its verb.
Found only for a learned statement with no subject; vetted like any learned subject
(learned_speakers.py).
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import DETERMINERS
from bot.extraction.nearest_subject import NAME_RE, NOT_VERBS, PRONOUNS

# The speaker rule's name in the trace.
OPENING_PARTICIPLE = "opening-participle-subject"
# What opens the sentence before the participle: a few words at most ('One month',
# 'And', 'Tuesday on WTMJ's show,'), then a preposition or subordinator. Source:
# English adverbial clauses with -ing.
OPENING_RE = re.compile(r"[\s\"“”]*(?:[^,.;:\"“”]{0,40},\s+)?(?:\w+\s+){0,3}?(?:after|before|while|"
                        r"when|in|by|since|upon|without|despite|in addition to|on)\s+$",
                        re.IGNORECASE)
# The name after the opening clause's comma, an optional party tag, then its verb.
MAIN_SUBJECT_RE = re.compile(r",\s+(" + NAME_RE.pattern + r")(?:\s*\([^()\n]{1,25}\))?"
                             r"\s+([a-z][\w'’-]*)")


def opening_participle_subject(text: str, start: int, end: int, cue: str,
                               cue_pos: int) -> tuple[str, int] | None:
    """(phrase, position) of the main clause's subject for a participle cue in an
    opening clause (see the module doc), or None."""
    if not cue.split()[0].endswith("ing") or not OPENING_RE.fullmatch(text, start, cue_pos):
        return None
    for m in MAIN_SUBJECT_RE.finditer(text, cue_pos + len(cue), end):
        name, first = m[1], m[1].split()[0].lower()
        if m[2] in NOT_VERBS or first in DETERMINERS or name.lower() in PRONOUNS:
            continue
        if name.endswith(("'s", "’s")):
            return None  # 'Roe's campaign said': the campaign's clause
        return name, m.start(1)
    return None
