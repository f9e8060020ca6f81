"""A report inside a relative clause whose pronoun is what was said: 'Roe's war vote,
which she has repeatedly said was a mistake, ...', 'a finish that he said defied
expectations', 'a strike that company executives said could affect earnings'. The
speaker is the relative clause's own subject; the content is the rest of the relative
clause after the cue (to its comma or the sentence's end).

An ordered table of named frames (OBJECT_RELATIVE_FRAMES), each a pattern matched at
the end of the text before the cue (group 'subject'), and a check that the words after
the cue go on as a verb phrase ('was a mistake', 'defied expectations', 'he would
make'); speech cues only (said, say, told ...). The frame's name is in the statement's
trace (`onrecord extract --explain`, 'span and kind').
"""

from __future__ import annotations

import re

from bot.extraction.named_patterns import NamedPattern
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span

# Cues of speech only: a belief ('which he thinks is wrong') is never shown as said.
SPEECH_CUES = frozenset(["said", "say", "says", "told", "wrote", "writes"])
# How far back from the cue the frame is looked for (characters).
TAIL = 80
# A content has at least this many words, as reported.py's ('was a mistake').
MIN_WORDS = 3
_NAME = r"(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+"
_PEOPLE = (r"(?:(?:some|many|other|company|campaign|party|state|federal|U\.S\.|senior)\s+)?"
           r"(?:officials|executives|experts|analysts|critics|aides|advisers|lawyers"
           r"|economists|scientists|historians|people|others|some|many)")
_ADVERBS = (r"(?:(?:has|have|had|previously|repeatedly|once|also|often|later|publicly"
            r"|privately|long|since)\s+)*")
# What follows the cue: a finite verb or auxiliary, a verb in -ed, or a pronoun and an
# auxiliary ('he would make').
VERB_AFTER_RE = re.compile(
    r"\s+(?:(?:he|she|they|it|we|i)\s+)?(?:is|was|are|were|has|had|have|will|would|could"
    r"|can|may|might|should|must|did|does|do|[a-z]+ed)\b")

# Where the relative clause ends: its comma ('which she has repeatedly said was a
# mistake, was a factor'); a dash does not end it ('which he said would be its lowest
# ever - and well below ...' is one content in PolNeAR).
RELATIVE_END_RE = re.compile(r",")


# The frames; each pattern is anchored at the end.
OBJECT_RELATIVE_FRAMES: tuple[NamedPattern, ...] = (
    # 'that/which' + a pronoun, a name or a plural of people + the cue: 'which she has
    # repeatedly said was a mistake', 'a finish that he said defied expectations', 'a
    # strike that company executives said could affect earnings'. Source: English
    # relative clauses with an embedded report.
    NamedPattern("relative-object-report", re.compile(
        r"\b(?:that|which)\s+(?P<subject>he|she|they|it|we|I|" + _NAME + "|" + _PEOPLE
        + r")\s+" + _ADVERBS + r"$")),
)


def object_relative(text: str, sent: Sentence, cue: str, c_start: int,
                    c_end: int) -> Raw | None:
    """The statement of a speech cue inside an object relative clause, or None."""
    if cue.lower() not in SPEECH_CUES or not VERB_AFTER_RE.match(text, c_end, sent.end):
        return None
    begin = max(sent.start, c_start - TAIL)
    tail = text[begin:c_start]
    for frame in OBJECT_RELATIVE_FRAMES:
        m = frame.pattern.search(tail)
        if m is None:
            continue
        end = RELATIVE_END_RE.search(text, c_end, sent.end)
        span = clause_span(text, c_end, end.start() if end else sent.end)
        if len(text[span[0]:span[1]].split()) < MIN_WORDS:
            return None
        clause = text[sent.start:span[0]] + " " + text[span[1]:sent.end]
        return Raw("indirect", [span], sent.para, (sent.start, sent.end), cue=cue,
                   cue_pos=c_start, subject=m["subject"],
                   subject_pos=begin + m.start("subject"), clause=clause).chose(frame.name)
    return None
