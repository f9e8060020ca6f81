"""The name a ', who' before a learned cue stands for (speaker rule 'relative-who-name').

The learned cue model finds cues in relative clauses ('..., echoed by former Gov.
Martin Roe, who noted that ...', 'a victory for Obama, who has often complained about
...', 'derided by Armin Roe, the leader of the opposition, who suggested that ...');
the rules' relative frame (frames.py) reads only a short noun phrase right before
'who' with the cue right after it, and the statement was left with no subject. Here
the subject is the name that ends the text before ', who', past one appositive opening
with an article (', the leader of the opposition,'), when only auxiliaries and adverbs
stand between 'who' and the cue.

Nobody is read when the name is the object of a preposition after a person noun ('a
spokesman for Roe, who said', 'the wife of Roe, who told': the relative is the
spokesman's), when it is a possessive, or when the text before 'who' ends in anything
but a name. The name found is vetted like any learned subject (learned_speakers.py).
"""

from __future__ import annotations

import re

from bot.extraction.coref import is_place
from bot.extraction.lexicon import RELATION_WORDS, TITLE_WORDS, words

# The speaker rule's name in the trace.
RELATIVE_WHO = "relative-who-name"
# ', who' and only auxiliaries or adverbs up to the cue ('who has often complained').
WHO_TAIL_RE = re.compile(r",\s+who(?:['’](?:s|ve|d))?"
                         r"(?:\s+(?:[a-z]+ly|also|has|have|had|is|was|are|were|will|would"
                         r"|could|may|might|just|still|already|often|never|now|once|even"
                         r"|not|later|then|long|first|recently))*\s+$")
# 'who' with no comma before it, then only auxiliaries or adverbs up to the cue.
BARE_WHO_TAIL_RE = re.compile(WHO_TAIL_RE.pattern.replace(",\\s+who", "\\s+who", 1))
# One appositive opening with an article before ', who' (', the leader of the party').
APPOSITIVE_END_RE = re.compile(r",\s+(?:a|an|the)\s+[^,;:()\"“”\n]{2,80}$")
# The place after a name ('Sen. Gordon Roe of Ohio'): the name ends before it.
OF_PLACE_END_RE = re.compile(r"(?<=[a-z])\s+of\s+((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)$")
# A name ending the text: up to four capitalised words ('former Sen. Gordon Roe').
NAME_END_RE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*\w\.?)$")
# Prepositions and the person nouns before them that make the name an owner, not the
# antecedent ('a spokesman for Roe', 'the wife of Roe'). Source: English news style.
PREPOSITIONS = words("of for to with at from by")
PERSON_NOUNS = TITLE_WORDS | RELATION_WORDS | words("""wife husband son daughter father
mother brother sister friend friends lawyer lawyers supporter supporters adviser advisers
aides spokesperson member members fan fans staffer staffers son-in-law widow""")
# Words that open a clause, never a name's first word ('But Roe').
NOT_NAME_STARTS = words("but and so yet when while as although though if after before")


def relative_who_name(text: str, start: int, cue_pos: int) -> tuple[str, int] | None:
    """(name, position) that ', who' right before the cue at cue_pos stands for, in the
    sentence text[start:cue_pos], or None."""
    tail = WHO_TAIL_RE.search(text, start, cue_pos) or _after_appositive(text, start, cue_pos)
    if tail is None:
        return None
    end = tail.start()
    appositive = APPOSITIVE_END_RE.search(text, start, end)
    if appositive is not None:
        end = appositive.start()
    place = OF_PLACE_END_RE.search(text, start, end)
    if place is not None and is_place(place[1].rstrip(".")):
        end = place.start()  # not 'no mention of Jeb Roe', 'Ann Doe of Christie'
    m = NAME_END_RE.search(text, start, end)
    if m is None or m[1].endswith(("'s", "’s")):
        return None
    name, pos = m[1], m.start(1)
    first = name.split()[0]
    if first.lower() in NOT_NAME_STARTS:
        if len(name.split()) == 1:
            return None
        pos += len(first) + 1
        name = name[len(first) + 1:]
    before = text[start:pos].lower().split()[-2:]
    if len(before) == 2 and before[1] in PREPOSITIONS and before[0] in PERSON_NOUNS:
        return None
    return name, pos


def _after_appositive(text: str, start: int, cue_pos: int) -> re.Match[str] | None:
    """' who' with no comma when it ends an appositive opening with an article ('Ann
    Roe, a banker and former official who has suggested', 'Jim Doe, an economist at
    Acme University who had concluded'): the appositive's person, the name before it;
    not after a plural ('Ann Roe, the head of a group of farmers who say')."""
    tail = BARE_WHO_TAIL_RE.search(text, start, cue_pos)
    if tail is None or APPOSITIVE_END_RE.search(text, start, tail.start()) is None:
        return None
    last = text[start:tail.start()].split()[-1]
    return None if last.islower() and last.endswith("s") else tail
