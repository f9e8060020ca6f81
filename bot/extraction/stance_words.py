"""The stance word after a learned cue that reports nothing itself.

The learned cue model (learned_cues.py) scores every word of its vocabulary, which
holds words that led gold cues ('remain confident', 'have long been concerned'), so in
'Her donors remain confident that she will win' it may accept 'remain' and build the
statement there, passing over 'confident' as part of that cue. bot.cues sorts 'remain'
with the words that report nothing (collect.reports), and the statement was dropped
although the sentence reports a belief. The rules of STANCE_WORD_RULES (in order) move
the cue to the stance word the card can label; the statement keeps its subject and
content. Speech words are not moved to: 'appeared to say' stays nobody's statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# bot.cues imports the extraction lexicon: the module, not a name (collect.py does so too).
from bot import cues
from bot.extraction.lexicon import words
from bot.extraction.raw import Raw

# The kinds a moved cue may take: what someone holds, found or decided, never speech.
STANCE_KINDS = ("belief", "finding", "position")
# At most this many words between the accepted word and its stance word.
MAX_GAP_WORDS = 3
# Verbs of the writer's impression ('seemed hopeful', 'appears confident'): the stance
# is the writer's reading of the subject, not one the subject is reported to hold.
IMPRESSIONS = words("seem seems seemed seeming appear appears appeared appearing look looks "
                    "looked")
WORD_RE = re.compile(r"[A-Za-z]+")

Rule = Callable[[str, Raw], tuple[str, int] | None]


def _gap_words(text: str, raw: Raw) -> list[re.Match[str]]:
    """The words between the cue and its content (none when the content comes first)."""
    end = raw.cue_pos + len(raw.cue or "")
    start = raw.spans[0][0]
    return list(WORD_RE.finditer(text, end, start)) if end <= start else []


def _stance_after(text: str, raw: Raw) -> tuple[str, int] | None:
    """'Her donors remain confident that ...', 'allies have long been concerned that
    ...': the first belief, finding or position word after a cue of no kind."""
    if not raw.cue or cues.report_kind(raw.cue) is not None:
        return None
    if raw.cue.split()[0].lower() in IMPRESSIONS:
        return None
    words = _gap_words(text, raw)
    for m in words[:MAX_GAP_WORDS]:
        if cues.report_kind(m[0]) in STANCE_KINDS:
            return m[0], m.start()
    return None


STANCE_WORD_RULES: tuple[tuple[str, Rule], ...] = (
    ("stance-word-after-cue", _stance_after),
)


def moved_cue(text: str, raw: Raw) -> Raw:
    """raw with its cue moved by the first rule that applies (its name added to the
    trace), or raw as it was."""
    for name, rule in STANCE_WORD_RULES:
        found = rule(text, raw)
        if found:
            raw.cue, raw.cue_pos = found
            return raw.chose(name)
    return raw

