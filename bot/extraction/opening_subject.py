"""The noun phrase opening the sentence, for a learned statement that found no subject
because adverbs or auxiliaries stand between it and its cue (speaker rule
'opening-subject').

'The people finally recognize ...', 'Republicans are happily supporting ...', 'Local
leaders now recognize ...': the rules read a subject right before a cue, past time
words only; the learned cue model's statement is left with none. Here the sentence is
read as a noun phrase, then only adverbs (-ly words and a few others) and auxiliaries
before the cue. Nothing is found when a form of be is among them and the cue is a
participle ('was widely criticized', 'is also known': a passive, its subject is no
source). The phrase found is vetted like any learned subject (learned_speakers.py): it
names a speaker only when the rules' statements name them too, or one of the learned
rules accepts it.
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import BE_FORMS, words
from bot.extraction.phrases import subject_before

# The speaker rule's name in the trace.
OPENING_SUBJECT = "opening-subject"
# Adverbs without -ly and auxiliaries that may stand between the subject and its cue.
# Source: English adverbs of time and degree, auxiliaries and modals.
ADVERBS = words("also still now even just not never already often again soon")
AUXILIARIES = words("""is are was were be been being has have had will would can could
may might must should shall do does did""")
# Nouns in -ly, never adverbs ('The Roe family').
LY_NOUNS = words("family ally assembly rally supply monopoly anomaly bully reply")
# Irregular participles after a form of be: a passive ('is also known').
PARTICIPLES = words("known seen shown given taken held told thought found made")
WORD_RE = re.compile(r"\S+")
# Quotation marks and spaces that may open the sentence.
OPENING_MARKS = " \"“”'‘’"


def _between(word: str) -> bool:
    low = word.lower()
    return (low in ADVERBS or low in AUXILIARIES
            or (word.islower() and word.endswith("ly") and low not in LY_NOUNS))


def opening_subject(text: str, start: int, cue: str, cue_pos: int) -> tuple[str, int] | None:
    """(phrase, position) of the noun phrase opening the sentence text[start:] when
    only adverbs and auxiliaries stand between it and the cue at cue_pos, or None."""
    begin = start + len(text[start:cue_pos]) - len(text[start:cue_pos].lstrip(OPENING_MARKS))
    toks = [(m[0], m.start()) for m in WORD_RE.finditer(text, begin, cue_pos)]
    k = len(toks)
    while k > 0 and _between(toks[k - 1][0]):
        k -= 1
    if k == len(toks) or k == 0:
        return None  # nothing between: the rules' business; or nothing before
    passive = any(w.lower() in BE_FORMS for w, _ in toks[k:])
    first = cue.split()[0].lower() if cue else ""
    if passive and (first.endswith("ed") or first in PARTICIPLES):
        return None
    end = toks[k - 1][1] + len(toks[k - 1][0])
    found = subject_before(text[begin:end], begin)
    if found is None or found[1] != begin or found[1] + len(found[0]) != end:
        return None  # only a phrase opening the sentence and running up to the gap
    return found
