"""A cue inside round brackets reports only what the brackets hold.

'He tells crowds she may be charged over her server (the existence of which, many
Democrats say, shows her instincts hurting her).': the cue 'say' is in the writer's
aside, so what the Democrats say ends where the brackets do; the words outside are the
writer's ('He tells crowds she may be charged ...'). 'Politifact (which is not known as
partisan) examined the charge' and 'her ratings (as low as 19%, Roe says) hurt him'
give no content inside the brackets at all. A reported or partial content that runs
out of the brackets its cue stands in is ended at the brackets (content_cuts applies
bracketed_content, rule 'content-in-brackets'); one with fewer than MIN_WORDS words
left there is no statement (colon_leads.reports_nothing asks crosses_brackets).

Not read: a direct quotation (its marks bound it), a cue outside brackets ('Roe said
(in a statement) that the plan failed'), brackets that open or close in another
paragraph.
"""

from __future__ import annotations

from bot.extraction.raw import Raw, clause_span

# The fewest words a content ended at the brackets keeps ('the existence of which ...
# represents ...'); fewer and the statement is dropped ('as partisan').
MIN_WORDS = 3


def brackets_around(text: str, pos: int) -> tuple[int, int] | None:
    """(just after '(', at ')') of the round brackets that hold pos in its paragraph:
    an opening bracket before pos with no closing one between, and a closing one after
    pos with no opening one between."""
    lo = text.rfind("\n", 0, pos) + 1
    opening = text.rfind("(", lo, pos)
    if opening < 0 or text.rfind(")", opening, pos) >= 0:
        return None
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    closing = text.find(")", pos, hi)
    if closing < 0 or text.find("(", pos, closing) >= 0:
        return None
    return opening + 1, closing


def _around_cue(text: str, raw: Raw) -> tuple[int, int] | None:
    """The brackets around raw's cue (a reported or partial statement's)."""
    if raw.kind == "direct" or raw.cue_pos < 0 or not raw.spans:
        return None
    return brackets_around(text, raw.cue_pos)


def _words_outside(text: str, raw: Raw, inside: tuple[int, int]) -> bool:
    """raw's content has a word outside the brackets (not only a bracket mark)."""
    lo, hi = inside
    outside = "".join(text[a:min(b, lo - 1)] + text[max(a, hi + 1):b] for a, b in raw.spans)
    return any(c.isalnum() for c in outside)


def _clipped(text: str, raw: Raw, inside: tuple[int, int]) -> list[tuple[int, int]]:
    lo, hi = inside
    spans = [clause_span(text, max(a, lo), min(b, hi)) for a, b in raw.spans
             if a < hi and b > lo]
    return [(a, b) for a, b in spans if a < b]


def _before_open(text: str, raw: Raw) -> list[tuple[int, int]]:
    """raw's spans ended before a '(' its last span opens and does not close, or []."""
    if raw.kind == "direct" or not raw.spans:
        return []
    a, b = raw.spans[-1]
    opening = text.rfind("(", a, b)
    if opening < 0 or text.find(")", opening, b) >= 0 or raw.cue_pos > opening:
        return []
    last = clause_span(text, a, opening)
    return [*raw.spans[:-1], last] if last[0] < last[1] else []


def bracketed_content(text: str, raw: Raw) -> None:
    """Rule 'content-in-brackets': a content that runs out of the brackets its cue
    stands in ends at them, when MIN_WORDS words or more are left inside or only a
    bracket mark is cut ('to "retire.")'). Rule 'content-ends-before-brackets': a
    content from a cue outside brackets that ends inside brackets it opens ('... her
    server (the existence of which', cut there by the cue inside them) ends before
    them, when MIN_WORDS words or more are left."""
    inside = _around_cue(text, raw)
    if inside is None:
        spans, rule, marks_only = _before_open(text, raw), "content-ends-before-brackets", False
    elif any(a < inside[0] or b > inside[1] for a, b in raw.spans):
        spans, rule = _clipped(text, raw, inside), "content-in-brackets"
        marks_only = not _words_outside(text, raw, inside)
    else:
        return
    if spans and (marks_only or sum(len(text[a:b].split()) for a, b in spans) >= MIN_WORDS):
        raw.spans = spans
        raw.chose(rule)


def crosses_brackets(text: str, raw: Raw) -> bool:
    """raw's content still has words outside the brackets its cue stands in (too few
    were left inside to end it there): no statement."""
    inside = _around_cue(text, raw)
    return inside is not None and _words_outside(text, raw, inside)
