"""Rule 'channel-before-content': a content does not start with the channel its speaker
used. 'Roe said in a statement the plan will fail' reports 'the plan will fail', never 'a
statement the plan will fail'; so 'said on Twitter the plan ...' and 'said in an interview
with the Times the plan ...'; a year after 'in' too ('said in 2014 the plan would
fail'). The words skipped after the cue (content_start.py) may end
with 'in' or 'on': when a channel phrase follows there, the content starts after it, and
after the one spoken to ('with the Times', 'to CNN') when they follow."""

from __future__ import annotations

import re

from bot.extraction.channel_cuts import CHANNEL_RE
from bot.extraction.channels import PLATFORM_RE, PLATFORMS

CHANNEL_BEFORE = "channel-before-content"
# A year after 'in' ('said in 2014 the plan would fail'): when, not what.
YEAR_RE = re.compile(r"in\s+(?:19|20)\d\d\b")
# The one spoken to after the channel: 'with the Times', 'to Fox News', 'with CNN's Roe'.
HEARER_RE = re.compile(r"\s*(?:with|to)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4}")
# Up to 8 words with no verb form, then a comma: the rest of the channel phrase
# ('Thursday,', 'to the president,', 'on Yahoo News,'), after which the content starts.
ASIDE_RE = re.compile(r"(?:\s+(?!(?:is|are|was|were|has|have|had|will|would)\b)[\w.'’-]+){0,8}?,")
# Time words right after the channel ('in a statement Thursday night they ...').
TIME_RE = re.compile(r"(?:\s+(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|"
                     r"[Ss]aturday|[Ss]unday|morning|afternoon|evening|night))*")
# 'in' or 'on' right before the content's first word.
PREPOSITION_RE = re.compile(r"\b(?:in|on)\s+$")


def past_channel(text: str, start: int, first: int, stop: int) -> int:
    """first, or where the content starts after a channel phrase that opens at the
    'in'/'on' ending text[start:first]."""
    prep = PREPOSITION_RE.search(text, start, first)
    if prep is None:
        return first
    end = _channel_end(text, prep.start(), stop)
    if end is None:
        return first
    aside = ASIDE_RE.match(text, end, stop)
    if aside:  # 'in an op-ed Thursday, the leading ...', 'in a letter to the president, that'
        end = aside.end()
    else:
        time = TIME_RE.match(text, end, stop)
        end = time.end() if time else end
        hearer = HEARER_RE.match(text, end, stop)
        end = hearer.end() if hearer else end
    while end < stop and text[end] in " ,":
        end += 1
    return end if end < stop else first


def _channel_end(text: str, at: int, stop: int) -> int | None:
    found = CHANNEL_RE.match(text, at, stop) or YEAR_RE.match(text, at, stop)
    if found:
        return found.end()
    platform = PLATFORM_RE.match(text, at, stop)
    if platform and platform[1].split()[0].lower().rstrip(".") in PLATFORMS:
        return platform.end()
    return None
