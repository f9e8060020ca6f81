"""'Boreing said the members will still meet, but said, "It's time ..."': reported
speech in the narration before a sentence's quotation.

The reported-speech rules read sentences without quotation marks; in a sentence with
one, the narration before it often reports something of its own before a second cue
brings in the quotation ('Clinton tweeted congratulations to Sanders, adding "..."',
'Albright urged women to vote for Clinton, saying, "..."'). Rule
'reported-before-quotation': the narration before the first quotation is read like a
sentence (reported.indirect); a statement with a subject before its cue is kept when a
speech verb after its content brings in the quotation, the content cut at the last
comma, colon or dash before that verb; where the learned cues already read the
narration, theirs stands. On train 28 statements, 19 right; without the second verb
the reading is right less than half the time (the quotation continues the content).
Rule 'reported-then-participle-quotation': 'CLAUSE, Roe said, adding, "..."': the
clause before a trailing cue is kept when a speech participle right after the cue
brings in the quotation (parentheticals.participle_aside).
Rule 'opening-participle-before-quotation': 'Noting that the mill had closed, Roe
added: "..."': an opening speech participle's report (opening_reports.py) ends at the
main clause's subject, before the quotation, so it is kept as it is.
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import SPEECH_VERBS
from bot.extraction.opening_reports import OPENING_REPORT_RULES
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, cue_pattern, find_cues, spans_overlap
from bot.extraction.reported import MIN_CONTENT_WORDS, clause_span, indirect

# ', adding, ' or ', saying: ' between a trailing cue and the quotation.
PARTICIPLE_BEFORE_QUOTE_RE = re.compile(r"\s*,\s*([a-z]+ing)\s*[,:]?\s*")
# Where the content stops before the second cue: its last comma, colon or dash.
STOPS = (",", ":", "—")
# The opening frames' names (opening_reports.py), kept before a quotation as they are.
OPENING_RULES = frozenset(name for name, _, _ in OPENING_REPORT_RULES)


def before_quotation(text: str, sent: Sentence, found: list[Raw],
                     learned: list[Raw]) -> list[Raw]:
    """The reported statements of the narration before the sentence's first quotation
    (found: the rules' statements of the sentence, learned: the learned cues'; a
    statement overlapping one of them is left out)."""
    if not sent.quotes or any(r.kind == "indirect" for r in found):
        return []
    first = sent.quotes[0].open_at
    if cue_pattern(SPEECH_VERBS).search(text, sent.start, first) is None:
        return []  # no speech verb before the quotation to bring it in (3 in 4 on train)
    found = found + learned
    head = Sentence(sent.start, first, sent.para, [])
    out = []
    for raw in indirect(text, head):
        if raw.rule in OPENING_RULES:  # 'Noting that ..., Roe added: "..."'
            if not any(spans_overlap(raw.spans, r.spans) for r in found):
                out.append(raw.chose("opening-participle-before-quotation"))
            continue
        if _content_before(text, raw, first):
            if not any(spans_overlap(raw.spans, r.spans) for r in found):
                out.append(raw.chose("reported-then-participle-quotation"))
            continue
        if raw.subject is None or raw.learned or raw.rule != "subject-cue-content":
            continue
        a = raw.spans[0][0]
        second = [c for c in find_cues(text, a, first, SPEECH_VERBS) if c[1] > raw.cue_pos]
        if not second:
            continue
        piece = text[a:second[0][1]]
        stop = max(piece.rfind(s) for s in STOPS)
        if stop <= 0:
            continue
        raw.spans = [clause_span(text, a, a + stop)]
        if len(text[raw.spans[0][0]:raw.spans[0][1]].split()) < MIN_CONTENT_WORDS or any(
                spans_overlap(raw.spans, r.spans) for r in found):
            continue
        out.append(raw.chose("reported-before-quotation"))
    return out


def _content_before(text: str, raw: Raw, first: int) -> bool:
    """Rule 'reported-then-participle-quotation': 'CLAUSE, Roe said, adding, "..."': the
    clause before the subject is reported, the participle right before the quotation
    (a speech verb) brings the quotation in."""
    if raw.subject is None or raw.learned or raw.rule != "content-then-subject-cue-participle":
        return False
    m = PARTICIPLE_BEFORE_QUOTE_RE.fullmatch(text, raw.cue_pos + len(raw.cue or ""), first)
    return m is not None and m[1].lower() in SPEECH_VERBS
