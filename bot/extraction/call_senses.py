"""'call' as a telephone call, a visit or a name, not speech.

'Roe called Doe a liar' reports what Roe said; 'Roe called Doe on Tuesday', 'called the
White House about the delay', 'a group called Black Votes Matter is trying ...' and
'called off the deal' do not. The verb rules (reported.py) and the learned cues take
no statement from a 'call' read by one of the CALL_FRAMES below. 'called for' and
'called on' are cues of their own (lexicon.PHRASAL_CUES) and are not read here; a
call with a purpose ('called Roe to congratulate her') is left a statement, as
PolNeAR counts it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import words
from bot.extraction.quotes import ABBREVIATIONS

# The forms of 'call' that the verb rules read as a cue. Source: English inflection.
CALL_FORMS = words("call calls called calling")
# Particles that make another verb of 'call': 'called off', 'called into' (not 'into
# doubt', 'into question': questioning), 'called back'; not 'called in to a town hall'
# (PolNeAR counts it as speaking there). Source: English phrasal verbs.
PARTICLE_RE = re.compile(r"\s+(?:off|back|around|home|ahead|into(?!\s+(?:doubt|question)))\b")
# Pronouns that may be the person called.
OBJECT_PRONOUNS = words("him her them me us you")
# Determiners that may open a body's name ('the White House', 'both Roe and Doe').
NAME_OPENERS = words("the both")
# Words after the person called that make it a telephone call or a name, not what the
# person was called: a time, a place, a topic, a second verb, or a verb of the clause a
# name is the subject of ('a PAC called Our Principles is ramping up'). Source: English
# adjuncts and auxiliaries.
CALL_ADJUNCTS = words("""about at from after before during with and shortly twice again
personally directly privately late early earlier last this yesterday today tonight
monday tuesday wednesday thursday friday saturday sunday
is was has had will would""")
# 'on' is a time only before a day ('called Doe on Tuesday'; 'called them on it' is a
# challenge). Source: English dates.
DAYS = words("monday tuesday wednesday thursday friday saturday sunday")
WORD_RE = re.compile(r"\S+")
# Marks that end a name: a comma (not before an appositive: 'called Roe, a former
# envoy, an outstanding leader' is what Roe was called), a sentence end, a dash.
APPOSITIVE_OPENERS = words("a an the")


def _named_object(text: str, c_end: int) -> tuple[list[str], str] | None:
    """The words of a pronoun or capitalised name right after the cue and what follows
    it (the next word, or the punctuation that ended the name, or '' at the end)."""
    toks = WORD_RE.findall(text, c_end, c_end + 160)
    if not toks:
        return None
    if toks[0].lower().rstrip(",.;:") in OBJECT_PRONOUNS:
        name, rest = [toks[0]], toks[1:]
    else:
        k = 1 if toks[0].lower() in NAME_OPENERS else 0
        name = []
        for tok in toks[k:]:
            if not (tok[:1].isupper() or (name and tok == "of")):
                break
            name.append(tok)
            if tok[-1:] in ",;:" or (tok.endswith(".") and
                                      tok[:-1].lower().rstrip(".") not in ABBREVIATIONS):
                break
        if not name:
            return None
        rest = toks[k + len(name):]
    last = name[-1]
    if last[-1:] in ",;:.":
        return name, last[-1] + (" " + rest[0] if rest else "")
    return name, rest[0] if rest else ""


def _particle(text: str, c_end: int) -> bool:
    return PARTICLE_RE.match(text, c_end) is not None


def _person_called(text: str, c_end: int) -> bool:
    found = _named_object(text, c_end)
    if found is None:
        return False
    after = found[1]
    if after[:1] in ",;:":
        return after[1:].strip().lower() not in APPOSITIVE_OPENERS
    if after[:1] == "." or not after:
        return True
    word = after.lower().strip(",.;:")
    if word == "on":
        nxt = text[c_end:].split(" on ", 1)[-1].split()[:1]
        return bool(nxt) and nxt[0].lower().strip(",.") in DAYS
    return word in CALL_ADJUNCTS


# (name, test of the text after the cue ending at c_end), in order.
CALL_FRAMES: tuple[tuple[str, Callable[[str, int], bool]], ...] = (
    # A particle after 'call': 'called off the deal', 'called into the show', 'called
    # back'; not 'calling into doubt', not 'called out' (criticism), not 'called for'.
    ("call-with-particle", _particle),
    # A person or a body called, then a time, a topic, a second verb or nothing: 'Roe
    # called Doe on Tuesday', 'called the White House about the delay', 'Obama called
    # Roe and was scheduled to ...', 'a group called Black Votes Matter, led by', 'a PAC
    # called Our Principles is ramping up'; not 'called Doe a liar', 'called Doe
    # "a con artist"', 'called them on it', 'called Roe, a former envoy, a leader'.
    ("call-a-person", _person_called),
)


def call_sense(text: str, cue: str, c_end: int) -> str | None:
    """The frame that reads a 'call' cue ending at c_end as no speech, or None."""
    if cue.lower() not in CALL_FORMS:
        return None
    for name, test in CALL_FRAMES:
        if test(text, c_end):
            return name
    return None
