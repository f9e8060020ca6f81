"""A source's request for anonymity is no report of theirs, and it stands between the
source and their cue ('A senior aide who asked not to be named said ...'): the aide
said, and 'asked' is not the cue. Used by reported.at_cue.

Source: the anonymity formulas of English news writing ('who spoke on condition of
anonymity', 'who was not authorized to speak publicly', 'who asked not to be named',
'who declined to be identified').
"""

from __future__ import annotations

import re

# What a source asks for or is granted: not to be named, anonymity.
_REQUEST = (r"(?:not\s+to\s+be|to\s+not\s+be)\s+(?:named|identified|quoted)"
            r"|(?:on\s+(?:the\s+)?condition\s+of\s+|for\s+|of\s+|on\s+)?anonymity|anonymously"
            r"|not\s+authorized\s+to\s+(?:speak|comment|discuss)(?:\s+[\w'’-]+){0,3}")
# A relative clause of anonymity right before a cue, from its 'who' on.
# Example: 'A senior aide who asked not to be named ' -> 'who asked not to be named'.
# ('who' or 'that' in any case: the first letter comes first, with the \b before it as a
# look-behind after it, so that the scan skips to it; 'w' and 't' have no other cases.)
CLAUSE_BEFORE_CUE_RE = re.compile(
    r"[WwTt](?<!\w[WwTt])(?:(?<=[Ww])(?i:ho)|(?<=[Tt])(?i:hat))"
    r"\s+(?:[\w'’-]+\s+){0,5}?(?i:" + _REQUEST + r")\s*$")
# The words of a relative's own cue that make it a request for anonymity.
# Example: 'who asked not to be named' at 'asked'; 'who spoke on condition of anonymity'.
AFTER_CUE_RE = re.compile(r"\s*(?:" + _REQUEST + r")", re.I)
BEFORE_CUE_RE = re.compile(r"not\s+authorized\s+to\s*$", re.I)


def clause_start(text: str, start: int, c_start: int) -> int | None:
    """Where an anonymity clause ending right before the cue at c_start begins, or None
    (relative_skips.skipped_relative leaves one between commas to the subject rules)."""
    found = CLAUSE_BEFORE_CUE_RE.search(text, start, c_start)
    return None if found is None else found.start()


def request(text: str, c_start: int, c_end: int) -> bool:
    """The cue at c_start..c_end asks for anonymity ('asked not to be named', 'spoke on
    condition of anonymity', 'not authorized to speak')."""
    return bool(AFTER_CUE_RE.match(text, c_end)
                or BEFORE_CUE_RE.search(text, max(0, c_start - 30), c_start))
