"""Where a learned statement with no subject finds one: an ordered table of finders
(the first that reads a phrase wins; its name goes into the speaker trace).

learned_cues.build gives a learned cue's statement the rules' subject or the
sentence's opening noun phrase; when neither stands right before the cue, these are
tried in turn (resolve._nearest), and what they find is resolved and vetted like any
learned subject (learned_speakers.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import words
from bot.extraction.nearest_subject import NEAREST_SUBJECT, nearest_subject
from bot.extraction.opening_participle import OPENING_PARTICIPLE, opening_participle_subject
from bot.extraction.opening_subject import OPENING_SUBJECT, opening_subject
from bot.extraction.participle_clause import (
    PARTICIPLE_MAIN_SUBJECT,
    SECOND_VERB_MAIN_SUBJECT,
    participle_main_subject,
    second_verb_subject,
)
from bot.extraction.raw import Raw
from bot.extraction.relative_who import RELATIVE_WHO, relative_who_name

# The speaker rule's name in the trace when a participle cue's subject is read again.
PARTICIPLE_NEAREST_SUBJECT = "participle-nearest-subject"
# The speaker rule's name in the trace when a learned cue is the verb of a relative
# clause that does not belong to the sentence's opening noun phrase.
RELATIVE_CLAUSE_CUE = "relative-clause-cue"
# A relative pronoun and only auxiliaries, adverbs or a negation up to the cue ('which
# ruled', 'who have long argued', 'that would have revealed', 'all of whom opposed').
RELATIVE_TAIL_RE = re.compile(r"\b(?:who|whom|which|that)(?:['’](?:s|ve|d))?"
                              r"(?:\s+(?:[a-z]+ly|also|has|have|had|is|was|are|were|will|would"
                              r"|could|should|may|might|must|can|did|does|do|just|still"
                              r"|already|often|never|now|once|even|not|later|then|been|long"
                              r"|first|recently))*\s+$", re.IGNORECASE)
# What may stand between a subject and its own relative: a place after 'of', a party tag
# and the comma ('Ted Roe of Texas, who voted', 'Ted Roe (R-Texas), who voted').
OWN_RELATIVE_RE = re.compile(r"(?:\s+of(?:\s+[A-Z][\w.'’-]*){1,3})?\s*(?:\([^()\n]{1,25}\))?"
                             r"\s*,?\s*")
# Words that open a subordinate clause before the main one. Source: English
# subordinating conjunctions.
SUBORDINATORS = words("""while when whenever although though as after before since if
unless because whereas once until with""")
# (text, sentence start, sentence end, cue, cue position) -> (phrase, position) or None
Finder = Callable[[str, int, int, str, int], "tuple[str, int] | None"]
NO_SUBJECT_FINDERS: tuple[tuple[str, Finder], ...] = (
    # A participle opening the sentence: the main clause's subject ('After blasting the
    # report, Glenn Roe doubled down').
    (OPENING_PARTICIPLE, opening_participle_subject),
    # The name a ', who' before the cue stands for ('a victory for Obama, who has often
    # complained').
    (RELATIVE_WHO, lambda text, start, _end, _cue, at: relative_who_name(text, start, at)),
    # The nearest name standing as the subject of the cue's clause ('As the race
    # turned ..., Clinton has increasingly decried').
    (NEAREST_SUBJECT, lambda text, start, _end, cue, at: nearest_subject(text, start, cue, at)),
    # The noun phrase opening the sentence, only adverbs and auxiliaries before the cue
    # ('Her strategists have been reluctant').
    (OPENING_SUBJECT, lambda text, start, _end, cue, at: opening_subject(text, start, cue, at)),
    # The noun phrase opening the main clause before a participle cue after its comma
    # ('One operative inside Roe Tower tried to downplay the comments, saying').
    (PARTICIPLE_MAIN_SUBJECT,
     lambda text, start, _end, cue, at: participle_main_subject(text, start, cue, at)),
    # The noun phrase opening the main clause before its second verb after 'and' ('The
    # Ohio Republican survived five years in prison and says').
    (SECOND_VERB_MAIN_SUBJECT,
     lambda text, start, _end, cue, at: second_verb_subject(text, start, cue, at)),
)


def found_subject(text: str, start: int, end: int, cue: str,
                  cue_pos: int) -> tuple[tuple[str, int], str] | None:
    """The first finder's (phrase, position) and its name, or None."""
    for name, finder in NO_SUBJECT_FINDERS:
        found = finder(text, start, end, cue, cue_pos)
        if found is not None:
            return found, name
    return None


