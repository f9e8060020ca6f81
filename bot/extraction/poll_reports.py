"""'In POLL, CONTENT': what a poll or survey found, opening the sentence.

'In the new Post-ABC poll, the mayor wins about 1 in 3 primary voters' reports what the
poll found as 'according to the poll' would: the poll is the source, the clause after
its comma the content, 'in' and the poll noun the cue ('in poll': a finding, bot.cues,
never shown as said). Rules, in the order they are tried (POLL_OPENING_RULES):

- in-poll-opening: 'In' (after at most a connective: 'But in ...') opens the sentence,
  then a noun phrase whose head is poll(s) or survey(s) ('the latest Fox poll', 'May's
  Tribune survey', 'recent polls'), then at most a short participle or time phrase and
  a comma ('released Sunday', 'conducted March 11-13').

Not when the words after the comma report on their own ('In a poll of voters, 46
percent said ...', 'In a survey, voters were asked ...': the cue there is the rules'),
nor for a phrase that only mentions polls on the way ('In states where exit polls
were conducted, ...', 'In a memo released as polls closed, ...'): the words before
the poll noun are a determiner, names and adjectives only.
"""

from __future__ import annotations

import re

# bot.cues imports the extraction lexicon: the module, not a name (as frames.py does).
from bot import cues
from bot.extraction.lexicon import words
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span

# A reported content has at least this many words (reported.MIN_CONTENT_WORDS).
MIN_CONTENT_WORDS = 3
# Lowercase words that stop a poll's noun phrase: a clause or another phrase has
# begun ('where exit polls', 'released as polls', 'of nine states').
NOT_IN_PHRASE = words("""where when which that who as while after before of for
with by on at from to in and or but than""")
# 'In' opening the sentence, the poll phrase (its head poll(s)/survey(s), up to 8
# words before it), a short tail without a comma ('released Sunday'), the comma.
# Source: news poll reporting.
IN_POLL_RE = re.compile(
    r"[\s\"“”]*(?:(?:But|And|So|Yet)\s+)?(?P<in>[Ii]n)\s+"
    r"(?P<src>(?:[\w'’./&-]+\s+){0,8}?(?P<cue>polls?|surveys?))\b"
    r"(?P<tail>[^,;:\n]{0,60}),\s+")
# A participle phrase of the poll after its comma: 'conducted in May,'.
POLL_PARTICIPLE_RE = re.compile(
    r"(?:conducted|taken|released|published|fielded)\b[^,;:\n]{0,50},\s+")
# What a word of the content may report for the content to be a report of its own.
OWN_REPORTS = frozenset(["speech", "finding"])


def _phrase_ok(src: str) -> bool:
    """The words before the poll noun open a noun phrase: none is a clause or
    preposition word."""
    return not any(w in NOT_IN_PHRASE for w in src.split()[:-1])


def _own_report(words: list[str]) -> bool:
    """A word of the content reports speech or a finding of its own ('46 percent
    said', 'voters were asked', 'the group found')."""
    return any(cues.report_kind(w.strip(",.;:").lower()) in OWN_REPORTS for w in words)


def _content_start(text: str, at: int, end: int) -> int:
    """Where the content starts after the poll's comma: past a participle phrase of
    the poll between commas ('In the latest poll, conducted in May, Roe led')."""
    m = POLL_PARTICIPLE_RE.match(text, at, end)
    return m.end() if m else at


def in_poll_opening(text: str, sent: Sentence) -> Raw | None:
    """Rule 'in-poll-opening' (see the module doc), or None."""
    m = IN_POLL_RE.match(text, sent.start, sent.end)
    if m is None or not _phrase_ok(m["src"]):
        return None
    span = clause_span(text, _content_start(text, m.end(), sent.end), sent.end)
    words = text[span[0]:span[1]].split()
    if len(words) < MIN_CONTENT_WORDS or _own_report(words):
        return None
    clause = text[sent.start:span[0]] + " " + text[span[1]:sent.end]
    return Raw("indirect", [span], sent.para, (sent.start, sent.end), cue=f"in {m['cue']}",
               cue_pos=m.start("in"), subject=m["src"], subject_pos=m.start("src"),
               clause=clause).chose("in-poll-opening")


POLL_OPENING_RULES = (("in-poll-opening", in_poll_opening),)
