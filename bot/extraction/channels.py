"""The channel a statement was made on: "on social media platform Truth Social"."""

from __future__ import annotations

import re

from bot.extraction.dates import MONTHS, WEEKDAYS
from bot.extraction.lexicon import words

# "on Twitter", "on social media platform Truth Social", "in a post on X".
# (In both patterns the first letter comes first and the \b before it is a look-behind
# after it, so that the scan skips to that letter: the same matches.)
PLATFORM_RE = re.compile(
    r"(?:o(?<!\wo)n|v(?<!\wv)ia)\s+(?:(?:the\s+)?social\s+media\s+(?:platform|site|network)\s+)?"
    r"((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2})")
# Platforms known by name, so "on Twitter" is a channel but "on Ukraine" is not.
# Source: major social networks and messaging services.
PLATFORMS = words("twitter x facebook instagram truth telegram youtube tiktok "
                      "threads weibo linkedin reddit")
# Channels named by a common noun: "in a statement", "in an interview", "in a tweet".
NOUN_CHANNEL_RE = re.compile(
    r"i(?<!\wi)n\s+(?:a|an|his|her|their|its)\s+(?:written\s+|joint\s+|televised\s+)?"
    r"(statement|interview|tweet|post|letter|op-ed|speech|press release|memo)\b")
NOT_CHANNEL = frozenset(list(MONTHS) + list(WEEKDAYS))


def channel(clause: str) -> str | None:
    """The channel named in an attribution clause, or None."""
    for m in PLATFORM_RE.finditer(clause):
        first = m[1].split()[0].lower().rstrip(".")
        if first in PLATFORMS and first not in NOT_CHANNEL:
            return m[1].rstrip(".")
    noun = NOUN_CHANNEL_RE.search(clause)
    if noun:
        return "Twitter" if noun[1] == "tweet" else noun[1]
    return None
