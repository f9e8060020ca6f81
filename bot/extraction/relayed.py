"""Words one person relays from another: the one who spoke is the speaker, not the one
who passed the words on.

* 'X quoted Y as saying "..."', 'X cited Y as saying' -> Y
* 'X, quoting Y, said "..."' -> Y
* 'X read a statement from Y: "..."', 'X read aloud a letter by Y' -> Y
(the relative clause in 'X introduced Y, who said "..."' is read by subject_before:
a verb between two names ends the subject.)
"""

from __future__ import annotations

import re

# A name, with a title or initials before it ('Sen. John Doe', 'Mr. Doe').
NAME = r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
# 'quoted Y as saying' right before the cue 'saying'. Source: news attribution style.
# (Each word's first letter then a look-behind: the \b before it, the same matches, and
# the scan skips to the first letters.)
QUOTED_AS_RE = re.compile(r"(?:q(?<!\wq)uot(?:ed|es)|c(?<!\wc)it(?:ed|es)"
                          r"|p(?<!\wp)araphras(?:ed|es))\s+"
                          + NAME + r"\s+as\s+$")
# ', quoting Y,' between the speaker and the cue.
QUOTING_RE = re.compile(r"q(?<!\wq)uoting\s+" + NAME + r"\s*,")
# Texts that carry someone else's words when read out. Source: news style.
_TEXTS = r"(?:statement|letter|message|note|email|e-mail|tweet|post|passage|excerpt|poem|remarks)"
# 'read (aloud) a statement from Y' right after the cue 'read'.
READ_FROM_RE = re.compile(r"\s+(?:aloud\s+|out\s+)?(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}"
                          + _TEXTS + r"\s+(?:from|by|written\s+by)\s+" + NAME)
# Cues after which READ_FROM_RE is looked for.
READ_CUES = frozenset(["read", "reads", "reading"])


def relayed_speaker(text: str, start: int, c_start: int, c_end: int, end: int,
                    cue: str) -> tuple[str, int] | None:
    """(name, position) of the one whose words a cue relays, or None. text[start:c_start]
    is the narration before the cue, text[c_end:end] the narration after it."""
    before = text[start:c_start]
    m = QUOTED_AS_RE.search(before) or QUOTING_RE.search(before)
    if m:
        return m["name"], start + m.start("name")
    if cue in READ_CUES:
        m = READ_FROM_RE.match(text, c_end, end)
        if m:
            return m["name"], m.start("name")
    return None
