"""'It was reported that ...': a report whose speaker the sentence does not name.

PolNeAR counts 'it was revealed that CLAUSE', 'It's been reported that CLAUSE' as an
attribution with no source, its content the that-clause. The reporting rules read 'it'
as the subject of a passive cue and leave the statement out (collect.passive: the
subject of a passive is not who spoke). On train all 6 such passives of a speech verb
before 'that' in narration are gold attributions with no source. Rule
'it-passive-report': one statement, naming nobody, its cue the participle
('reported', speech: bot.cues.report_kind), its content the that-clause to the next
semicolon or the sentence end, leaving no state like a learned one. Beliefs and
findings ('it is believed that', 'it was found that') are left out: not said.
"""

from __future__ import annotations

import re

from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span, quoted

# The speech participles of the frame. Source: English news style ('it was widely
# reported that', 'it was later revealed that').
PARTICIPLES = ("reported", "revealed", "said", "announced", "alleged", "claimed",
               "rumored", "rumoured")
# 'It was reported', "it's been revealed", 'it has long been said': the auxiliary, one
# adverb at most, the participle, up to three words ('in March', 'last week'), 'that'.
# (A first letter then a look-behind, "[Ii](?<!\w[Ii])", is the \b before the word: the same
# matches, and the scan skips to the word's first letters, several times as fast.)
IT_PASSIVE_RE = re.compile(
    r"[Ii](?<!\w[Ii])t(?:\s+(?:is|was)|\s+(?:has|had)\s+(?:\w+\s+)?been|[’']s(?:\s+been)?)\s+"
    r"(?:\w+ly\s+)?(" + "|".join(PARTICIPLES) + r")\s+(?:[\w,.]+\s+){0,3}?that\s")
# Subordinators right before 'it': the frame opens a clause the main clause follows
# ('At a time when it was said that Democrats might never win again, Clinton proved
# ...'), and the content ends at the comma that closes it. Source: English subordinators.
SUBORDINATOR_BEFORE_RE = re.compile(r"\b(?:when|while|after|although|though|as|if|because|"
                                    r"since|before|until|once|whereas)\s+$", re.IGNORECASE)
# The rule's name: collect.passive lets its passive cue through (no subject to refuse).
IT_PASSIVE = "it-passive-report"
# A content shorter than this is no statement.
MIN_WORDS = 4


def it_passive_statement(text: str, sent: Sentence) -> Raw | None:
    """The sentence's first 'it was reported that CLAUSE' outside quotation marks."""
    if text.find("that", sent.start, sent.end) < 0:
        return None  # the pattern ends in 'that': most sentences have none (hot path)
    m = IT_PASSIVE_RE.search(text, sent.start, sent.end)
    if m is None or quoted(sent, m.start(), m.end()):
        return None
    span = clause_span(text, m.end() - len("that "), _end(text, sent, m.start(), m.end()))
    if len(text[span[0]:span[1]].split()) < MIN_WORDS or quoted(sent, *span):
        return None
    raw = Raw("indirect", [span], sent.para, (sent.start, sent.end), cue=m[1],
              cue_pos=m.start(1), clause=text[sent.start:span[0]] + " " + text[span[1]:sent.end])
    raw.learned = True  # names nobody and leaves no state
    return raw.chose(IT_PASSIVE)


def with_it_passive(text: str, sent: Sentence, found: list[Raw]) -> list[Raw]:
    """found with the sentence's 'it was reported that' statement, unless the frame is
    inside another statement's content ('Roe said it was reported that ...'); the cue
    read with 'it' as its subject goes (collect.passive would refuse it)."""
    raw = it_passive_statement(text, sent)
    if raw is None or any(a <= raw.cue_pos < b for f in found for a, b in f.spans):
        return found
    return [f for f in found if f.cue_pos != raw.cue_pos] + [raw]


def _end(text: str, sent: Sentence, start: int, after: int) -> int:
    """Where the that-clause ends: the next semicolon, or the next comma when the frame
    opens a subordinate clause, else the sentence end."""
    stops = [text.find(";", after, sent.end)]
    if SUBORDINATOR_BEFORE_RE.search(text, max(sent.start, start - 12), start):
        stops.append(text.find(",", after, sent.end))
    found = [at for at in stops if at >= 0]
    return min(found) if found else sent.end
