"""Other readings of a reported content's extent, for the learned cue model.

The rules read a content from its cue to the sentence's end. A stance's content is
often shorter: an object noun phrase ('endorsed Sanders in the primary, launched a
petition ...'), a clause ended by a comma or a conjunction. A passive cue's content
is its grammatical subject ('These proposals have been applauded by ...'). The
model scores each reading and keeps the likeliest.
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import BE_FORMS, SKIPPABLE, words
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw
from bot.extraction.reported import clause_span

# Punctuation that closes an object phrase or a clause. Source: English punctuation.
END_PUNCT_RE = re.compile(r"[,;:(—–]|\s-\s")
# Words that open a new clause after a content. Source: English conjunctions,
# relatives and subordinators.
CLAUSE_WORD_RE = re.compile(r"\s(?:and|but|while|which|who|whom|because|as|after|before|"
                            r"when|if|although|though|until|since|where|whereas)\s")
# A word and where it starts.
WORD_RE = re.compile(r"\S+")
# Forms of 'be' before a participle cue: a passive ('was introduced', 'are shared').
# What may stand between the auxiliary and the participle ('was not widely shared').
PASSIVE_GAP = SKIPPABLE | words("not widely long largely broadly roundly")


def variants(text: str, sent: Sentence, raw: Raw) -> list[tuple[str, list[tuple[int, int]]]]:
    """(name, spans) of each reading of raw's content; the first is raw's own."""
    out = [("whole", raw.spans)]
    if len(raw.spans) == 1 and raw.spans[0][0] > raw.cue_pos:
        a, b = raw.spans[0]
        for name, pattern in (("punct", END_PUNCT_RE), ("clause", CLAUSE_WORD_RE)):
            m = pattern.search(text, a + 1, b)
            if m:
                out.append((name, [clause_span(text, a, m.start())]))
    passive = _passive_subject(text, sent, raw.cue_pos)
    if passive:
        out.append(("passive", [passive]))
    seen: set[tuple[tuple[int, int], ...]] = set()
    kept = []
    for name, spans in out:
        key = tuple(spans)
        if key not in seen and all(x < y for x, y in spans):
            seen.add(key)
            kept.append((name, spans))
    return kept


def _passive_subject(text: str, sent: Sentence, cue_pos: int) -> tuple[int, int] | None:
    """The noun phrase before 'was/are ... CUE', back to a comma or the sentence start."""
    ws = [(m[0].lower(), m.start()) for m in WORD_RE.finditer(text, sent.start, cue_pos)]
    i = len(ws)
    while i > 0 and ws[i - 1][0] in PASSIVE_GAP and ws[i - 1][0] not in BE_FORMS:
        i -= 1
    if i == 0 or ws[i - 1][0] not in BE_FORMS:
        return None
    aux_at = ws[i - 1][1]
    start = max(text.rfind(",", sent.start, aux_at) + 1, sent.start)
    span = clause_span(text, start, aux_at)
    return span if span[0] < span[1] else None
