"""What may follow a cue at the end of 'CLAUSE, X said ...' for the clause before the
subject to be what X said (reported.py's content-then-subject-cue): an adverbial
('said in a statement', 'said Thursday'), not the cue's object ('Mexico said enough',
'organizers added 160 guards').
"""

from __future__ import annotations

import re

# bot.cues imports the extraction lexicon: the module, not a name (as reported.py does).
from bot import cues
from bot.extraction.content_start import OBJECT_CUES
from bot.extraction.lexicon import OBJECT_PREPOSITIONS, SKIPPABLE, words
from bot.extraction.summary_cuts import SUMMARY_RE

# Trailing adverbials after a final "X said" ("in a statement", "on Tuesday"); a show's
# title in marks among them ('said on MSNBC’s “Morning Joe.”': titles.py made it narration).
TAIL_RE = re.compile(r"^[\s\w,.'’“”\"-]{0,60}[.!?]?[”\"]?\s*$")
# Words that open such an adverbial: prepositions, time and manner words ('said in a
# statement', 'said Thursday', 'said again'). Source: English prepositions.
TAIL_OPENERS = OBJECT_PREPOSITIONS | SKIPPABLE | words("via through after before late early")
WORD_RE = re.compile(r"[A-Za-z]+")
# What a verb of telling tells, as its object ('told a joke', 'tells the story of'): not
# a hearer ('told a crowd'), so the clause before is not what was said. Source: English
# nouns of told speech.
TOLD_OBJECT_RE = re.compile(r"\s*(?:a|an|the|one|another|his|her|their)\s+(?:[a-z-]+\s+)?"
                            r"(?:joke|jokes|story|stories|lie|lies|tale|tales|anecdote"
                            r"|anecdotes|truth|parable)\b")
# Prepositions of the channel or place of a statement ('said on CNN', 'said in an
# interview', 'said at a rally'). Source: English prepositions.
CHANNEL_PREPOSITIONS = words("on in at via through during")


def final_cue_tail(text: str, cue: str, c_end: int, s_end: int, opening: bool = False) -> bool:
    """The words after a final cue are an adverbial ('said in a statement'); after a
    belief, finding or position only time words: 'Through a spokesman, Roe declined to
    comment' reports no position 'Through a spokesman'. opening: the clause before
    the subject is an opening phrase ('Just after the attack,'), which is what was said
    only when nothing follows the cue ('After Roe took office he changed it, records
    show.'). A reporter's comment after the tail (summary_cuts: '..., Roe said at an
    event in Wyoming — an apparent reversal of ...') is no part of it."""
    comment = SUMMARY_RE.search(text, c_end, s_end)  # '... in Wyoming — an apparent reversal'
    tail = text[c_end:comment.start() if comment else s_end]
    if not TAIL_RE.match(tail) or _object_after(cue, tail):
        return False
    if opening and WORD_RE.search(tail):
        return False  # 'Just after the attack, Roe was calling for change': an opening
    return cues.report_kind(cue) == "speech" or all(
        w.lower() in SKIPPABLE for w in WORD_RE.findall(tail))


def _object_after(cue: str, tail: str) -> bool:
    """'..., Mexico said enough', '..., organizers added 160 guards': a lowercase word
    after the cue that opens no adverbial (a preposition, a time word, an -ly adverb)
    is its object, so the clause before is not what was said; a hearer after 'told' is
    no object of what was said ('told reporters'), a story told is ('told a joke')."""
    first = WORD_RE.search(tail)
    if first is None:
        return False
    if cue.lower() in OBJECT_CUES:
        return TOLD_OBJECT_RE.match(tail) is not None  # 'told a joke', not 'told reporters'

    word = first[0]
    return word.islower() and not (word in TAIL_OPENERS or word.endswith("ly"))


def after_preposition(text: str, c_end: int, begin: int) -> bool:
    """The words skipped between a cue and its content's first word end on a preposition
    ('said Wednesday morning on | MSNBC's "Morning Joe"'): the words read as content
    are the preposition's object, the channel or place of the statement. Rule
    'content-then-subject-cue' then reads the clause before the subject when the whole
    tail is such an adverbial (final_cue_tail)."""
    skipped = WORD_RE.findall(text[c_end:begin])
    return bool(skipped) and skipped[-1].lower() in CHANNEL_PREPOSITIONS
