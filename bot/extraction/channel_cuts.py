"""Rule 'channel-ends': a reported content ends before the channel its speaker used.

'Mook said as much in an interview earlier Thursday' -> 'as much'; 'Nervo rejected that
argument in a ruling released Thursday' -> 'that argument'. The phrase 'in a/an/his/her/
their/its (up to two words) NOUN', NOUN a channel of speech or writing, tells where and how
the words were said, not what was said.
"""

from __future__ import annotations

import re

from bot.extraction.cut_rules import Tokens, _before_verb, takes_object
from bot.extraction.raw import Raw

# Nouns naming a channel of speech or writing. Source: the channels news reports name.
CHANNEL_NOUNS = ("statement|interview|tweet|post|letter|op-ed|speech|press release|memo|email|"
                 "e-mail|ruling|news conference|press conference|filing|editorial|column|essay|"
                 "podcast|radio address|address|testimony|briefing|appearance|diatribe|"
                 "message|memoir")
CHANNEL_RE = re.compile(r"in\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:"
                        + CHANNEL_NOUNS + r")\b")


def has_channel(text: str, a: int, b: int) -> bool:
    """Some channel phrase stands in text[a:b]."""
    return CHANNEL_RE.search(text, a, b) is not None


def channel(text: str, raw: Raw, toks: Tokens, classes: list[str]) -> int | None:
    """The offset of the first channel phrase in an object content (no verb form before
    it, after its first word), not after a comma (an aside inside the content). An object
    content: its cue takes one (cut_rules.takes_object) or it is the pro-form 'as much'."""
    if not (takes_object(raw.cue, toks[0][0]) or [w for w, _ in toks[:2]] == ["as", "much"]):
        return None
    for k in _before_verb(toks, classes):
        word, at = toks[k]
        if classes[k] == "w-ing":
            return None  # 'shows Clinton retelling in a speech the story': the content's own
        if word == "in" and toks[k - 1][0] != "," and CHANNEL_RE.match(text, at):
            return at
    return None
