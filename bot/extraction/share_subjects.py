"""A share of people as the subject of a speech cue the noun-phrase rules cannot read:
'..., and more than 4 in 10 said the governor would be best', '..., compared with 64
percent who say the same of Doe'. Most often the second report of a poll's sentence,
after a first whose content would otherwise run on over it.

An ordered table of named rules (SHARE_SUBJECT_RULES), each a pattern matched at the
end of the text before the cue (its group 'subject' is the speaker phrase); tried
only when no other rule found a subject. Only speech cues (said, say, told ...): a
share's belief or finding is never read as said. The share is the statement's
subject; vetting leaves it unattributed (a share is no person). The rule's name is in
the statement's trace (`onrecord extract --explain`, 'span and kind').
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import words
from bot.extraction.named_patterns import NamedPattern

# Cues of speech only (no belief, finding or stance: 'think', 'found', 'believe').
SPEECH_ONLY = words("said say says saying told tell tells telling wrote write writes added "
                    "answered replied responded")
# How far back from the cue a share is looked for (characters).
TAIL = 60
# Words that may qualify a count: 'more than 4 in 10', 'nearly 40 percent'.
_QUALIFIER = (r"(?:(?:more|fewer|less)\s+than|nearly|almost|about|roughly|around|just|only"
              r"|over|under|some|barely)\s+")
_COUNT = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
# Adverbs between the subject (or its 'who') and the cue: '4 in 10 also said'.
_ADVERB = r"(?:(?:also|still|now|already|previously|instead)\s+)?"
# A word boundary before the share: start, space or an opening mark.
_BEFORE = r"(?:^|(?<=[\s(“\"—–]))"


# The rules, in order; each pattern is anchored at the end (right before the cue).
SHARE_SUBJECT_RULES: tuple[NamedPattern, ...] = (
    # 'N in 10' or 'N out of 10', with a qualifier, a plural noun or a relative 'who'
    # after it: 'and more than 4 in 10 said', 'while nine in 10 said', 'Six in 10
    # say', 'compared with four in 10 who said', 'three out of 10 voters told'. Source:
    # poll reporting style.
    NamedPattern("share-in-ten-subject", re.compile(
        _BEFORE + r"(?P<subject>(?:" + _QUALIFIER + r")?" + _COUNT
        + r"\s+(?:in|out\s+of)\s+" + _COUNT + r"(?:\s+[a-z]+s)?)"
        + r"(?:,?\s+who)?\s+" + _ADVERB + r"$", re.IGNORECASE)),
    # A percentage after a clause link or preposition the noun-phrase rules read as
    # a verb phrase: 'compared with 64 percent who say', 'while 38 percent said', 'to
    # 23 percent of Republicans who said'; a 'who' or a link before it is required, so
    # that 'sales rose 5 percent said' is no subject.
    NamedPattern("share-percent-subject", re.compile(
        r"(?:^|\b(?:with|to|while|whereas|and|but|against|versus|vs\.|from)\s+|,\s*)"
        r"(?P<subject>(?:" + _QUALIFIER + r")?\d{1,3}(?:\.\d+)?\s*(?:percent|per\s+cent|%)"
        r"(?:\s+of\s+(?:the\s+|those\s+)?[a-z]+(?:\s+[a-z]+)?)?)"
        r"(?:,?\s+who)?\s+" + _ADVERB + r"$", re.IGNORECASE)),
)


def share_subject(text: str, start: int, c_start: int,
                  cue: str) -> tuple[str, int, str] | None:
    """The share right before a speech cue (text[start:c_start] runs from the
    sentence start to the cue): (phrase, offset, rule name), or None."""
    if cue.lower() not in SPEECH_ONLY:
        return None
    begin = max(start, c_start - TAIL)
    if begin > start:  # the tail starts at a word
        begin = text.find(" ", begin, c_start) + 1 or c_start
    tail = text[begin:c_start]
    if not tail[-1:].isspace():
        return None
    for rule in SHARE_SUBJECT_RULES:
        m = rule.pattern.search(tail)
        if m:
            return m["subject"], begin + m.start("subject"), rule.name
    return None
