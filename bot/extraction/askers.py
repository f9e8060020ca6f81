"""Who answers a question: the person a question was put to speaks next.

Rule 'question-put-to': a statement whose cue asks ('Hannity asked Trump how high the
wall would be') makes the person named right after the cue, a question after them, not
the asker, the speaker a following 'he'/'she' refers back to ('"Maybe 40 feet," he told
Hannity': Trump). With no person asked a question there ('Ryan did not sound sure when
Tapper asked whether ...', 'Rubio was asked by the moderator Gerard Baker whether ...';
'asked Pence to join him' is a request) the asker is a plain mention of the sentence,
not its speaker: the sentence's first person answers.
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import words
from bot.extraction.raw import Raw
from bot.extraction.salience import Salient

# The cues that put a question. Source: English verbs of asking.
ASK_CUES = words("ask asks asked asking")
# The person asked, then the question ('asked Trump how high', 'asked Sanders whether');
# 'asked Pence to join him' is a request, not a question. Source: English questions.
QUESTION_AFTER_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}?(?:whether|if|how|what|why|who|"
                               r"which|when|where|about)\b")
# Between the cue and the name of the person asked ('asked Trump'): a space, at most
# this many characters.
MAX_GAP = 3


def asks(raw: Raw) -> bool:
    """raw's cue puts a question ('asked', 'Asked About')."""
    return (raw.cue or "").split(" ")[0].lower() in ASK_CUES


def asked_person(raw: Raw, text: str, salient: list[Salient],
                 asker: str | None) -> Salient | None:
    """The person named right after raw's asking cue, other than the asker, a question
    after them."""
    if raw.cue_pos < 0:
        return None
    after = raw.cue_pos + len((raw.cue or "").split(" ")[0])
    return next((c for c in salient if after < c.pos <= after + MAX_GAP
                 and c.who.name not in (None, asker) and not c.who.is_org
                 and QUESTION_AFTER_RE.match(text, c.pos)), None)


def remembered(raw: Raw, text: str, found: Salient, salient: list[Salient]) -> Salient:
    """What a statement leaves for a later 'he'/'she': found (its speaker), or, when it
    puts a question, the person asked as the sentence's speaker, else the asker as a
    plain mention."""
    if not asks(raw):
        return found
    asked = asked_person(raw, text, salient, found.who.name)
    if asked is None:
        found.speaker = False
        return found
    return Salient(asked.pos, asked.who, found.sent, True, asked.gender)
