"""A cue inside round brackets, or between two dashes, reports only what they hold.

'He tells crowds she may be charged over her server (the existence of which, many
Democrats say, shows her instincts hurting her).': the cue 'say' is in the writer's
aside, so what the Democrats say ends where the brackets do; the words outside are the
writer's ('He tells crowds she may be charged ...'). 'Politifact (which is not known as
partisan) examined the charge' and 'her ratings (as low as 19%, Roe says) hurt him'
give no content inside the brackets at all. A reported or partial content that runs
out of the brackets its cue stands in is ended at the brackets (content_cuts applies
bracketed_content, rule 'content-in-brackets'); one with fewer than MIN_WORDS words
left there is no statement (colon_leads.reports_nothing asks crosses_brackets).

The same for a dash aside ('He held up the sign — which read "Vote" — and waved it',
rule 'content-in-dashes'). Not read: a direct quotation (its marks bound it), a cue
outside brackets ('Roe said (in a statement) that the plan failed'), brackets that open
or close in another paragraph, an aside opened by 'as' ('Spicer -- as Roe's campaign
noted -- even promoted Doe': the cue reports the sentence around it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.cut_rules import ASIDE_DASH_RE
from bot.extraction.raw import Raw, clause_span

# The fewest words a content ended at the brackets keeps ('the existence of which ...
# represents ...'); fewer and the statement is dropped ('as partisan').
MIN_WORDS = 3
# An aside opened by 'as' ('Spicer -- as Roe's campaign noted -- even promoted Doe'):
# its cue reports the sentence around it, not the aside.
AS_ASIDE_RE = re.compile(r"\s*(?:[Aa]s|[Jj]ust\s+as)\s")
# A whole quotation in a content: its marks and the words between them.
QUOTATION_RE = re.compile(r"[“\"][^”\"]+[”\"]|''[^']+''")


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


def dashes_around(text: str, pos: int, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """(just after the dash, at the next dash) of a dash aside that holds pos in its
    sentence ('the sign — which read "Vote" — and waved it'): an odd number of dashes
    from the sentence's start to pos, and one more after pos in the sentence."""
    marks = list(ASIDE_DASH_RE.finditer(text, sentence[0], pos))
    if len(marks) % 2 == 0:
        return None
    closing = ASIDE_DASH_RE.search(text, pos, max(pos, sentence[1]))
    return (marks[-1].end(), closing.start()) if closing else None


def _brackets(text: str, pos: int, sentence: tuple[int, int]) -> tuple[int, int] | None:
    return brackets_around(text, pos)


# The asides a cue may stand in, in order: (rule name, where the aside's inside is).
ASIDE_RULES: tuple[tuple[str, Callable[[str, int, tuple[int, int]], tuple[int, int] | None]],
                   ...] = (
    # 'the server (the existence of which, many Democrats say, shows ...)'; not 'Roe
    # said (in a statement) that ...' (the cue outside), not '(as Roe said, ...)' (an
    # 'as' aside reports the sentence around it: AS_ASIDE_RE, for both rules).
    ("content-in-brackets", _brackets),
    # 'the sign — which read "Vote" — and waved it'; not 'the plan — Roe said — will
    # fail' with no second dash after the cue in the sentence, not 'Roe said that the
    # plan — a bad one — will fail' (the cue outside).
    ("content-in-dashes", dashes_around),
)


def _around_cue(text: str, raw: Raw) -> tuple[str, tuple[int, int]] | None:
    """The aside rule and the inside of the aside raw's cue stands in (a reported or
    partial statement's)."""
    if raw.kind == "direct" or raw.cue_pos < 0 or not raw.spans:
        return None
    for name, inside in ASIDE_RULES:
        found = inside(text, raw.cue_pos, raw.sentence)
        if found is not None and AS_ASIDE_RE.match(text, found[0]) is None:
            return name, found
    return None


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
    aside = _around_cue(text, raw)
    if aside is None:
        spans, rule, marks_only = _before_open(text, raw), "content-ends-before-brackets", False
    elif any(a < aside[1][0] or b > aside[1][1] for a, b in raw.spans):
        spans, rule = _clipped(text, raw, aside[1]), aside[0]
        marks_only = not _words_outside(text, raw, aside[1])
    else:
        return
    if spans and (marks_only or _enough(text, spans)):
        raw.spans = spans
        raw.chose(rule)


def _enough(text: str, spans: list[tuple[int, int]]) -> bool:
    """MIN_WORDS words, or a whole quotation ('mentions “classified emails”')."""
    words = " ".join(text[a:b] for a, b in spans)
    return len(words.split()) >= MIN_WORDS or QUOTATION_RE.search(words) is not None


def crosses_brackets(text: str, raw: Raw) -> bool:
    """raw's content still has words outside the brackets or dashes its cue stands in
    (too few were left inside to end it there): no statement."""
    aside = _around_cue(text, raw)
    return aside is not None and _words_outside(text, raw, aside[1])
