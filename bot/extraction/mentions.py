"""Subject phrases -> the speaker they refer to.

Later mentions resolve to the person introduced earlier: by surname ("Hegseth"), by
title noun ("the secretary"), an organisation by its full name; he/she without a
better antecedent (salience.py) to the last person mentioned.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bot.extraction.coref import is_place
from bot.extraction.labels import DOCUMENT_NOUNS
from bot.extraction.lexicon import (
    ORG_HEADS,
    OTHER_PRONOUNS,
    PERSON_NOUN_GENDER,
    PERSON_PRONOUNS,
    TITLE_WORDS,
    words,
)
from bot.extraction.names import HONORIFIC_GENDER, gender_of_name
from bot.extraction.occurrences import BOUNDARY_RE, has_whole_word
from bot.extraction.outlets import after_outlet
from bot.extraction.phrase_reading import reading
from bot.extraction.phrases import tokens
from bot.extraction.speakers import Mention, Registry

# Abbreviated forms of a title noun ("the senator" was introduced as "Sen. X").
# Source: AP style title abbreviations.
TITLE_FORMS = {"senator": ("sen",), "governor": ("gov",), "representative": ("rep",),
               "congressman": ("rep",), "congresswoman": ("rep",), "general": ("gen",),
               "candidate": ("nominee",), "nominee": ("candidate",)}
# Determiners of one person ('the senator', 'his spokesman'); 'many Republican' or
# 'two senators' never stand for one titled person. Source: English determiners.
SINGULAR_DETERMINERS = words("the a an this that his her their its our my your")
# Words that make a title a different, lower office ('Vice President' is not 'the
# president'). Source: English office titles.
SECOND_RANK = words("vice deputy assistant associate under")
# 'a Democratic senator' is someone not named: an indefinite description never stands
# for a person introduced before. Source: English articles.
INDEFINITE = words("a an")
# Characters before a mention searched for a description's words ('the former Ohio
# governor' and 'former Ohio Gov. John Roe'), and the phrase after a name that still
# describes it ('Roe of Ohio', 'Roe, the former Ohio governor,').
DESCRIBED_WINDOW = 40
AFTER_NAME_RE = re.compile(r"(?:\s+(?:of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
                           r"|,\s+(?:a|an|the)\s+[^,.;:\n]*)")
# An honorific and the space after it, where a surname may follow ('Mr. Khan').
# (The letter first then a look-behind: the \b before the word, the same matches, and
# the scan of the article skips to its capital Ms.)
HONORIFIC_RE = re.compile(r"(M(?<!\wM)(?:r|rs|s|iss))\.?\s+")


def surname_match(reg: Registry, word: str, pos: int,
                  gender: str | None = None) -> Mention | None:
    """The full-name mention whose last word is word. Before pos, the person named
    most often so far, the first introduced of them on a tie ('Cruz' is Ted Cruz,
    not his wife Heidi Cruz named later: news style calls her 'Heidi' or 'Mrs. Cruz');
    with none before pos, the first after it. With an honorific's gender ('Mrs.
    Clinton'), people whose given name says the other gender are left out, unless
    that leaves nobody (rule honorific-gender); when the article also writes the
    surname after the other gender's honorific, only a given name of this gender
    will do (rule honorific-pair: 'Mr. Khan' is not Ghazala Khan)."""
    hits = reg.by_surname.get(word)
    if hits and gender:
        fits = [m for m in hits if gender_of_name(m.name) in (None, gender)]
        hits = fits or hits
        if both_honorifics(reg.text, word):
            # 'Mr. Khan' and 'Ms. Khan' in one article are two people: only a given name
            # of the honorific's gender says which full name is meant (honorific-pair)
            hits = [m for m in hits if gender_of_name(m.name) == gender]
    if not hits:
        return None
    before = [m for m in hits if m.pos <= pos]
    if not before:
        return hits[0]
    counts: dict[str, int] = {}
    for m in before:
        counts[m.name] = counts.get(m.name, 0) + 1
    top = max(counts.values())
    return next(m for m in before if counts[m.name] == top)


@functools.lru_cache(maxsize=1024)
def both_honorifics(text: str, surname: str) -> bool:
    """The article writes the surname after a man's and after a woman's honorific.
    Cached (keyed by the article, a few articles' surnames): the resolver asks it at
    each 'Mr. Roe' and reads every honorific of the article for it."""
    seen = {gender for end, gender in _honorifics(text) if text.startswith(surname, end)
            and BOUNDARY_RE.match(text, end + len(surname))}
    return len(seen) == 2


@functools.lru_cache(maxsize=16)
def _honorifics(text: str) -> tuple[tuple[int, str], ...]:
    """Where a surname may follow an honorific, with the honorific's gender: one scan
    per article, for the resolver and the article pass alike."""
    return tuple((m.end(), HONORIFIC_GENDER[m[1].lower()]) for m in HONORIFIC_RE.finditer(text))


def title_match(reg: Registry, noun: str, pos: int, rank: str | None = None,
                said: tuple[str, ...] = ()) -> Mention | None:
    """The person introduced with a title containing noun ("the secretary"), the last
    one whose mentions have every word the description adds around them ('the Ohio
    governor' is the governor named near 'Ohio', not the last governor named; rule
    described-words)."""
    forms = {noun, *TITLE_FORMS.get(noun, ())}
    hits = [m for m in reg.mentions if m.pos <= pos and not m.is_org
            and _holds(reg.titles.get(m.name) or "", forms, rank)]
    if said:
        hits = [m for m in hits if _described(reg, m.name, said, pos)]
    if not hits or _someone_since(reg, hits[-1].name, pos):
        return None
    return hits[-1]


def _someone_since(reg: Registry, name: str, pos: int) -> bool:
    """Another person is named in the narration after name's last mention before pos,
    in pos's paragraph: 'the governor' there may be that person, whose title the article
    never gave (rule title-holder-not-last)."""
    last = max(m.pos for m in reg.mentions if m.name == name and m.pos <= pos)  # hits' own
    para = reg.text.rfind("\n", 0, pos) + 1
    surname = name.lower().split()[-1]
    return any(last < m.pos < pos and para <= m.pos and m.name.lower().split()[-1] != surname
               and not m.is_org
               and not is_place(m.name) and not _quoted(reg.text, para, m.pos)
               for m in reg.mentions)


def _quoted(text: str, start: int, at: int) -> bool:
    """at stands inside a quotation opened after start (a paragraph's start): a name
    the speaker says is not one the narration introduces."""
    before = text[start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _described(reg: Registry, name: str, said: tuple[str, ...], pos: int) -> bool:
    """Every word of said is in the words around a mention of name before pos: its
    title, what stands right before it in its clause ('former Florida Gov. Roe') and
    an 'of' phrase or appositive right after it ('Roe of Ohio', 'Roe, the Ohio
    governor,')."""
    near = " ".join(_around(reg.text, m.pos, name) for m in reg.mentions
                    if m.name == name and m.pos <= pos).lower()
    return all(has_whole_word(near, w) for w in said)


def _around(text: str, start: int, name: str) -> str:
    end = text.find(name, start)
    end = end + len(name) if end >= 0 else start
    before = re.split(r"[.,;:\n]", text[max(0, start - DESCRIBED_WINDOW):start])[-1]
    after = AFTER_NAME_RE.match(text, end, end + 2 * DESCRIBED_WINDOW)
    return f"{before} {text[start:end]} {after[0] if after else ''}"


def _holds(title: str, forms: set[str], rank: str | None) -> bool:
    """The title names that office: 'President', not 'Vice President', for 'the
    president'; 'Vice President' for 'the vice president' (rank 'vice')."""
    words = [w.rstrip(".") for w in title.lower().split()]
    for k, w in enumerate(words):
        before = words[k - 1] if k else None
        if w in forms and (before == rank if rank else before not in SECOND_RANK):
            return True
    return False


@dataclass
class Resolved:
    name: str | None
    title: str | None = None
    is_org: bool = False
    mention: str | None = None
    # The vetting rule that refused this speaker or its title (vetting.py), if any.
    vetting: str | None = None
    # The honorific rule that chose the person a surname names (surname_match), if any.
    honorific: str | None = None
    # Several people named together ('Smith and Jones', coordinated.py): never one
    # person, never what he/she stands for.
    group: bool = False


def resolve(phrase: str, pos: int, reg: Registry, last_person: Resolved | None,
            last_org: Resolved | None) -> Resolved:
    """The speaker a subject phrase refers to; pronouns never come back as names."""
    low = phrase.lower()
    if low in PERSON_PRONOUNS:
        return last_person or _last_mentioned(reg, pos)
    if low in OTHER_PRONOUNS:
        if low in ("it", "they", "we") and last_org and not _never_for(low, last_org):
            return last_org
        return Resolved(None)
    own = reading(phrase)
    phrase = own.phrase
    if own.is_org:
        return Resolved(own.name, None, True, phrase)
    if own.name is None:
        return _common_noun(phrase, pos, reg)
    why = None  # the honorific rule that read a surname (for --explain)
    name = after_outlet(own.name, reg.by_surname) or own.name  # 'Fox News Sean Roe'
    title = own.title
    if len(name.split()) == 1:
        honorific = (title or "").split()[-1:]
        gender = HONORIFIC_GENDER.get(honorific[0].lower().rstrip(".")) if honorific else None
        known = surname_match(reg, name, pos, gender)
        why = honorific_rule(reg, name, pos, gender, known)
        if known:
            return Resolved(known.name, reg.titles.get(known.name), False, phrase, honorific=why)
    return Resolved(name, title or reg.titles.get(name), False, phrase, honorific=why)


def _never_for(pronoun: str, who: Resolved) -> bool:
    """Rules they-no-described and they-no-document: 'it', 'they' or 'we' never stands for
    one person described ('His wife'), nor 'they' or 'we' for one document ('The
    statement noted ...', then '"...," they said')."""
    head = ((who.name or "").split() or [""])[-1]
    return head.lower() in PERSON_NOUN_GENDER or (
        pronoun != "it" and head.islower() and head in DOCUMENT_NOUNS)


def honorific_rule(reg: Registry, word: str, pos: int, gender: str | None,
                   chosen: Mention | None) -> str | None:
    """The honorific rule that made surname_match's choice (for --explain): None when
    the surname alone chooses the same person."""
    if gender is None:
        return None
    plain = surname_match(reg, word, pos)
    if plain is None or (chosen is not None and plain.name == chosen.name):
        return None
    return "honorific-pair" if both_honorifics(reg.text, word) else "honorific-gender"


def _last_mentioned(reg: Registry, pos: int) -> Resolved:
    people = [m for m in reg.mentions if m.pos < pos and not m.is_org and not is_place(m.name)]
    if not people:
        return Resolved(None)
    return Resolved(people[-1].name, reg.titles.get(people[-1].name), False, None)


def _common_noun(phrase: str, pos: int, reg: Registry) -> Resolved:
    words = [w.lower() for w, _ in tokens(phrase) if w[:1].isalpha()]
    if (words and words[0] in SINGULAR_DETERMINERS - INDEFINITE and len(words) <= 4
            and words[-1] in TITLE_WORDS):
        rank = words[-2] if len(words) > 2 and words[-2] in SECOND_RANK else None
        said = tuple(w for w in words[1:-1] if w != rank)
        person = title_match(reg, words[-1], pos, rank, said)
        if person:
            return Resolved(person.name, reg.titles.get(person.name), False, phrase)
    return Resolved(phrase, None, bool(words) and words[-1] in ORG_HEADS, phrase)
