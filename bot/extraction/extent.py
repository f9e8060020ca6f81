"""Where reported contents start and end, across statements: rules that compare one
statement's content with the others of its article.

PolNeAR annotates a report inside a reported content only rarely (122 of 15,591 train
attributions): 'Analysts noted that the State has called on its followers to ...' is
the analysts' statement, its content the whole clause. When the extractor finds both
('noted' and 'called on'), one of them is a false positive. A report coordinated
after the content ('said he was "outraged", arguing that ...') is a statement of its
own, and the content before it ends there.
"""

from __future__ import annotations

import re

from bot.extraction.noun_reports import NOUN_REPORT
from bot.extraction.raw import Raw
from bot.extraction.reported import clause_span

# A clause link before a coordinated report: ', arguing', ', and he accused', '; she
# said', ', while Collins suggested'. Source: English clause coordination.
LINK_RE = re.compile(r"(?:,\s+(?:and|but|while|whereas)\b|,|;|\s(?:and|but|while|whereas)\b)")
# Words at most between the link and the next report's cue (its subject).
MAX_SUBJECT_WORDS = 8


def without_nested(text: str, raws: list[Raw]) -> list[Raw]:
    """Rule 'report-inside-a-content': a statement whose content holds another's ends
    before it when a clause link comes between (rule 'coordinated-report-ends-content':
    'said he was "outraged", arguing that ...' is two statements); else the one found
    with less confidence goes (a learned cue's statement before a rule's; of two rules'
    statements, the inner one). Quotations are left alone. Example: '... noted that the
    State has called on its followers to fight' keeps 'noted', drops 'called on'."""
    dropped: set[int] = set()
    for i, inner in enumerate(raws):
        held = None if inner.rule.startswith(NOUN_REPORT) else _holder(raws, i, dropped)
        if held is None:  # a noun report inside a content is its owner's ('hope to
            continue  # capitalize on Roe's suggestion that ...': noun_reports.py)
        outer, k = raws[held[0]], held[1]
        cut = _link(text, outer.spans[k][0], inner)
        end = clause_span(text, outer.spans[k][0], cut) if cut is not None else None
        if end is not None and end[0] < end[1]:
            outer.spans = [*outer.spans[:k], end]
            outer.chose("coordinated-report-ends-content")
        else:
            dropped.add(held[0] if _weaker(outer, inner) else i)
    return [r for k, r in enumerate(raws) if k not in dropped]


def _weaker(outer: Raw, inner: Raw) -> bool:
    """The outer statement goes: found with less confidence, or, of two found alike, a
    content before its cue holding a report ('Asked about the cuts, Roe declined')."""
    if outer.confidence != inner.confidence:
        return outer.confidence < inner.confidence
    return outer.cue_pos >= outer.spans[-1][1] and inner.cue_pos < outer.spans[-1][1]


def _holder(raws: list[Raw], i: int, dropped: set[int]) -> tuple[int, int] | None:
    """The index of a statement (not a quotation) whose content holds raws[i]'s, and
    the index of its span that does."""
    inner = raws[i]
    if inner.kind == "direct":
        return None
    a, b = inner.spans[0][0], inner.spans[-1][1]
    for j, outer in enumerate(raws):
        if j == i or j in dropped or outer.kind == "direct" or outer.para != inner.para:
            continue
        for k, (x, y) in enumerate(outer.spans):
            if x <= a and b <= y and (x, y) != (a, b):
                return j, k
    return None


def _link(text: str, start: int, inner: Raw) -> int | None:
    """Where the outer content ends before a report coordinated after it: the last
    clause link between the outer content's start and the inner cue, at most a subject
    before that cue; None for a report embedded in the content."""
    cue = inner.cue_pos if 0 <= inner.cue_pos < inner.start else inner.start
    if not start < cue:
        return None
    links = [m.start() for m in LINK_RE.finditer(text, start, cue)]
    if not links or links[-1] <= start:
        return None
    between = text[links[-1]:cue]
    words = [w for w in between.split() if w not in (",", ";")]
    return links[-1] if len(words) <= MAX_SUBJECT_WORDS + 1 else None
