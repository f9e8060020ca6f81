"""'The House is expected to pass the bill': an expectation nobody is named to hold.

PolNeAR counts 'X is expected to ...' as an attribution with no source, its content
the whole clause, X included ('<<Obama is expected to join Clinton on the trail>>',
'..., <<which is expected to draw a large audience>>'). On train 52 of the 60 such
passives in narration are gold attributions. Rule 'expected-passive': one statement per
such clause, naming nobody (the holder of the view is not said), its cue the passive
('is expected', a belief: bot.cues.report_kind), leaving no state like a learned one.
The clause starts after the last comma, semicolon or clause word before the verb
('which' kept: it is the clause's subject) and ends at the next comma or the sentence end.
"""

from __future__ import annotations

import re

from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, close_end

# 'is expected to', 'are widely expected to': the passive and its infinitive.
EXPECTED_RE = re.compile(r"\b(is|are|was|were)\s+(?:(?:widely|generally|also|now|still|"
                         r"largely|not)\s+)?expected\s+to\b")
# Where the clause holding the passive starts: after punctuation or a conjunction, or at
# a relative pronoun (kept). Source: English clause structure.
CLAUSE_START_RE = re.compile(r"[,;:—–(]\s*|\b(?:and|but|because|while|although|as|if|"
                             r"when|since|so)\s+|(?=\b(?:which|who|that)\b)")
# A content shorter than this is no statement ('it is expected to').
MIN_WORDS = 4


def expected_statement(text: str, sent: Sentence) -> Raw | None:
    """The sentence's first 'X is expected to ...' clause outside quotation marks."""
    if text.find("expected", sent.start, sent.end) < 0:
        return None  # the pattern's one fixed word (a cheap test before the regex)
    m = EXPECTED_RE.search(text, sent.start, sent.end)
    if m is None or any(q.open_at < m.end() and m.start() < close_end(q) for q in sent.quotes):
        return None
    start = sent.start
    for b in CLAUSE_START_RE.finditer(text, sent.start, m.start()):
        start = b.end()
    comma = text.find(",", m.end(), sent.end)
    end = comma if comma >= 0 else sent.end
    span = (start + len(text[start:end]) - len(text[start:end].lstrip(" \"“")),
            end - (len(text[start:end]) - len(text[start:end].rstrip(" .;:"))))
    if len(text[span[0]:span[1]].split()) < MIN_WORDS or any(
            q.open_at < span[1] and span[0] < close_end(q) for q in sent.quotes):
        return None
    raw = Raw("indirect", [span], sent.para, (sent.start, sent.end),
              cue=f"{m[1]} expected", cue_pos=m.start(), clause="")
    raw.learned = True  # names nobody and leaves no state
    return raw.chose("expected-passive")
