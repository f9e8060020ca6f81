"""Speakers of statements whose attribution found no subject: rules of the
speaker table (speaker_rules.NO_SUBJECT_RULES) for bare quotations.

A quotation standing alone may go on with the previous speaker or be the words of
the person its paragraph is about. Reported speech with no subject takes none of
these: its paragraph's first person is as often someone else, so it stays
unattributed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extraction.mentions import Resolved
from bot.extraction.raw import Raw
from bot.extraction.salience import paragraph_subject

if TYPE_CHECKING:
    from bot.extraction.resolve import _State
    from bot.extraction.speaker_rules import Ask

# Unattributed quotes take the previous statement's speaker if it is at most this
# many paragraphs back.
CONTINUATION_PARAGRAPHS = 1
# Only a quotation with no subject takes the paragraph's or the previous speaker.
QUOTATION_KINDS = ("direct", "partial")


def goes_on(ask: Ask) -> Resolved | None:
    """'..., Cole said. "That's exactly ...": a quotation opening the sentence right
    after the previous statement, in its paragraph, goes on with the same speaker."""
    prev = ask.state.last
    if (prev and prev[1].name is not None and _bare(ask.raw, ask.state)
            and _adjacent(prev[0], ask.raw, ask.state)):
        return prev[1]
    return None


def paragraph_subject_rule(ask: Ask) -> Resolved | None:
    """'Sanders spoke for an hour. "We will win," ...': the person the paragraph is
    about, named before the quotation. Reported speech with no subject found takes
    nobody ('Roe is popular. Most believe ...': 'Most' are not Roe)."""
    state, raw = ask.state, ask.raw
    if raw.kind not in QUOTATION_KINDS:
        return None
    para_start = next((x.start for x in state.sentences if x.para == raw.para), raw.start)
    return paragraph_subject(raw.start, para_start, state.salient)


def previous_nearby(ask: Ask) -> Resolved | None:
    """A quotation with no attribution within one paragraph of the previous statement
    ('"A," she said. / "B."') takes its speaker; reported speech does not."""
    prev, raw = ask.state.last, ask.raw
    if prev and raw.kind in QUOTATION_KINDS and raw.para - prev[0].para <= CONTINUATION_PARAGRAPHS:
        return prev[1]
    return None


def _bare(raw: Raw, state: _State) -> bool:
    """The quotation opens its sentence: no narration before it."""
    return not state.text[raw.sentence[0]:raw.start].strip(" \n\"“”'‘’")


def _adjacent(prev: Raw, raw: Raw, state: _State) -> bool:
    """prev's last sentence is the one right before raw's, in the same paragraph."""
    last = (prev.extra_sentences or [prev.sentence])[-1]
    gap = state.text[last[1]:raw.sentence[0]]
    return prev.para == raw.para and not gap.strip()
