"""Rules of learned_speakers.py's table for persons named in a shape its first rules
refuse: a given name the lists do not know with an appositive elsewhere that shows a
person, a describing noun before the name in full, a clause opener before the name,
a name in full with 'of' and where they are from or work.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.extraction.coref import is_place
from bot.extraction.heads import PREPOSITIONS, is_person_noun
from bot.extraction.learned_checks import (
    NOT_OFFICES,
    POSSESSIVE_RE,
    close_to_cue,
    name_words,
    named_in_full,
    passive,
    person_in_full,
    said_words,
    words_before_name,
)
from bot.extraction.lexicon import ARTICLES, TITLE_WORDS, words
from bot.extraction.mentions import Resolved
from bot.extraction.names import gender_of_name
from bot.extraction.person_appositives import described_as_person
from bot.extraction.raw import Raw
from bot.extraction.vetting import title_refusal

if TYPE_CHECKING:
    from bot.extraction.resolve import _State

# Words opening a clause before its subject that leave the subject the one who speaks:
# focus adverbs and conjunctions of time, contrast or reason ('Even Roe', 'Though
# Roe', 'As Roe'); not a condition ('If Roe') nor a preposition ('like Roe',
# 'Without Roe', 'Alongside Roe').
NAME_OPENERS = words("""even though although as while when whenever because since after
before until once""")


# Words that make the words before a name more than a description of it: a
# preposition, an article, a conjunction ('Guests like comedian George Roe').
NOT_DESCRIBING = PREPOSITIONS | ARTICLES | words("and or but")
# A description of a person before a name between commas, opening the sentence
# ('Another critic, Laurence Roe, likened ...', 'An Israeli blogger, Tal Roe,
# reported ...'): a determiner, up to three words, a person noun (group 1).
DESCRIBED_BEFORE_RE = re.compile(r"(?:A|An|The|Another|One)\s+(?:[\w-]+\s+){0,3}?"
                                 r"([\w-]+),\s+")
# After such a name: its closing comma and up to two words before the cue.
CLOSING_COMMA_RE = re.compile(r",(?:\s+[a-z]+){0,2}\s+")


def _gendered(who: Resolved, state: _State) -> bool:
    """A given name the lists know, or a he/she in the article that follows the name."""
    return gender_of_name(who.name) is not None or who.name in state.genders


def described_person(raw: Raw, who: Resolved, state: _State) -> bool:
    """'Grandi welcomed ...' where the article writes 'Filippo Grandi, the United
    Nations High Commissioner for Refugees, ...': a person the article names in full,
    as the name or the surname alone, whose name in full it follows elsewhere by an
    appositive with a person head (person_appositives.py), close to its cue."""
    return (named_in_full(raw, who, state) and not POSSESSIVE_RE.search(raw.subject or "")
            and close_to_cue(raw, state) and described_as_person(who.name or "", state.text))


def described_name(raw: Raw, who: Resolved, state: _State) -> bool:
    """'Soviet dissident Milovan Roe wrote ...', 'Activist Angela Roe hopes ...',
    '62-year-old Brenda Roe also recalled ...': the name in full after one to three
    words whose last is a person noun (heads.is_person_noun), not a party word
    ('Prominent Republican Cuban American'), none a preposition, article or
    conjunction ('Guests like comedian George Roe'), close to its cue; no owner's name
    ('Fox News’ Bret Roe')."""
    before = words_before_name(raw, who, state)
    if not before or POSSESSIVE_RE.search(raw.subject or ""):
        return False
    last = before[-1]
    return (len(before) <= 3 and not any(w.lower() in NOT_DESCRIBING for w in before)
            and is_person_noun(last) and last.lower() not in NOT_OFFICES
            and title_refusal(" ".join(before)) is None and close_to_cue(raw, state))


def opened_name(raw: Raw, who: Resolved, state: _State) -> bool:
    """'Though Grassley hasn't ruled out ...', 'As Mitchell tried to press ...', 'Even
    Hillary Roe, the likely nominee, conceded ...': a clause opener (NAME_OPENERS),
    then the name or surname of a person the article names in full, with title words
    only, a given name the lists know or a he/she that follows, close to its cue."""
    said = said_words(raw)
    if len(said) < 2 or said[0].lower() not in NAME_OPENERS:
        return False
    names = name_words(who)
    rest = said[1:]
    return (person_in_full(who, state) and rest[-1] == names[-1]
            and all(w in names or w.lower() in TITLE_WORDS for w in rest)
            and not POSSESSIVE_RE.search(raw.subject or "") and _gendered(who, state)
            and close_to_cue(raw, state))


def name_of(raw: Raw, who: Resolved, state: _State) -> bool:
    """'Jennifer Roe of Bloomberg News made it clear ...', 'Sen. Ted Roe of Texas
    hopes ...': the name in full (title words before it allowed), 'of' and one to four
    capitalised words, a given name the lists know or a he/she that follows, close to
    its cue."""
    said = (raw.subject or "").split()
    if "of" not in said:
        return False
    at = said.index("of")
    head, where = [w.strip(".,") for w in said[:at]], said[at + 1:]
    names = name_words(who)
    return (person_in_full(who, state) and head[-len(names):] == names
            and all(w.lower() in TITLE_WORDS for w in head[:-len(names)])
            and 1 <= len(where) <= 4 and all(w[:1].isupper() for w in where)
            and not POSSESSIVE_RE.search(raw.subject or "") and _gendered(who, state)
            and close_to_cue(raw, state))


def apposed_name(raw: Raw, who: Resolved, state: _State) -> bool:
    """'Another critic, Laurence Roe, likened ...', 'An Israeli blogger, Tal Roe,
    reported ...': the name of a person the article names in full, between commas
    after a description opening the sentence whose head is a person noun
    (DESCRIBED_BEFORE_RE), the cue right after its closing comma; not a thing ('The
    movement, Black Roe Matter, ...') nor a place ('In the capital, ...')."""
    if not named_in_full(raw, who, state) or POSSESSIVE_RE.search(raw.subject or ""):
        return False
    m = DESCRIBED_BEFORE_RE.fullmatch(state.text, raw.sentence[0], raw.subject_pos)
    end = raw.subject_pos + len(raw.subject or "")
    return (m is not None and is_person_noun(m[1])
            and CLOSING_COMMA_RE.fullmatch(state.text, end, raw.cue_pos) is not None)


# Endings of the words that name a people or its language ('Japanese', 'Americans',
# 'Turkish', 'Germans'): a nationality, not one speaker. Source: English demonym suffixes.
DEMONYM_ENDINGS = ("ese", "an", "ans", "ish", "ians", "i", "is")
# What may stand before a lone name in its sentence: nothing, a clause before a comma,
# colon or dash ('So, who was the best? - Pew notes'), one linking adverb ('Meanwhile
# Rihanna').
LONE_OPENING_RE = re.compile(r"(?:|.*[,:\-—–]|(?:Meanwhile|But|And|So|Still|Now|Instead))",
                             re.DOTALL)
# A relative clause between a lone name and its cue ('Rihanna, who was honored with
# the prestigious Rockstar award, spoke').
WHO_CLAUSE_RE = re.compile(r",\s+who\s+[^,;:()\n\"“”]{2,90},(?:\s+[a-z]+){0,2}\s+")


def lone_name(raw: Raw, who: Resolved, state: _State) -> bool:
    """'Rihanna spoke about ...', 'Pew notes ...', 'Ford itself said ...': one capitalised
    word opening its clause right before its cue (LONE_OPENING_RE, WHO_CLAUSE_RE), the
    name as the article gives it (not read as another's), which the article never
    writes in lower case and writes capitalised twice, or after another word (a name,
    not a word opening a sentence: 'Despite', 'Pressure'); not in capitals (acronyms are
    the organisation rule's), a plural (groups are the group rule's: 'By voting ...,
    Democrats knocked out'), a place, a nationality (DEMONYM_ENDINGS), a passive's."""
    said = (raw.subject or "").split()
    if len(said) != 1 or who.name != said[0] or who.group:
        return False
    word, end = said[0], raw.subject_pos + len(said[0])
    before = state.text[raw.sentence[0]:raw.subject_pos].strip(" \"“”'‘’")
    return (word[:1].isupper() and word.isalpha() and not word.isupper()
            and not word.lower().endswith((*DEMONYM_ENDINGS, "s")) and not is_place(word)
            and not _lower_case_in(word, state.text) and _a_name(word, state.text)
            and LONE_OPENING_RE.fullmatch(before) is not None and not passive(raw, state)
            and (close_to_cue(raw, state)
                 or WHO_CLAUSE_RE.fullmatch(state.text, end, raw.cue_pos) is not None))


def _lower_case_in(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text) is not None


def _a_name(word: str, text: str) -> bool:
    """The word written twice, or after a lower-case word or a comma ('said Rihanna')."""
    return (len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text)) >= 2
            or re.search(rf"[a-z,]\s+{re.escape(word)}(?![\w'’-])", text) is not None)
