"""A mixed sentence split by its attribution (span rule 'attribution-splits-sentence'):
'Proposals so far, he added, amount to "tinkering around the edges."', '"Only you,"
she said, would use the occasion to ...', 'But "it is a better use of capital," he
added, to pursue a hybrid system.'

A speech cue and its subject stand between commas inside a sentence that holds a
quotation (parentheticals.parenthetical finds the two sides), and reporter's words
outside the marks carry the clause on one side or the other: the speaker is reported to
have said the whole clause, so the statement is one partial content of two fragments,
the join shown. The checks of SPLIT_CHECKS must all pass.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extraction.attribution import attribution_in
from bot.extraction.closing_attribution import ADJACENT_RE
from bot.extraction.lexicon import PARTIAL_ONLY_CUES, SPEECH_VERBS, words
from bot.extraction.parentheticals import (
    PARENTHETICAL_END_RE,
    PARENTHETICAL_OPENERS,
    PARTICIPLE_ASIDE_RE,
    opening_phrase,
)
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span, compile_cue_patterns, find_cues

SPLIT = "attribution-splits-sentence"
# Cues that attribute a quotation standing after them: speech verbs and the verbs of
# naming that take a quoted label ('called it "a disgrace"'); stance words do not ('was
# "stagnant" as donors waited', 'wants to stop policies that have a "dramatic" ...').
QUOTE_CUES = SPEECH_VERBS | PARTIAL_ONLY_CUES
compile_cue_patterns(QUOTE_CUES)  # compiled at import, like the module's other patterns
# Words that open an adjunct of the attribution after it, not the rest of the clause
# ('"...," Roe said, as the crowd cheered', '..., Roe said, in an interview').
# Source: English subordinators and prepositions.
ATTRIBUTION_ADJUNCTS = words("""as when while after before because since although though
in at on during according with without amid despite following until once where whereas
if via through""")
# Words that leave a clause open before a comma: an attribution after them ('who works
# for RT and, Roe said, has ...') is inside the clause that follows, not between the
# two parts of one. Source: English conjunctions and relatives.
OPEN_LINKS = words("and but or nor yet so that because if when while which who whom")
# Marks that open a quotation.
OPENING_MARKS_CHARS = "\"“'‘"

# Closing marks a head may end with after its comma ('"Only you," she said, ...').
CLOSING_MARKS = "\"”'’"

Span = tuple[int, int]


def _sides(text: str, sent: Sentence, subj: int, c_end: int) -> tuple[Span, Span] | None:
    """The two sides of 'A, he said, B' (as parentheticals.parenthetical reads them,
    with A allowed to end in a quotation's closing mark after its comma)."""
    head = text[sent.start:subj].rstrip().rstrip(CLOSING_MARKS)
    comma = PARENTHETICAL_END_RE.match(text, c_end, sent.end)
    if not head.endswith(",") or not comma or opening_phrase(head):
        return None
    if PARTICIPLE_ASIDE_RE.match(text, comma.end() - 1, sent.end):
        return None  # '..., Roe said, adding that ...': participle_reports.py
    tail = text[c_end:comma.end() - 1].split()
    if tail and not (tail[0][:1].isupper() or tail[0].lower() in PARENTHETICAL_OPENERS):
        return None  # ', Roe said he does not do them,': a reported clause, not an aside
    left = clause_span(text, sent.start, subj)
    a, b = clause_span(text, comma.end(), sent.end)
    return left, (a, a + len(text[a:b].rstrip()))


def _narration_before(text: str, sent: Sentence, left: Span, right: Span) -> bool:
    """The left side holds narration outside the marks ('Proposals so far, he added,
    ...'): not a quotation alone, which the attribution after it closes ('"We won," Roe
    said, as the crowd cheered'; direct.py joins a split quote '"A," she said, "B."')."""
    marks = "\"“”'’‘ ,.;:!?"
    inside = [(q.start, q.end) for q in sent.quotes]
    narration = "".join(text[x:y] for x, y in _outside(*left, inside))
    return bool(narration.strip(marks))


def _outside(a: int, b: int, inside: list[Span]) -> list[Span]:
    """The parts of a..b outside the quotations."""
    out, at = [], a
    for x, y in inside:
        if y <= at or x >= b:
            continue
        out.append((at, max(at, x)))
        at = max(at, y)
    return [*out, (at, b)] if at < b else out


def _no_cue_before(text: str, sent: Sentence, left: Span, right: Span) -> bool:
    """No speech or naming cue in the left side's narration: 'Roe called it "...,"
    Doe said, ...' is Roe's quotation."""
    inside = [(q.start, q.end) for q in sent.quotes]
    return not any(find_cues(text, x, y, QUOTE_CUES) for x, y in _outside(*left, inside))


def _closed_left(text: str, sent: Sentence, left: Span, right: Span) -> bool:
    """The left side does not end in a conjunction or a relative ('... for RT and, Roe
    said,') after other words; one opening the sentence ('But, he said, "..."') is the
    clause's own."""
    head = text[left[0]:left[1]].rstrip(CLOSING_MARKS + ",").split()
    return len(head) < 2 or head[-1].lower() not in OPEN_LINKS


def _goes_on(text: str, sent: Sentence, left: Span, right: Span) -> bool:
    """The right side carries the clause on in lower case, inside marks or not ('...,
    he said, amount to', '..., she said, "is very confident"'), and not with an adjunct
    of the attribution ('as the crowd cheered', 'in an interview'); a capital opens a
    sentence of its own ('Hours later, Roe said, "We won."')."""
    first = text[right[0]:right[1]].lstrip(OPENING_MARKS_CHARS).split(None, 1)[:1]
    return bool(first) and first[0][:1].islower() and first[0].lower() not in ATTRIBUTION_ADJUNCTS


Check = Callable[[str, Sentence, Span, Span], bool]
# What makes a sentence split by its attribution one partial statement, in order.
SPLIT_CHECKS: tuple[tuple[str, Check], ...] = (
    # Narration outside the marks before the attribution: not '"A," she said, ...'.
    ("narration-before-attribution", _narration_before),
    # The left side is not left open by a conjunction: 'who works for RT and, Roe
    # said, has ...' splits the relative clause, not the sentence.
    ("left-side-closed", _closed_left),
    # No cue of its own before the attribution: 'Roe called it "..."' is Roe's.
    ("no-cue-before-attribution", _no_cue_before),
    # The right side carries the clause on: '..., he said, amount to ...', not '...,
    # he said, as the crowd cheered'.
    ("clause-goes-on", _goes_on),
)


def _adjacent(text: str, found: Raw, start: int) -> bool:
    """The subject stands right before its cue ('he said', 'Roe later said') in the
    narration that starts at start."""
    if found.subject is None or not start <= found.subject_pos < found.cue_pos:
        return False
    end = found.subject_pos + len(found.subject)
    return ADJACENT_RE.fullmatch(text, end, found.cue_pos) is not None


def split_statement(text: str, sent: Sentence) -> Raw | None:
    """The partial statement of a sentence with quotations split by a parenthetical
    attribution ('A, he said, B'), or None."""
    if not sent.quotes or any(q.close_at is None for q in sent.quotes):
        return None
    inside = [(q.start, q.end) for q in sent.quotes]
    for a, b in _outside(sent.start, sent.end, inside):
        if "," not in text[a:b] or not find_cues(text, a, b):
            continue
        found = attribution_in(text, (a, b), trailing=True)
        if found is None or not _adjacent(text, found, a):
            continue
        sides = _sides(text, sent, found.subject_pos, found.cue_pos + len(found.cue or ""))
        if sides is None or not all(x < y for x, y in sides):
            continue
        if all(check(text, sent, *sides) for _, check in SPLIT_CHECKS):
            found.kind, found.para, found.sentence = "partial", sent.para, (sent.start, sent.end)
            found.spans = list(sides)
            found.clause = text[sides[0][1]:sides[1][0]]
            return found.chose(SPLIT)
    return None
