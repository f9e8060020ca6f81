"""The subject of a passive cue is no speaker (vetting rule 'passive_subject').

'Cruz was favored to win', 'Sanders was asked whether ...', 'Twitter is increasingly
seen as ...', 'Manafort is known for ...': the subject before a form of be and a
participle cue is what the statement is about, not who said it; the statement is
kept, unattributed. A participle naming the subject's own state of mind ('is
convinced', 'are worried', 'was shocked') is a stance of the subject and keeps it, and
so does an owner's thing with a purpose ("Mrs. Roe's plan is intended to": the owner's).
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import BE_FORMS, words

# Adverbs without -ly that may stand between the form of be and the cue.
ADVERBS = words("also not still now already never just even often")
# Irregular past participles. Source: common English irregular verbs.
IRREGULAR_PARTICIPLES = words("""known seen shown given taken held told thought found made
said chosen written spoken driven caught brought sought""")
# Participles of a state of mind, the subject's own stance. Source: English
# psychological participles used as adjectives.
STATES_OF_MIND = words("""convinced worried concerned shocked assured determined focused
pleased disappointed frustrated surprised prepared committed opposed inclined interested
excited alarmed troubled encouraged dismayed outraged angered annoyed relieved satisfied
puzzled confused divided torn resigned intrigued heartened emboldened energized
disgusted amazed stunned delighted thrilled""")


# Participles of purpose: an owner's thing 'is intended to' do what its owner wants.
PURPOSES = words("intended designed meant aimed")
# An owner's possessive and the thing right after it, before the cue ("Roe's plan is").
OWNED_RE = re.compile(r"\w['’]s?\s+[a-z]+\s")


def passive_subject(text: str, subject_end: int, cue: str | None, cue_pos: int) -> bool:
    """The words from the subject's end to the cue at cue_pos end in a form of be
    (adverbs aside) and the cue is a participle that is no state of mind, nor the
    purpose of an owner's thing ("Mrs. Roe's plan is intended to")."""
    if not cue or not subject_end <= cue_pos or cue_pos - subject_end > 60:
        return False
    first = cue.split()[0].lower()
    if first in STATES_OF_MIND or not (first.endswith("ed") or first in IRREGULAR_PARTICIPLES):
        return False
    if first in PURPOSES and OWNED_RE.search(text, max(0, subject_end - 40), cue_pos):
        return False
    gap = [w for w in text[subject_end:cue_pos].split()
           if not w.endswith("ly") and w.lower() not in ADVERBS]
    return bool(gap) and gap[-1].lower() in BE_FORMS
