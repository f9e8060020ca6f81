"""A sentence that runs on from its last quotation to an attribution closing it (span
rule 'quotation-runs-on-to-attribution'): '"We are frustrated and horrified" by the
shooting at the club, Roe said.', 'Doe has been "arbitrarily detained" by Britain since
2010, the panel says.'

The quoted words end mid-clause (no comma or stop before the closing mark) and the
reporter's words carry the same clause on to a comma and the attribution: the speaker
is reported to have said the whole clause, quotation and narration, so it is one
partial statement from the sentence's start to that comma, not a direct quote of the
marked words alone (PolNeAR's gold reads them so). The checks of RUN_ON_CHECKS must
all pass; an attribution that does not close the sentence (closing_attribution's
refusals) leaves the sentence to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.attribution import attribution_in
from bot.extraction.closing_attribution import CLOSING_ATTRIBUTION, MIXED_AFTER, refusal
from bot.extraction.quotes import MARK_RE, Quote, Sentence
from bot.extraction.raw import Raw, clause_span, find_cues
from bot.extraction.split_attribution import QUOTE_CUES, SPLIT, split_statement
from bot.models import Article

RUN_ON = "quotation-runs-on-to-attribution"
# Marks that end a quoted clause or sentence before its closing mark ('"...," Roe said').
CLAUSE_END_MARKS = ",.;:!?…"
# A quotation mark right before a quotation's first character.
MARKS_BEFORE_RE = re.compile(MARK_RE.pattern + "$")


def _no_cue_before(text: str, sent: Sentence, last: Quote, comma: int) -> bool:
    """No speech or naming cue (QUOTE_CUES) in the narration before the closing
    mark: a cue there ('Roe called it "..." after the vote, Doe said') attributes the
    quotation itself."""
    starts = [sent.start] + [q.close_at + q.close_len if q.close_at else q.end
                             for q in sent.quotes[:-1]]
    gaps = zip(starts, [q.open_at for q in sent.quotes], strict=True)
    return not any(find_cues(text, a, b, QUOTE_CUES) for a, b in gaps if a < b)


def _open_clause(text: str, sent: Sentence, last: Quote, comma: int) -> bool:
    """The quoted words end mid-clause: no comma or stop before the closing mark."""
    return text[last.start:last.end].rstrip()[-1:] not in CLAUSE_END_MARKS


def _narration_follows(text: str, sent: Sentence, last: Quote, comma: int) -> bool:
    """A lower-case word right after the closing mark carries the clause on ('"..." by
    the shooting'), and more than the attribution stands before the comma."""
    after = text[(last.close_at or last.end) + last.close_len:comma].split()
    return bool(after) and after[0][:1].islower() and after[0][:1].isalpha()


Check = Callable[[str, Sentence, Quote, int], bool]
# What makes a sentence one run-on partial statement, in the order tested.
RUN_ON_CHECKS: tuple[tuple[str, Check], ...] = (
    # The quoted words stop mid-clause: '"We are frustrated" by ...', not '"We are
    # frustrated," Roe said, adding ...' (a direct quote, then narration).
    ("quote-ends-mid-clause", _open_clause),
    # Narration continues the clause after the mark: '" by the shooting', not '" the
    # man shouted' (the attribution itself right after the mark).
    ("narration-follows-quote", _narration_follows),
    # No cue of its own before the quotation: 'Roe called it "..."' is Roe's.
    ("no-cue-before-quote", _no_cue_before),
)


def run_on_statement(text: str, sent: Sentence) -> Raw | None:
    """The partial statement of a sentence that runs on from its last quotation to a
    comma and an attribution closing it, or None."""
    last = sent.quotes[-1] if sent.quotes else None
    if last is None or last.close_at is None:
        return None
    end = last.close_at + last.close_len
    if not text[end:sent.end].lstrip()[:1].islower():  # what every run-on needs: cheap
        return None
    found = attribution_in(text, (end, sent.end), trailing=True)
    if found is None or found.subject is None:
        return None
    first = min(found.cue_pos, found.subject_pos)
    comma = text.rfind(",", end, first) if first >= end else -1
    if comma < 0 or text[comma + 1:first].strip():
        return None  # no comma right before the attribution
    if not all(check(text, sent, last, comma) for _, check in RUN_ON_CHECKS):
        return None
    if refusal(text, sent.start, comma, sent.end, found):
        return None
    found.kind, found.para, found.sentence = "partial", sent.para, (sent.start, sent.end)
    found.spans = [clause_span(text, sent.start, comma)]
    found.clause = text[comma:sent.end]
    return found.chose(RUN_ON)


def mixed_statement(text: str, sent: Sentence) -> Raw | None:
    """The one partial statement of a sentence with quotations that its attribution
    closes after the sentence runs on (run_on_statement) or splits in two
    (split_attribution.split_statement), or None."""
    return run_on_statement(text, sent) or split_statement(text, sent)


# Rules of a mixed sentence's one statement, attributed after or around its quotation:
# the speaker's quotation may go on in the next sentence ('Teachers "get why ...,"
# Roe said. "B."').
MIXED_RULES = (RUN_ON, SPLIT, CLOSING_ATTRIBUTION, MIXED_AFTER)


def carried_on(raw: Raw) -> bool:
    """A statement the next unattributed quotation of its paragraph may carry on: a
    direct quote, or a mixed sentence's statement ('"..." by the shooting, Roe said.
    "..."')."""
    return raw.kind == "direct" or any(rule in raw.rule for rule in MIXED_RULES)


def goes_on_from(text: str, prev: Raw, raw: Raw) -> bool:
    """A paragraph that is only a quotation may go on with prev (resolve.py): a direct
    quote, or a mixed statement by a quotation closed in its paragraph (one running
    on over paragraphs cannot be shown balanced after the narration)."""
    one_para = "\n" not in text[raw.spans[0][0]:raw.spans[-1][1]]
    return prev.kind == "direct" or (carried_on(prev) and one_para and not raw.unclosed)


def with_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotation spans widened over their own marks: a quotation carrying on a mixed
    statement keeps them in its text ('... a “change agent,” “That’s exactly ...”')."""
    out = []
    for a, b in spans:
        opening = MARKS_BEFORE_RE.search(text[max(0, a - 2):a])
        closing = MARK_RE.match(text, b)
        out.append((a - len(opening[0]) if opening else a, closing.end() if closing else b))
    return out


def follows_on(article: Article, prev: Raw, raw: Raw, named: bool) -> bool:
    """A paragraph that is nothing but a quotation, right after a paragraph quoting
    the previous speaker (named: a name resolved), goes on with the same remarks
    ('"A," she said. / "B."'; resolve.py extends the statement)."""
    if raw.kind != "direct" or not goes_on_from(article.text, prev, raw) or raw.cue:
        return False
    if raw.subject or raw.para != prev.para + 1 or not named:
        return False
    para, text = article.paragraphs[raw.para], article.text
    ends = [para.start] + [b for _, b in raw.spans]
    starts = [a for a, _ in raw.spans] + [para.end]
    # every word outside the quotation counts, between its parts too ('"A," said Will
    # Doyle, a professor at ... "B."' is no quotation alone: not the previous speaker's)
    outside = " ".join(text[b:a] for b, a in zip(ends, starts, strict=True))
    return not outside.strip(" \n\"“”'‘’.,")


def quotation_only(text: str, raw: Raw) -> bool:
    """raw's sentence is nothing but its quotation: no word outside its spans."""
    outside = text[raw.sentence[0]:raw.spans[0][0]] + text[raw.spans[-1][1]:raw.sentence[1]]
    return not any(ch.isalnum() for ch in outside)


def may_carry_on(text: str, prev: Raw, cur: Raw) -> bool:
    """prev may be carried on by the unattributed quotation cur: a direct quote, or a
    mixed sentence's statement by a sentence that is only a quotation, the very next
    (not one a few sentences on: '..., Cruz said, called it "...". [narration] "Thou
    shall ..."', nor narration with a quotation: 'When in fact, "Spanish" should ...')."""
    if prev.kind == "direct":
        return True
    return (carried_on(prev) and not text[prev.sentence[1]:cur.sentence[0]].strip()
            and quotation_only(text, cur) and not cur.unclosed)
