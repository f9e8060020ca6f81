"""What a reporting cue says a statement is: speech, a belief, a finding or a position.

Speech is what was said or written. A belief ('thinks', 'knows', 'hopes'), a finding
or perception ('found', 'showed', 'saw') and a position or decision ('supports',
'refused', 'decided') are attributed too, but they were not said in those words: a
card must not present them as speech. Source: the stance cues of
bot/extraction/stance.py, grouped by what the verb reports.
"""

from __future__ import annotations

from typing import Literal

CueKind = Literal["speech", "belief", "finding", "position"]


def _forms(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Mental states: the cue reports what someone holds, wants or fears.
BELIEF_CUES = _forms("""
think thinks thought thinking believe believes believed believing feel feels felt
know knows knew known want wants wanted hope hopes hoped hoping expect expects expected
fear fears feared worry worries worried doubt doubts doubted suspect suspects suspected
wish wishes wished prefer prefers preferred consider considers considered view views
viewed regard regards regarded wonder wonders wondered
""")
# Findings and perceptions: a poll, study or person found, showed or saw something.
FINDING_CUES = _forms("""
find finds found finding show shows showed shown showing indicate indicates indicated
indicating see sees saw seeing
""")
# Positions, intentions and decisions: what someone supports, opposes or chose to do.
POSITION_CUES = _forms("""
support supports supported supporting oppose opposes opposed opposing endorse endorses
endorsed endorsing back backs backed backing favor favors favored refuse refuses refused
refusing decline declines declined declining seek seeks sought seeking plans planned
planning intend intends intended aim aims aimed decide decides decided
""")

LABELS: dict[CueKind, str] = {
    "speech": "reported speech, not verbatim",
    "belief": "reported belief, not a quotation",
    "finding": "reported finding, not a quotation",
    "position": "reported position, not verbatim",
}


def cue_kind(cue: str | None) -> CueKind:
    """What the cue's first word reports; anything else is speech ('said', 'warned')."""
    head = (cue or "").split()[0].lower() if (cue or "").split() else ""
    if head in BELIEF_CUES:
        return "belief"
    if head in FINDING_CUES:
        return "finding"
    if head in POSITION_CUES:
        return "position"
    return "speech"