def subordinate_subject(raw: Raw, text: str) -> bool:
    """raw's subject, the sentence's opening noun phrase (learned_cues.build), is a
    subordinate clause's, not the cue's ('While Roe has maintained ..., Doe has
    nevertheless called', 'Although Roe lacks ..., officials say'): a subordinator
    opens it or stands right before it, and a comma closes that clause before the
    cue. The finders are tried instead."""
    if not raw.subject or "sentence-subject" not in raw.rule or raw.subject_pos > raw.cue_pos:
        return False
    first = raw.subject.split()[:1] + text[raw.sentence[0]:raw.subject_pos].split()[-1:]
    return (any(w.lower() in SUBORDINATORS for w in first)
            and "," in text[raw.subject_pos + len(raw.subject):raw.cue_pos])


def participle_subject(raw: Raw, text: str) -> str:
    """A learned cue that is a participle after a comma ('..., Roe told Doe, alluding
    to', '"...," Ms. Roe noted, referring to', '..., Roe said Tuesday, noting') belongs
    to the clause before it, whose subject is the nearest name standing as a clause
    subject (nearest_subject.py), not the sentence's opening phrase, which the rules
    read ('Man' inside the quotation, a dateline, another clause's subject). When that
    name is found elsewhere than raw's subject, it becomes raw's subject; the speaker
    rule's name is returned as a trace prefix ('participle-nearest-subject + '), else
    ''."""
    cue = (raw.cue or "").split()
    if not raw.subject or not cue or not cue[0].endswith("ing"):
        return ""
    if not text[raw.sentence[0]:raw.cue_pos].rstrip().endswith(","):
        return ""
    found = nearest_subject(text, raw.sentence[0], raw.cue or "", raw.cue_pos)
    if found is None or found[1] == raw.subject_pos:
        return ""
    raw.subject, raw.subject_pos = found
    return f"{PARTICIPLE_NEAREST_SUBJECT} + "


def relative_clause_cue(raw: Raw, text: str) -> str:
    """A learned cue right after a relative pronoun ('Roe won the backing of the Acme
    Farm Bureau, which said ...', 'Roe did well with voters who identify ...', 'a picture
    that showed ...') is the verb of the relative clause, whose subject is the pronoun's
    antecedent, not raw's subject, the sentence's opening noun phrase
    (learned_cues.build). Unless the relative follows that subject right away ('Ted Roe,
    who voted'), the finders are tried instead (a name before ', who':
    relative-who-name), else nobody. Returns the rule's name as a trace prefix, else
    ''."""
    if not raw.subject or "sentence-subject" not in raw.rule or raw.subject_pos > raw.cue_pos:
        return ""
    end = raw.subject_pos + len(raw.subject)
    tail = RELATIVE_TAIL_RE.search(text, end, raw.cue_pos)
    if tail is None or OWN_RELATIVE_RE.fullmatch(text, end, tail.start()):
        return ""
    return f"{RELATIVE_CLAUSE_CUE} + "


def moved_subject(raw: Raw, text: str) -> str:
    """The trace prefix of the rules that read a learned statement's subject again or
    set it aside (participle_subject, relative_clause_cue), else ''."""
    return participle_subject(raw, text) + relative_clause_cue(raw, text)


def other_subject(raw: Raw, text: str) -> bool:
    """raw's subject is not its cue's: the finders are tried instead."""
    return subordinate_subject(raw, text) or bool(relative_clause_cue(raw, text))
