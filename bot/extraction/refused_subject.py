"""A subject the vetting refused, read again as the nearest name standing as the
cue's clause subject (speaker rule 'refused-subject-nearest').

The subject rules read the noun phrase before a cue, and when the sentence opens with
a phrase of place, time or manner that phrase is what they read ('At a campaign event
in Ames, Iowa, on Sunday, Mrs. Roe tried to ..., saying', 'Washington (AFP) – Democrat
Jane Roe has taken a swipe at ..., saying', 'Another former lawmaker, Sen. Joe Roe
(I-Conn.), also stated'). The vetting refuses it (a place, a verb, a fragment, not a
name), and the statement was left with no speaker although the name of the clause
that holds the cue stands right there. Then the nearest name standing as the subject
of the cue's clause (nearest_subject.py, with its refusals: another subject between,
a passive or noun cue, a possessive, a pronoun) is the speaker, when it is a name
that passes the vetting itself.

Not tried when the subject was read after the cue ('according to the poll', an
inverted 'said Roe'): the nearest name before such a cue is what was reported, not
who reported it; nor when the refusal is about the statement rather than the phrase
(first person, a passive subject, an object read as subject).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extraction.mentions import Resolved
from bot.extraction.nearest_subject import lone_name_fits, nearest_subject
from bot.extraction.raw import Raw
from bot.extraction.speaker_rules import speaker_for
from bot.extraction.vetting import vetted

if TYPE_CHECKING:
    from bot.extraction.resolve import _State

# The speaker rule's name in the trace (before the rule that resolved the name).
REFUSED_SUBJECT_NEAREST = "refused-subject-nearest"
# Vetting refusals of the phrase read as subject (speaker_checks.SPEAKER_RULES) after
# which the nearest clause subject is tried.
PHRASE_REFUSALS = frozenset(["clause", "function_word", "verb", "fragment", "place",
                             "thing", "vague", "not_a_name", "not_a_person"])


def _applies(raw: Raw, who: Resolved) -> bool:
    """who is a refused subject read before raw's cue."""
    return (who.name is None and who.vetting in PHRASE_REFUSALS and bool(raw.subject)
            and bool((raw.cue or "").strip()) and raw.subject_pos < raw.cue_pos)


def nearest_instead(raw: Raw, who: Resolved, rule: str,
                    state: _State) -> tuple[Resolved, str]:
    """The speaker named by the nearest clause subject of raw's cue, vetted, with the
    rule's name; else who and rule unchanged (raw's subject too)."""
    if not _applies(raw, who):
        return who, rule
    subject, pos = raw.subject, raw.subject_pos
    found = nearest_subject(state.text, raw.sentence[0], raw.cue or "", raw.cue_pos)
    if found is None or found[1] == pos:
        return who, rule
    raw.subject, raw.subject_pos = found
    new, name = speaker_for(raw, state)
    if lone_name_fits(found[0], new):
        new = vetted(new, raw, state)
        if new.name is not None:
            return new, f"{REFUSED_SUBJECT_NEAREST} + {name}"
    raw.subject, raw.subject_pos = subject, pos
    return who, rule
