"""'Asked whether he would run, Roe said ...': the question put to a source.

PolNeAR counts the question of an opening 'Asked ...' phrase as an attribution of its
own, with no source (the asker is not named): 'Asked whether he was concerned, Ban
demurred' holds 'whether he was concerned'. Rule 'asked-opening-question': a sentence
opening with 'Asked', at most a short adverbial ('Tuesday', 'again', 'by a reporter'),
then a question word and its clause up to the comma. The statement names nobody and
leaves no state (like a learned one, resolve.py); the source's answer after the comma
is the other rules' business.
"""

from __future__ import annotations

import re

from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw
from bot.extraction.reported import clause_span

# 'Asked' opening the sentence, an optional short adverbial, a question word and its
# clause up to a comma. Source: news style ('Asked about X, Roe said ...').
ASKED_RE = re.compile(
    r"[\s\"“‘']*(Asked)\s+(?:(?:[A-Z]\w+|on\s+\w+|again|then|later|repeatedly|directly|"
    r"specifically|last\s+\w+|in\s+\w+|by\s+[^,]{1,40}?)\s+)?"
    r"((?:if|whether|what|about|why|how|who|which|when|where)\b[^,;:\n]{3,300}),")


def asked_question(text: str, sent: Sentence) -> Raw | None:
    """The question of the sentence's opening 'Asked ...,' phrase, or None."""
    m = ASKED_RE.match(text, sent.start, sent.end)
    if m is None or any(q.open_at < m.end(2) for q in sent.quotes):
        return None
    span = clause_span(text, m.start(2), m.end(2))
    raw = Raw("indirect", [span], sent.para, (sent.start, sent.end), cue=m[1],
              cue_pos=m.start(1), clause=text[sent.start:m.start(2)])
    raw.learned = True  # the asker is not named: nobody, and no state for the others
    return raw.chose("asked-opening-question")
