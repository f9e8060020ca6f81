"""Cues that report only by the words after them (collect.reports).

'showed up at the debate' and 'called up the reserves' are actions: a cue with 'up' after
it reports nothing. 'went on' and 'goes on' (lexicon.PHRASAL_CUES) report speech only when
what follows is speech: 'went on to say ...', 'went on: "..."', 'went on about ...', 'went
on the record'; 'The Red Sox went on to win Game 7' and 'went on national television' say
nothing.
"""

from __future__ import annotations

import re

# bot.cues imports the extraction lexicon: the module, not a name, so either may load first.
from bot import cues
from bot.extraction.lexicon import SPEECH_VERBS
from bot.extraction.raw import Raw

# The particle that makes a cue an action: 'showed up at the debate', 'called up'.
UP_RE = re.compile(r"\s+up\b", re.IGNORECASE)
# Cues that go on with the subject's next act, which must be speech.
GOES_ON_CUES = frozenset({"went on", "goes on"})
# What after 'went on' introduces speech of its own: a colon or a quotation mark
# ('went on: "..."', 'went on, "..."'), 'about' ('went on about the deal'), 'the record'.
SPEECH_AFTER_RE = re.compile(r"\s*,?\s*(?:[:\"“‘]|about\b|the record\b)", re.IGNORECASE)
# 'to' and the next verb, an -ly adverb allowed between ('went on to sharply criticize'),
# after up to five words naming where ('went on CNN to declare', 'went on ABC's This Week
# to defend').
TO_VERB_RE = re.compile(r"(?:\s+[^\s.,;:!?]+){0,5}?\s+to\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def acts_only(text: str, raw: Raw) -> bool:
    """The words after the cue make it an act, not a report: 'up' after any cue, or
    'went on'/'goes on' not followed by speech.
    Example: 'showed up at the rally', 'went on to win Ohio', 'went on national
    television' -> True; 'went on to say that ...', 'went on to attack Trump', 'went on
    CNN to declare ...', 'went on: "..."', 'pointed out that ...' -> False."""
    end = raw.cue_pos + len(raw.cue or "")
    if UP_RE.match(text, end, end + 4) is not None:
        return True
    if (raw.cue or "").lower() not in GOES_ON_CUES:
        return False
    if SPEECH_AFTER_RE.match(text, end) is not None:
        return False
    verb = TO_VERB_RE.match(text, end)
    return verb is None or not speech_verb(verb[1])


def speech_verb(base: str) -> bool:
    """A verb's plain form whose own form or -s/-ed form is a speech cue ('say', 'list'
    for 'lists', 'declare'); not 'win', 'serve', 'endorse' (a position, not speech)."""
    forms = (base, base + "s", base + "d", base + "ed")
    return any(f in SPEECH_VERBS or cues.report_kind(f) == "speech" for f in forms)
