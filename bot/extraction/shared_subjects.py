"""A second cue joined by 'and' to an earlier cue of the same sentence: its subject.

'Because he favors right-to-work laws and opposes a federal minimum wage increase': the
earlier cue's content runs over the second cue, which is another verb of the same
subject, not the main clause's ('Union leaders', read by clauses.clause_subject before).
The rules of SHARED_SUBJECT_RULES (in order) give the second cue the earlier statement's
subject; its name goes into the statement's trace. The earlier content then ends before
'and' (reported._truncate).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import IRREGULAR_PAST
from bot.extraction.raw import Raw

# A clause joined by a comma and a conjunction inside the earlier content: 'called for a
# boycott, and the League denounced ... and said', '..., and questioned why': the verb
# after it may be another subject's.
CLAUSE_LINK_RE = re.compile(r",\s+(?:and|but)\b")

Rule = Callable[[str, Raw, str, int], bool]


def verb_form(word: str) -> str:
    """'past' ('said', 'opposed'), 's' ('says'), 'ing' or 'base' ('say')."""
    word = word.lower().split()[0] if word.strip() else ""
    if word in IRREGULAR_PAST or word.endswith("ed"):
        return "past"
    if word.endswith("ing"):
        return "ing"
    return "s" if word.endswith("s") and not word.endswith("ss") else "base"


def _same_verb_phrase(text: str, prev: Raw, cue: str, c_start: int) -> bool:
    """'he favors A and opposes B', 'said A and called B': the earlier content runs
    over the cue, both cues have the same form (not 'said he has time to step up and
    show ...': 'show' is the content's verb), and no ', and' clause comes between."""
    a, b = prev.spans[0]
    return (bool(prev.subject) and a < c_start < b and prev.cue is not None
            and verb_form(prev.cue) == verb_form(cue)
            and CLAUSE_LINK_RE.search(text, a, c_start) is None)


SHARED_SUBJECT_RULES: tuple[tuple[str, Rule], ...] = (
    ("coordinated-cue-shares-subject", _same_verb_phrase),
)


def shared_subject(text: str, prev: Raw | None, cue: str,
                   c_start: int) -> tuple[str, int, str] | None:
    """The earlier statement's subject (phrase, offset, rule name) for a cue joined to
    it by 'and', or None (the caller checks the 'and')."""
    if prev is None or prev.subject is None:
        return None
    for name, rule in SHARED_SUBJECT_RULES:
        if rule(text, prev, cue, c_start):
            return prev.subject, prev.subject_pos, name
    return None
