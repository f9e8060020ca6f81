"""'Asked whether he would run, Roe said ...': the question put to a source.

PolNeAR counts the question of an opening 'Asked ...' phrase as an attribution of its
own, with no source (the asker is not named): 'Asked whether he was concerned, Ban
demurred' holds 'whether he was concerned'. Rule 'asked-opening-question': a sentence
opening with 'Asked', at most a short adverbial ('Tuesday', 'again', 'by a reporter'),
then a question word and its clause up to the comma. The statement names nobody and
leaves no state (like a learned one, resolve.py); the source's answer after the comma
is the other rules' business. The same question after a passive or a subordinator is
read by the rules of QUESTION_FRAMES ('Roe was asked whether she would run', 'When
asked if he would endorse Doe, Roe ...'), first match wins.
"""

from __future__ import annotations

import re

from bot.extraction.forward import subject_after
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw
from bot.extraction.reported import clause_span

# 'Asked' opening the sentence, an optional short adverbial, a question word and its
# clause up to a comma. Source: news style ('Asked about X, Roe said ...').
ASKED_RE = re.compile(
    r"[\s\"“‘']*(Asked)\s+(?:(?:[A-Z]\w+|on\s+\w+|again|then|later|repeatedly|directly|"
    r"specifically|last\s+\w+|in\s+\w+|by\s+[^,]{1,40}?)\s+)?"
    r"((?:if|whether|what|about|why|how|who|which|when|where)\b[^,;:\n]{3,300}),")


# A short adverbial between 'asked' and the question ('by a caller', 'during a
# luncheon held by the Journal', 'in May', 'again').
ADVERBIAL = (r"(?:(?:by|during|in|at|on|at)\s+[^,;:\n]{1,60}?|again|repeatedly|directly|"
             r"later|then|last\s+\w+)")
# The question: a question word or 'to' (a request) and its clause up to punctuation.
QUESTION = r"((?:if|whether|what|about|why|how|who|which|when|where|to)\b[^,;:\n]{3,300}?)"
# The questions after a passive 'asked' ('Roe was asked whether ...', 'voters were
# asked who ...') and after a subordinator ('When asked if he would run, Roe ...').
# Source: news style.
# The question ends at a comma, semicolon, colon, question mark or the sentence's end
# (a period inside it is an abbreviation's: 'the U.S. Senate').
QUESTION_END = r"(?=[,;:!?]|[.\s]*$)"
PASSIVE_ASKED_RE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(asked)\s+(?:"
                              + ADVERBIAL + r"\s+)?" + QUESTION + QUESTION_END)
WHEN_ASKED_RE = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Ii]f|[Oo]nce)\s+(asked)\s+(?:"
                           + ADVERBIAL + r"\s+)?" + QUESTION + QUESTION_END)
QUESTION_FRAMES: list[tuple[str, re.Pattern[str]]] = [  # after ASKED_RE's rule
    ("asked-passive-question", PASSIVE_ASKED_RE),   # 'Roe was asked whether ...'
    ("asked-when-question", WHEN_ASKED_RE),         # 'When asked if ..., Roe ...'
]
# 'by' opening the adverbial between 'asked' and its question: the asker follows.
BY_RE = re.compile(r"\s+by\s+")
# What may stand between the asker and the question: nothing, or a time phrase.
ASKER_END_RE = re.compile(r"\s*(?:(?:on|in|last|this)\s+\w+\s*)?$")
# Rule 'asked-by-asker' (--explain): the asker named after 'by' is the speaker.
ASKED_BY = "asked-by-asker"
# The names of the rules: their questions are put by nobody named, so a passive
# 'was asked' before them takes nothing from them (collect.passive).
QUESTION_RULES = ("asked-opening-question", *(name for name, _ in QUESTION_FRAMES))


def asked_question(text: str, sent: Sentence) -> Raw | None:
    """The question of the sentence's opening 'Asked ...,' phrase, or of a passive or
    subordinate 'asked' (QUESTION_FRAMES), or None."""
    m = ASKED_RE.match(text, sent.start, sent.end)
    if m is not None:
        return _question(text, sent, m, "asked-opening-question")
    if text.find("asked ", sent.start, sent.end) < 0:
        return None
    for name, pattern in QUESTION_FRAMES:
        m = pattern.search(text, sent.start, sent.end)
        if m is not None:
            return _question(text, sent, m, name)
    return None


def _question(text: str, sent: Sentence, m: re.Match[str], rule: str) -> Raw | None:
    """The question m found (group 2), its cue (group 1); None inside a quotation."""
    if any(q.open_at < m.end(2) and m.start(1) < q.end for q in sent.quotes):
        return None
    span = clause_span(text, m.start(2), m.end(2))
    raw = Raw("indirect", [span], sent.para, (sent.start, sent.end), cue=m[1],
              cue_pos=m.start(1), clause=text[sent.start:m.start(2)])
    raw.learned = True  # no state for the others; the asker only when named by 'by'
    asker = _asker(text, m.end(1), m.start(2))
    if asker is not None:  # a named asker is a speaker of the article like any other
        raw.subject, raw.subject_pos = asker
        raw.learned = False
        raw.chose(rule)
        return raw.chose(ASKED_BY)
    return raw.chose(rule)


def _asker(text: str, after: int, question: int) -> tuple[str, int] | None:
    """'asked by Matt Lauer whether ...', 'asked by a reporter if ...': the phrase after
    'by' (forward.subject_after) that reaches the question, or a time word before it
    ('asked by Ingraham on Thursday about ...')."""
    by = BY_RE.match(text, after, question)
    if by is None:
        return None
    found = subject_after(text[by.end():question], by.end())
    if found is None or not ASKER_END_RE.match(text, found[1] + len(found[0]), question):
        return None
    return found
