"""A cue inside a wh-clause that is the sentence's subject: 'What Roe considers "fair"
might be seen by others as evasive', 'How Roe answers that question will decide the
race', 'The question of whether anyone issued an order has loomed over the inquiry'.

The wh-word ('what', 'how', 'whether') is the cue's object or an adverb of it, and the
clause is the subject of the sentence's main verb, which comes after the cue: the words
after the cue run on into the reporter's predicate ('"fair" might be seen by others as
evasive'), and nothing marks where the reported clause ends. The verb rules, the
partial quotations and the learned cues store no statement there (clause_cues frame
'wh-subject-cue'): a statement not stored is better than one that puts the reporter's
words in the speaker's mouth.

Not read: a question ('What do you think of the plan?', 'How does Roe see it?': an
auxiliary right after the wh-word), a pseudo-cleft whose copula follows the cue ('What
Roe said was that ...': what follows the copula is what was said), a wh-clause after a
verb ('Roe explained how she would vote', the object), an aside mark between the
sentence's start and the cue ('What matters, Roe said, is ...').
"""

from __future__ import annotations

import re

from bot.extraction.subject_relatives import ASIDE_MARKS_RE

# An opening conjunction or adverb a subject may follow ('But what Roe decides ...').
OPENING = r"^[^\w]*(?:(?:But|And|Yet|So|Still|Now)\s+)?"
# Auxiliaries right after the wh-word make a question ('How do you think ...').
# Source: English auxiliaries.
QUESTION_AUX = (r"(?:do|does|did|is|are|was|were|will|would|can|could|should|shall|might|"
                r"may|must|has|have|had|about|if)\b")
# 'What', 'How', 'Why', 'Whether' or 'Whatever' opening the sentence, not a question.
WH_OPENING_RE = re.compile(OPENING + r"(?i:what|how|why|whether|whatever)\s+(?!"
                           + QUESTION_AUX + r")")
# An opening noun phrase ('The question', 'That sort of sharp difference') of up to
# five more words, a preposition and a wh-word: 'The question of whether ...', 'The
# gap between what ...'. Source: English determiners and prepositions.
NOUN_OF_WH_RE = re.compile(OPENING + r"(?:The|A|An|That|This|Those|These|His|Her|Their|Its|"
                           r"Our)\s+(?:[a-z][\w'’-]*\s+){0,5}(?:of|about|over|between|on)\s+"
                           r"(?:what|how|why|whether|whatever)\s+(?!" + QUESTION_AUX + r")")
# Verb forms among the noun phrase's words: no opening noun phrase then ('The report
# was released amid concern about how ...'). Source: English auxiliaries.
VERB_WORD_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|"
                          r"might|[a-z]{3,}ed)\b")
# A copula right after the cue, or after an adverb: a pseudo-cleft ('What Roe said was
# that ...', 'What Roe has seen instead are the charts'); not after another word ('What
# Roe calls fair is ...': the label runs into the predicate). Source: English adverbs.
COPULA_AFTER_RE = re.compile(r"(?:\s+(?:[a-z]+ly|instead|also|now|then|too|first|most))?"
                             r"\s+(?:is|are|was|were)\b")
# A wh-word inside the clause: the cue's own clause when it opens no coordinate ('over
# whether the school is what its students have called a "scam"': the label's, read by
# the verb rules); 'and how experts say' goes on the opening clause.
INNER_WH_RE = re.compile(r"(?<!\band )(?<!\bor )\b(?:what|how|why|whether|whatever)\b")
# Enough text after a noun cue to hold its preposition and wh-word.
NOUN_TAIL = 40
# The most words from the wh-word to the cue ('how experts say', 'what Roe says her
# plan would do and how experts say').
MAX_CLAUSE_WORDS = 14


def wh_subject(text: str, start: int, c_start: int, c_end: int) -> bool:
    """The cue (c_start to c_end) is in a wh-clause that opens the sentence at start,
    or follows its opening noun phrase and a preposition, with no aside mark before the
    cue and no copula after it; or the cue is that noun phrase's ('The question of
    whether ...', a noun the learned cues read)."""
    noun = NOUN_OF_WH_RE.match(text[start:c_end + NOUN_TAIL])
    if noun is not None and c_end <= start + noun.end():
        return _no_verb(text[start:start + noun.end()])
    head = text[start:c_start]
    if ASIDE_MARKS_RE.search(head) or COPULA_AFTER_RE.match(text, c_end):
        return False
    m = WH_OPENING_RE.match(head) or NOUN_OF_WH_RE.match(head)
    if m is None or not _no_verb(head[:m.end()]) or INNER_WH_RE.search(head, m.end()):
        return False
    return len(head[m.end():].split()) + 1 <= MAX_CLAUSE_WORDS


def _no_verb(opening: str) -> bool:
    """No verb form in the words up to the wh-word: the clause is an opening subject's
    ('The report was released amid concern about how ...' is not)."""
    return VERB_WORD_RE.search(opening) is None
