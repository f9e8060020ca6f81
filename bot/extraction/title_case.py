"""'Bernie Sanders Says He's Already Started Writing His Inaugural Address': a cue in a
headline-case line.

Headlines and a live blog's entry titles capitalise every word, so the rules, which read
a cue only in lower case ('says') and leave context cues ('Backs', 'Sees') to the learned
model, miss them. Rule 'title-case-cue': in a line with no rule statement whose
words are capitalised, the first reporting cue after the opening words ('Says', 'Calls
For', 'Just Revealed', 'Endorses') splits it into a source (the words before, a short
capitalised phrase) and a content (the words after, up to a dash, a comma or a second
verb joined by 'And'). Like a headline statement it names only a speaker the body's rule
statements name and leaves no state (raw.learned).
"""

from __future__ import annotations

import re

from bot.extraction.clause_cues import clause_cue
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw
from bot.extraction.stance import REPORTING_CUES

# A word of the line: letters with inner apostrophes, periods or hyphens.
WORD_RE = re.compile(r"[A-Za-z][\w.'’-]*")
# A line is headline case when this share of its longer words (4 letters or more) is
# capitalised, and it has at least MIN_LINE_WORDS words.
CAPITALISED_SHARE = 0.75
MIN_LINE_WORDS = 4
# A source is one to this many capitalised words ('Conservative Icon Morton Blackwell').
MAX_SOURCE_WORDS = 6
# Adverbs between the source and its cue ('Kasich Just Revealed').
CUE_ADVERBS = frozenset(["just", "also", "now", "again", "finally", "reportedly"])
# Particles that belong to the cue ('Calls For', 'Responds To', 'Calls Out').
PARTICLES = frozenset(["for", "out", "to", "on", "about", "off", "back"])
# Lowercase words allowed inside a source ('Secretary of State', 'Jeb Bush Super PAC').
SOURCE_PARTICLES = frozenset(["of", "de", "van", "von", "the", "and"])
# Where a headline content stops: a dash, a comma, a colon, a second verb joined by
# 'And' or 'But' ('Backs Trump And Denounces Clinton').
CONTENT_END_RE = re.compile(r"\s[–—-]\s|[,;:|]|\s(?:And|But)\s|\.\s*$")


def is_title_case(line: str) -> bool:
    """Most longer words capitalised: 'Zoe Saldana Responds To Anti-Immigrant Hate'."""
    words = WORD_RE.findall(line)
    longer = [w for w in words if len(w) >= 4]
    return len(words) >= MIN_LINE_WORDS and bool(longer) and sum(
        w[0].isupper() for w in longer) >= CAPITALISED_SHARE * len(longer)


def title_case_statement(text: str, sent: Sentence) -> Raw | None:
    """The 'SOURCE Says CONTENT' statement of a headline-case sentence, or None."""
    start = _after_label(text, sent.start, sent.end)
    if sent.quotes or not is_title_case(text[start:sent.end]):
        return None
    words = list(WORD_RE.finditer(text, start, sent.end))
    for k, m in enumerate(words[1:MAX_SOURCE_WORDS + 2], start=1):
        low = m[0].lower()
        if low in CUE_ADVERBS or low not in REPORTING_CUES or not _finite(low):
            continue
        if words[k - 1][0].endswith(("'s", "’s", "'", "’")) or clause_cue(
                text, start, m[0], m.start(), m.end()):
            return None  # 'Clinton's Attacks On Trump': a noun; 'Roe Reported From Rome'
        source = words[:k]
        while source and source[-1][0].lower() in CUE_ADVERBS:
            source.pop()
        if not source or len(source) > MAX_SOURCE_WORDS or not all(
                w[0][0].isupper() or w[0] in SOURCE_PARTICLES for w in source):
            return None
        cue_end = m.end()
        if k + 1 < len(words) and words[k + 1][0].lower() in PARTICLES:
            cue_end = words[k + 1].end()
        return _statement(text, sent, source[0].start(), source[-1].end(), m.start(), cue_end)
    return None


def _finite(word: str) -> bool:
    """'Says', 'Calls', 'Revealed', 'Said': a verb heading its clause, not 'Saying'."""
    return word.endswith(("s", "ed")) or word in ("said", "told", "wrote", "thought")


def _after_label(text: str, start: int, end: int) -> int:
    """Past a short label ending in a colon or a dash ('Wow:', 'Watch -')."""
    m = re.match(r"[^:–—]{1,20}(?::|\s[–—-])\s+", text[start:end])
    return start + m.end() if m else start


def _statement(text: str, sent: Sentence, s_start: int, s_end: int, c_start: int,
               cue_end: int) -> Raw | None:
    stop = CONTENT_END_RE.search(text, cue_end, sent.end)
    end = stop.start() if stop else sent.end
    begin = cue_end + len(text[cue_end:end]) - len(text[cue_end:end].lstrip())
    end = begin + len(text[begin:end].rstrip(" ."))
    if end <= begin:
        return None
    raw = Raw("indirect", [(begin, end)], sent.para, (sent.start, sent.end),
              cue=" ".join(text[c_start:cue_end].split()), cue_pos=c_start,
              subject=text[s_start:s_end], subject_pos=s_start, clause=text[s_start:cue_end])
    raw.learned = True  # names only a speaker the body's rules name; no state
    return raw.chose("title-case-cue")
