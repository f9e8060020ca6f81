"""A report in a trailing 'as' clause: 'CLAUSE, as X noted.' attributes the clause
before it to X.

'The numbers changed over the summer, as Roe has acknowledged.' and 'The plan will
fail, as the Times reported on Tuesday.' report the main clause: X is the subject of
the 'as' clause, the cue its verb, and nothing but an aside follows the cue. The verb
rules (reported.py) would otherwise read the aside as the content ('as she said at the
outset of the rally' gave 'the outset of the rally') or find nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.content_start import OBJECT_CUES
from bot.extraction.frames import ASIDE_RE, CLAUSE_VERB_RE
from bot.extraction.lexicon import BE_FORMS, words

# ', as' right before the subject of the cue ('..., as the Times reported').
AS_BEFORE_RE = re.compile(r"(?<=,)\s*\bas$", re.IGNORECASE)
# Verbs that in an 'as' clause tell when, not what was said ('The crowd grew, as Roe
# testified'): an activity with no reported clause. Source: English intransitive
# uses of speech verbs.
ACTIVITIES = words("""
testify testified testifies speak spoke speaks talk talked talks respond responded responds
reply replied replies answer answered answers ask asked asks chant chanted yell yelled
shout shouted scream screamed cheer cheered joke joked spoken talking speaking asking
""")
# The person told after 'told' ('as he told reporters'): at most this many words.
MAX_TOLD_WORDS = 3
# What closes the sentence after the tail: punctuation and closing marks.
CLOSERS = " .!?\"”’')"


def _tail_is_aside(text: str, cue: str, c_end: int, end: int) -> bool:
    """Nothing after the cue but punctuation, an aside ('in The Intercept', 'on Tuesday',
    'at the outset') or, after 'told', the person told ('told reporters')."""
    tail = text[c_end:end].strip(CLOSERS)
    if not tail:
        return True
    if CLAUSE_VERB_RE.search(tail) or re.search(r"\b(?:that|which|who|and|but)\b", tail):
        return False
    if ASIDE_RE.match(tail):
        return True
    return cue.lower() in OBJECT_CUES and len(tail.split()) <= MAX_TOLD_WORDS


def _content_before_as(text: str, start: int, subject_pos: int,
                       cue_at: tuple[str, int, int], end: int) -> tuple[int, int] | None:
    cue, c_start, c_end = cue_at
    before = AS_BEFORE_RE.search(text[start:subject_pos].rstrip())
    if before is None or cue.split()[0].lower() in ACTIVITIES:
        return None
    gap = text[subject_pos:c_start].split()
    if gap and gap[-1].lower() in BE_FORMS:
        return None  # 'the Oppo Bloc, as it was called': a passive names no speaker
    if not _tail_is_aside(text, cue, c_end, end):
        return None
    comma = text.rfind(",", start, start + before.start() + 1)
    return (start, comma) if comma > start else None


AsRule = Callable[[str, int, int, "tuple[str, int, int]", int], "tuple[int, int] | None"]
# The 'as' frames, in order: (name, reader of the sentence start, the subject's start,
# the cue and the sentence end -> the content's bounds, or None).
AS_REPORT_RULES: tuple[tuple[str, AsRule], ...] = (
    # 'The numbers changed over the summer, as Roe has acknowledged.', 'The plan will
    # fail, as the Times reported on Tuesday.'; not 'The crowd grew, as Roe testified'
    # (an activity: when, not what), not '..., as Roe said she would' (a clause after
    # the cue), not '..., as it was called' (a passive), not 'As Roe said, the plan
    # failed' (the opening 'as': the rules' own).
    ("content-then-as-subject-cue", _content_before_as),
)


def as_report(text: str, start: int, subject_pos: int, cue_at: tuple[str, int, int],
              end: int) -> tuple[str, tuple[int, int]] | None:
    """The rule and the content of a cue in a trailing 'as' clause (the sentence runs
    from start to end, the cue's subject starts at subject_pos), or None."""
    for name, rule in AS_REPORT_RULES:
        found = rule(text, start, subject_pos, cue_at, end)
        if found:
            return name, found
    return None
