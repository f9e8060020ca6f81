"""Parenthetical attributions: 'A, he said, B' (content on both sides of the cue), and
where a trailing cue's own aside begins ('CLAUSE, Roe said, adding that ...').

Used by reported.py once a cue's subject is found before it.
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import SKIPPABLE, SPEECH_VERBS, words
from bot.extraction.quotes import Sentence
from bot.extraction.raw import clause_span

# Words a head before a parenthetical cue has at least, unless SHORT_HEAD_VERB_RE.
MIN_HEAD_WORDS = 3
# A participle after the cue and a comma opens an aside of its own ('..., Roe said,
# adding that ...', '..., the paper reported, citing a source'): its words are not
# what the cue reported (participle_reports.py reads what the participle reports).
PARTICIPLE_ASIDE_RE = re.compile(r"\s*,\s*[a-z]{3,}ing\b")
# First words of an aside after a mid-sentence cue (', he said on Tuesday,').
PARENTHETICAL_OPENERS = SKIPPABLE | words("in on at to during after before via through "
                                          "from with about while last")
# The end of a parenthetical attribution: "..., he said on Tuesday, ...".
PARENTHETICAL_END_RE = re.compile(r"[^,.;:!?\"“”]{0,40},(?=\s)")  # not '125,000'
# A head of one or two words before a parenthetical cue is content only when the words
# after the cue go on with its verb ('This campaign, he says, is different.', 'The
# answer, Roe told them, was simple.'). Source: English auxiliaries and copulas.
SHORT_HEAD_VERB_RE = re.compile(r"\s*(?:is|are|was|were|will|would|has|have|had|can|could|"
                                r"should|may|might|must)\b")
# First words of an opening adverbial phrase ('At a rally in Macon, Roe called ...'):
# such a head is no first part of a content. Source: English prepositions and
# subordinators.
OPENING_WORDS = words("at in on after before during since with without when while as if "
                      "although though because despite rather just until unlike amid")


def participle_aside(text: str, sent: Sentence, subj: int,
                     cue_at: tuple[str, int, int]) -> bool:
    """Rule 'content-then-subject-cue-participle': 'CLAUSE, Roe said, adding that ...',
    'CLAUSE, the paper reported Tuesday, citing a source': after a speech verb and a
    short aside, a participle opens words of its own (participle_reports.py reads what
    it reports); the clause before the subject is what was said."""
    cue, _, c_end = cue_at
    head = text[sent.start:subj].rstrip()
    if cue.lower() not in SPEECH_VERBS or not head.endswith(",") or opening_phrase(head):
        return False
    comma = PARENTHETICAL_END_RE.match(text, c_end, sent.end)
    if comma is None or not PARTICIPLE_ASIDE_RE.match(text, comma.end() - 1, sent.end):
        return False
    between = text[c_end:comma.end() - 1].split()  # none, or an aside ('Tuesday in Paris')
    return not between or between[0][:1].isupper() or between[0].lower() in PARENTHETICAL_OPENERS


def opening_phrase(head: str) -> bool:
    """'At a rally that night in Macon,' before a subject: an opening adverbial, no
    first part of a content."""
    return head.split()[0].lower() in OPENING_WORDS and head.count(",") == 1


def parenthetical(text: str, sent: Sentence, subj: int,
                  c_end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'Many of the closures, he said, have involved ...': content on both sides."""
    head = text[sent.start:subj].rstrip()
    comma = PARENTHETICAL_END_RE.match(text, c_end, sent.end)
    if not head.endswith(",") or not comma:
        return None
    if len(head.split()) < MIN_HEAD_WORDS and not SHORT_HEAD_VERB_RE.match(
            text, comma.end(), sent.end):
        return None  # a short head only as the subject of what follows ('This plan, ...')
    if opening_phrase(head):
        return None  # 'At a rally that night in Macon, Roe called ...'
    if PARTICIPLE_ASIDE_RE.match(text, comma.end() - 1, sent.end):
        return None  # '..., the paper reported, citing a source': participle_aside
    tail = text[c_end:comma.end() - 1].split()
    if tail and not (tail[0][:1].isupper() or tail[0].lower() in PARENTHETICAL_OPENERS):
        return None  # ', Roe said he does not do them,': a reported clause, not an aside
    return clause_span(text, sent.start, subj), clause_span(text, comma.end(), sent.end)
