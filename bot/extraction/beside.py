"""A person's name beside a description that was read as the subject (speaker rule
'name-beside-description').

'Hogan Roe, a former director of the Acme Party, said ...' and 'The director of the
Acme Centre, Ina Doe, told ...' name one person twice: by name and by what they
are. When the attribution picked up the description (an appositive too long or too
unusual for the subject finder), the speaker is the name beside it: before it,
opening the clause and followed by its comma ('NAME, DESCRIPTION'), or right after
it between commas ('DESCRIPTION, NAME,'). A description that names a person of its
own ('Sen. Ted Cruz'), a place as the neighbour ('In Ohio, the party said') or a
name inside a longer phrase ('In a letter to Roe, the group said') names nobody
here, and the other rules decide.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extraction.coref import is_place
from bot.extraction.lexicon import DETERMINERS, TITLE_WORDS, words
from bot.extraction.places import PLACE_NAMES
from bot.extraction.raw import Raw
from bot.extraction.speakers import Registry, split_name

if TYPE_CHECKING:
    from bot.extraction.resolve import _State

# A name of one to four capitalised words (initials, hyphens, apostrophes inside), and
# the place it is of ('Gov. John Roe of Ohio').
_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*\w\.?(?:\s+of\s+[A-Z][\w.'’-]*\w\.?)?"
# 'NAME, ' opening the clause (after quotation marks, a conjunction or a subordinator),
# ending where the description starts. Source: news appositive syntax.
NAME_BEFORE_RE = re.compile(r"[\s\"“”'‘’]*(?:[A-Z][^,\"“”\n]{0,40},\s+)?"
                            r"(?:(?:But|And|So|Yet|When|While|As|Though|Although)"
                            r"\s+)?(" + _NAME + r"),\s*(?:(?:a|an|the)\s+)?$")
# What may stand between a description and its cue: its closing comma ('Roe, an aide,
# said') or a relative pronoun ('Roe, a Republican who described himself as ...').
CLOSED_RE = re.compile(r"[^,]*,|\s+(?:who|whose)\s+(?:[a-z]+\s+){0,2}$")
# A full stop after initials or one capital ('J.M.', 'U.S.') ends no sentence: a
# sentence split there cuts a name in two.
INITIALS_RE = re.compile(r"(?:\b[A-Z]\.)+\s*$")
# ', NAME' right after the description, closed by a comma, a full stop or the end.
NAME_AFTER_RE = re.compile(r",\s+(" + _NAME + r")(?=\s*(?:[,.;]|$))")
# Lowercase office words after a name, then the person's name, then the verb: 'Roe
# campaign spokesman Bob Doe responded', 'RNC spokesman Sean Doe said' (rule
# 'name-after-office').
OFFICE_AFTER_RE = re.compile(r"((?:\s+[a-z]+){1,3})\s+((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*\w)"
                             r"(?=\s+[a-z]|\s*[(,])")
# The lowercase words OFFICE_AFTER_RE may cross: offices and campaign units.
OFFICE_WORDS = TITLE_WORDS | words("campaign communications press political policy")
# A party and state tag read as the subject ('Sen. Marco Rubio, R-Fla., said').
PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][\w.]*")
# A name after these in a description is what the person belongs to ('director of
# the Acme Party', 'an adviser to Hillary Roe'), not the person.
OBJECT_WORDS = frozenset(["of", "for", "at", "with", "from", "to"])
# Words after a description's name that still belong to the cue's clause: nothing,
# or the cue right after the closing comma.
MAX_GAP = 3


def describes(subject: str) -> bool:
    """A description, not a name: it opens with a determiner, a possessive or a
    lowercase word ('the assailant', 'Roe's deputy campaign manager', 'acting political
    director of X'), or it is a party tag ('R-Fla.')."""
    words = subject.split()
    if not words:
        return False
    if PARTY_TAG_RE.fullmatch(subject.strip(".,")):
        return True
    first = words[0]
    possessive = first.endswith(("'s", "’s")) and len(words) > 1 and words[1][:1].islower()
    return first.lower() in DETERMINERS or first[:1].islower() or possessive


def _a_name(phrase: str, reg: Registry) -> bool:
    """A person or an organisation, not a place: two or more words, a surname the
    article names in full, or an honorific and a surname."""
    name, title = split_name(phrase)
    if name is None or is_place(name) or name.lower() in PLACE_NAMES:
        return False
    honorific = (title or "").split()[-1:] in (["Mr."], ["Mrs."], ["Ms."], ["Dr."])
    return len(name.split()) >= 2 or name in reg.by_surname or honorific


def name_beside(text: str, sentence_start: int, subject: str, pos: int, cue: str,
                cue_pos: int, reg: Registry) -> tuple[str, int] | None:
    """(name, position) of the person a description subject stands beside, or None."""
    if not describes(subject):
        return None
    name, title = split_name(subject)
    of_org = bool(set((title or "").lower().split()[-2:]) & OBJECT_WORDS)
    if name is not None and not of_org and not PARTY_TAG_RE.fullmatch(name) and (
            _a_name(name, reg) and (name in reg.by_surname
                                    or any(m.name == name for m in reg.mentions))):
        return None  # 'the former Ohio Gov. John Roe': the description names them
    if cue.lower().startswith("according"):
        return None  # 'According to a summary, Jane Roe, an aide, sent ...': Roe is told of
    before = NAME_BEFORE_RE.fullmatch(text, sentence_start, pos)
    if (before and _a_name(before[1], reg) and cue_pos > pos
            and CLOSED_RE.match(text[pos + len(subject):cue_pos])
            and not INITIALS_RE.search(text, max(0, sentence_start - 8), sentence_start)):
        # the description closes before the cue: 'Roe, an aide, said'; without a comma
        # the description says something about the name: 'Roe, aides said,'
        return before[1], before.start(1)
    end = pos + len(subject)
    after = NAME_AFTER_RE.match(text, end)
    if after and _a_name(after[1], reg) and _cue_follows(text, after.end(), pos, cue_pos):
        return after[1], after.start(1)
    return None


def _cue_follows(text: str, name_end: int, pos: int, cue_pos: int) -> bool:
    """The cue comes right after the name's closing comma, or before the subject
    ('said his best friend, Bruce Roe, who ...')."""
    if cue_pos < pos:
        return True
    gap = text[name_end:cue_pos].strip(" ,")
    return cue_pos >= name_end and len(gap.split()) < MAX_GAP


def name_after_office(text: str, subject: str, pos: int,
                      reg: Registry) -> tuple[str, int] | None:
    """'Roe campaign spokesman Bob Doe responded ...', where the subject found is only
    the owner's name ('Roe'): the person named after the office words speaks; not
    'Roe's doctor' (a possessive name: its noun speaks)."""
    m = OFFICE_AFTER_RE.match(text, pos + len(subject))
    if (m is None or not all(w in OFFICE_WORDS for w in m[1].split())
            or m[1].split()[-1] not in TITLE_WORDS or m[2].endswith(("'s", "’s"))
            or not _a_name(m[2], reg)):
        return None
    return text[pos:m.end(2)], pos


def beside_description(raw: Raw, state: _State) -> tuple[str, int] | None:
    """Speaker rule 'name-beside-description': 'Hogan Roe, a former director of the
    Acme Party, said' / 'The director of the Acme Centre, Ina Doe, told'."""
    return name_beside(state.text, raw.sentence[0], raw.subject or "", raw.subject_pos,
                       raw.cue or "", raw.cue_pos, state.registry)


def after_office(raw: Raw, state: _State) -> tuple[str, int] | None:
    """Speaker rule 'name-after-office': 'Roe campaign spokesman Bob Doe said', the
    subject read as 'Roe'."""
    return name_after_office(state.text, raw.subject or "", raw.subject_pos, state.registry)
