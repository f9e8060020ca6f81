"""'The House is expected to pass the bill': an expectation nobody is named to hold;
'Some advisers are said to be urging ...': a report nobody is named to have made.

PolNeAR counts 'X is expected to ...' as an attribution with no source, its content
the whole clause, X included ('<<Obama is expected to join Clinton on the trail>>',
'..., <<which is expected to draw a large audience>>'). On train 52 of the 60 such
passives in narration are gold attributions. Rule 'expected-passive': one statement per
such clause, naming nobody (the holder of the view is not said), its cue the passive
('is expected', a belief: bot.cues.report_kind), leaving no state like a learned one.
The clause starts after the last comma, semicolon or clause word before the verb
('which' kept: it is the clause's subject) and ends at the next comma, semicolon,
closing parenthesis or the sentence end.
"""

from __future__ import annotations

import re

from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, quoted, spans_overlap

# 'is expected to', 'are widely expected to', 'was said to': the passive and its
# infinitive. (The first letter then a look-behind is the \b before the word: the same
# matches, and the scan skips to the word's first letters, several times as fast.)
EXPECTED_RE = re.compile(r"([iaw](?<!\w[iaw])(?:(?<=i)s|(?<=a)re|(?<=w)(?:as|ere)))\s+"
                         r"(?:(?:widely|generally|also|now|still|"
                         r"largely|not)\s+)?(expected|said|reported|rumou?red|alleged)\s+to\b")
# The rule of each participle: an expectation, else a report ('Some advisers are said
# to be urging the governor to pay': PolNeAR's <<Some advisers … to be urging ...>>,
# no source; on train 5 of the 6 such passives are gold attributions).
RULES = {"expected": "expected-passive"}
SAID_TO = "said-to-passive"
# Where the clause holding the passive starts: after punctuation (not a number's comma:
# '170,000 Iowans') or a conjunction, or at a relative pronoun (kept). Source: English
# clause structure.
CLAUSE_START_RE = re.compile(r",(?!\d)\s*|[;:—–(]\s*|\b(?:and|but|because|while|although|as|if|"
                             r"when|since|so)\s+|(?=\b(?:which|who|that)\b)")
# Where the clause ends: a comma, a semicolon or a closing parenthesis ('(he was said
# to have been handed every telegram); and ...').
CLAUSE_END_RE = re.compile(r"[,;)]")
# A content shorter than this is no statement ('it is expected to').
MIN_WORDS = 4


def expected_statement(text: str, sent: Sentence) -> Raw | None:
    """The sentence's first 'X is expected to ...' clause outside quotation marks."""
    if text.find(" to ", sent.start, sent.end) < 0:
        return None  # the pattern's one fixed word (a cheap test before the regex)
    m = EXPECTED_RE.search(text, sent.start, sent.end)
    if m is None or quoted(sent, m.start(), m.end()):
        return None
    start = sent.start
    for b in CLAUSE_START_RE.finditer(text, sent.start, m.start()):
        start = b.end()
    stop = CLAUSE_END_RE.search(text, m.end(), sent.end)
    end = stop.start() if stop else sent.end
    span = (start + len(text[start:end]) - len(text[start:end].lstrip(" \"“")),
            end - (len(text[start:end]) - len(text[start:end].rstrip(" .;:"))))
    if len(text[span[0]:span[1]].split()) < MIN_WORDS or quoted(sent, *span):
        return None
    raw = Raw("indirect", [span], sent.para, (sent.start, sent.end),
              cue=f"{m[1]} {m[2]}", cue_pos=m.start(), clause="")
    raw.learned = True  # names nobody and leaves no state
    return raw.chose(RULES.get(m[2], SAID_TO))


def with_expected(text: str, sent: Sentence, found: list[Raw]) -> list[Raw]:
    """found with the sentence's passive statement: an expectation when no statement
    of found overlaps it; a report ('are said to') unless it is inside another
    statement's content ('Roe said the bill was said to be dead'), and then the
    statements read inside its clause go ('Some advisers' as the subject of 'urging')."""
    raw = expected_statement(text, sent)
    if raw is None:
        return found
    if raw.rule == SAID_TO:
        if any(a <= raw.cue_pos < b for f in found for a, b in f.spans):
            return found
        return [f for f in found if not spans_overlap(raw.spans, f.spans)] + [raw]
    return found if any(spans_overlap(raw.spans, f.spans) for f in found) else [*found, raw]
