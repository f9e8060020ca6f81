"""Checks on a learned statement's subject that learned_speakers.py's rules share: is
it joined to another subject, does it open its sentence, is it a passive's subject, is
it a name the article gives a person in full, is it close to its cue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extraction.coref import is_place
from bot.extraction.lexicon import BE_FORMS, TITLE_WORDS, words
from bot.extraction.mentions import Resolved
from bot.extraction.names import HONORIFIC_GENDER
from bot.extraction.raw import Raw

if TYPE_CHECKING:
    from bot.extraction.resolve import _State

# Forms of be before a cue in -ed or an irregular participle: a passive, whose subject
# is not the source; a relative pronoun before a cue: the cue is the relative clause's.
PARTICIPLES = words("known seen shown given taken held told thought found made said")
RELATIVES = words("who which that whom whose")
ADVERBS = words("also not still now already never just even")
# Words right before a subject that make it part of a longer one: a conjunction or
# a preposition ('Clinton and the DNC', 'Spokesmen at the FBI'); in lower case, not
# opening the sentence ('And Roe reports').
JOINING = words("and or nor & at of from for by with to")
# A relative clause after the subject, an appositive between ('Roe, who', 'Roe, the
# leader of the party, who'): the subject stands alone whatever precedes it.
WHO_AFTER_RE = re.compile(r",(?:\s+(?:a|an|the)\s+[^,;:()\n]{2,80},)?\s+who\b")


def joined(raw: Raw, state: _State) -> bool:
    """The subject is the second of two ('Clinton and the DNC rejected', 'Spokesmen at
    the FBI and Justice Department would not discuss') or the first of two ('Roe and
    Senator Doe have both argued'): the statement is not its alone."""
    before = state.text[raw.sentence[0]:raw.subject_pos].split()[-1:]
    after = state.text[raw.subject_pos + len(raw.subject or ""):raw.cue_pos].split()[:1]
    if after and after[0].startswith(",") and WHO_AFTER_RE.match(
            state.text, raw.subject_pos + len(raw.subject or "")):
        return False  # 'a victory for Obama, who has complained': the relative's own
    return (bool(before) and before[0] in JOINING) or after in (["and"], ["&"])


def opens(raw: Raw, state: _State) -> bool:
    """The subject opens its sentence (quotation marks before it aside)."""
    return not state.text[raw.sentence[0]:raw.subject_pos].strip(" \"“”'‘’")


def passive(raw: Raw, state: _State) -> bool:
    """A form of be right before a cue in -ed or an irregular participle ('were
    required', 'is also known'), or a relative pronoun right before the cue ('A
    president who authorized'), adverbs aside: the subject is not the source."""
    gap = [w for w in state.text[raw.subject_pos + len(raw.subject or ""):raw.cue_pos].split()
           if not w.endswith("ly") and w not in ADVERBS]
    cue = (raw.cue or "").split()[:1]
    participle = bool(cue) and (cue[0].endswith("ed") or cue[0] in PARTICIPLES)
    return bool(gap) and ((gap[-1] in BE_FORMS and participle) or gap[-1] in RELATIVES)


# Title words that are no office: a party, a rank or a body alone ('Prominent
# Republican Cuban American', 'former', 'Senate') does not make the name a person.
NOT_OFFICES = words("""democratic republican independent gop democrat majority minority
national security former acting presidential senior state house senate white press us
u.s. campaign foreign defense treasury""")
OFFICES = (TITLE_WORDS | frozenset(HONORIFIC_GENDER)) - NOT_OFFICES
# A possessive in a subject ('BlazeTV’s Glenn Roe'): an owner's name run into the
# person's.
POSSESSIVE_RE = re.compile(r"\w['’]s?\s")
# Words between a titled name and its cue: a few ('has also seen', 'is currently
# pushing', "wouldn't"), a relative pronoun ('Ohio Gov. John Roe, who hopes') or an appositive
# opening with a determiner, between commas ('Carl Roe, the father of a soldier,
# decried', 'The FDIC, a banking regulator which keeps data, declined'; no quotation,
# colon or bracket in it); more, or another comma, and the cue is another subject's
# ('X signed an order, while Y ... said').
MAX_GAP_WORDS = 3
GAP_RE = re.compile(rf"(?:\s+[a-z]+(?:['’][a-z]+)?){{0,{MAX_GAP_WORDS}}}\s+"
                    r"|,\s+who\s+(?:[a-z]+\s+){0,2}"
                    r"|,\s+(?:a|an|the)\s+[^,;:()\n\"“”]{2,90},(?:\s+[a-z]+){0,2}\s+")


def said_words(raw: Raw) -> list[str]:
    """The words of the subject, without an owner's 's or stops ('Sen. Roe' ->
    'Sen', 'Roe')."""
    return [w.strip(".,") for w in (raw.subject or "").replace("’s", "").split()]


def name_words(who: Resolved) -> list[str]:
    """The words of who's name as said_words reads a subject ('George W Bush')."""
    return [w.strip(".,") for w in (who.name or "").split()]


def person_in_full(who: Resolved, state: _State) -> bool:
    """A person the article names in full (two words or more; a final full stop aside:
    'Donald Roe Jr.' is the article's 'Donald Roe Jr'), not a place, no word in
    capitals ('WHERE OBAMA')."""
    names = (who.name or "").split()
    return (len(names) >= 2 and not who.is_org and all(not w.isupper() for w in names
                                                      if len(w) > 2)
            and not is_place(who.name or "")
            and any((m.name or "").rstrip(".") == (who.name or "").rstrip(".") and not m.is_org
                    for m in state.registry.mentions))


def words_before_name(raw: Raw, who: Resolved, state: _State) -> list[str]:
    """The subject's words before who's name in full when the subject ends with the name
    of a person the article names in full ('RNC Chairman' of 'RNC Chairman Reince
    Roe'); empty when it does not, or has nothing before the name."""
    names, said = name_words(who), said_words(raw)
    k = len(said) - len(names)
    if k < 1 or said[k:] != names or not person_in_full(who, state):
        return []
    return said[:k]


def named_in_full(raw: Raw, who: Resolved, state: _State) -> bool:
    """The subject is the name of a person the article names in full, or its surname,
    with only title words before it ('John Doe', 'Sen. Doe')."""
    names = name_words(who)
    said = said_words(raw)
    return (person_in_full(who, state) and bool(said) and said[-1] == names[-1]
            and all(w in names or w.lower() in TITLE_WORDS for w in said))


def close_to_cue(raw: Raw, state: _State) -> bool:
    """The words between the subject and its cue are a GAP_RE gap."""
    end = raw.subject_pos + len(raw.subject or "")
    return bool(GAP_RE.fullmatch(state.text, end, raw.cue_pos))
