"""A second report of the same speaker, a participle after the first: 'Roe said the
valuations were overblown, adding that the firm had significant upside' is two
statements of Roe's, the first ending before ', adding'.

The participles here are speech cues that the rules otherwise leave to the learned
cue model (stance.CONTEXT_CUES: 'adding 200 jobs', 'warning signs'); in these frames
they report speech: after a comma that follows a report of the sentence, and before
'that' or a colon. An ordered table of named frames (PARTICIPLE_FRAMES); the speaker is
the earlier report's subject, never a new one (none: no statement). The frame's name is
in the statement's trace (`onrecord extract --explain`, 'span and kind').
"""

from __future__ import annotations

import re

from bot.extraction.named_patterns import NamedPattern
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span, close_end

# The frames' rule names begin so (beside_quotes lets their shared subject through).
PARTICIPLE_RULE = "participle-"
# A content has at least this many words.
MIN_WORDS = 3


# The frames; each pattern names the group 'cue', the content comes after it.
PARTICIPLE_FRAMES: tuple[NamedPattern, ...] = (
    # ', adding that ...', ', warning that ...', ', and claiming that ...', ', adding:
    # ...', '... but warning that ...' after a report of the sentence: 'Roe said the
    # plan was dead, adding that the city would appeal'; not 'adding 200 jobs',
    # 'warning signs'. Source: news attribution style.
    NamedPattern("participle-after-report", re.compile(
        r"\b(?P<cue>adding|warning|claiming|declaring|asserting|stating)"
        r"(?:\s+that\b|\s*:)")),
)
# What joins a frame's participle to the clause before it: ', ', ', and ', ' but '.
LINK_BEFORE_RE = re.compile(r"(?:,\s+(?:and\s+|but\s+)?|\s+(?:and|but)\s+)$")


def _linked(text: str, start: int, c_start: int) -> bool:
    return LINK_BEFORE_RE.search(text, max(start, c_start - 8), c_start) is not None


def has_participle_frame(text: str, start: int, end: int) -> bool:
    """A participle frame's words in text[start:end] (beside_quotes' first look)."""
    return any(_linked(text, start, m.start("cue")) for f in PARTICIPLE_FRAMES
               for m in f.pattern.finditer(text, start, end))


def participle_reports(text: str, sent: Sentence, out: list[Raw]) -> list[Raw]:
    """The statements of the participle frames in sent after the reports in out (the
    sentence's reported statements so far, in text order)."""
    found: list[Raw] = []
    for frame in PARTICIPLE_FRAMES:
        for m in frame.pattern.finditer(text, sent.start, sent.end):
            c_start = m.start("cue")
            if not _linked(text, sent.start, c_start):
                continue
            prev = [r for r in out + found if r.subject and r.cue_pos < c_start]
            if not prev or any(r.cue_pos > c_start for r in out):
                continue  # no report before it, or one after it (which it would cut)
            if any(q.open_at < c_start < close_end(q) for q in sent.quotes):
                continue
            span = clause_span(text, m.end(), sent.end)
            if len(text[span[0]:span[1]].split()) < MIN_WORDS:
                continue
            raw = Raw("indirect", [span], sent.para, (sent.start, sent.end), cue=m["cue"],
                      cue_pos=c_start, subject=prev[-1].subject,
                      subject_pos=prev[-1].subject_pos,
                      clause=text[sent.start:span[0]] + " " + text[span[1]:sent.end])
            found.append(raw.chose(frame.name))
    return found
