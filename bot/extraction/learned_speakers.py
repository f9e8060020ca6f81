"""Which speaker a statement of the learned cue model may name of its own (vetting).

A learned statement's subject is less sure than a rule's: the model found a cue, and
the subject is whatever noun phrase opens the clause before it. It keeps its speaker
when the rules' statements of the article name the same one; otherwise only when its
subject is nothing but a name the article gives, read by one of the rules below
(first match wins; the rule's name goes into the statement's trace as its
speaker_vetting). Anything else (a pronoun, a description, a group, a phrase with other
words in it: 'like Trump', 'If Roe', 'All I'm') stays with no speaker
('not_a_rule_speaker').
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.extraction.coref import is_place
from bot.extraction.heads import is_person_noun
from bot.extraction.learned_checks import (
    OFFICES,
    POSSESSIVE_RE,
    close_to_cue,
    joined,
    name_words,
    named_in_full,
    opens,
    passive,
    person_in_full,
    said_words,
    words_before_name,
)
from bot.extraction.learned_persons import (
    apposed_name,
    described_name,
    described_person,
    lone_name,
    name_of,
    opened_name,
)
from bot.extraction.lexicon import ARTICLES, ORG_HEADS, TITLE_WORDS, words
from bot.extraction.mentions import Resolved
from bot.extraction.names import gender_of_name
from bot.extraction.occurrences import has_whole_word
from bot.extraction.participle_clause import participle_main_subject, second_verb_subject
from bot.extraction.person_appositives import appositive_between
from bot.extraction.phrase_reading import NOT_ORG_NAMES
from bot.extraction.raw import Raw
from bot.extraction.vetting import title_refusal

if TYPE_CHECKING:
    from bot.extraction.resolve import _State

LEARNED_FULL_NAME = "learned_full_name"
LEARNED_TITLED_NAME = "learned_titled_name"
LEARNED_TITLED_SURNAME = "learned_titled_surname"
LEARNED_KNOWN_PERSON = "learned_known_person"
LEARNED_DESCRIBED_PERSON = "learned_described_person"
LEARNED_DESCRIBED_NAME = "learned_described_name"
LEARNED_OPENED_NAME = "learned_opened_name"
LEARNED_NAME_OF = "learned_name_of"
LEARNED_APPOSED_NAME = "learned_apposed_name"
LEARNED_ORGANISATION = "learned_organisation"
LEARNED_GROUP = "learned_group"
LEARNED_DESCRIPTION = "learned_description"
LEARNED_PARTICIPLE_SUBJECT = "learned_participle_subject"
LEARNED_LONE_NAME = "learned_lone_name"
# Words a description opens with: determiners and quantifiers ('The', 'One', 'Both',
# 'Many').
QUANTIFIERS = ARTICLES | words("one both many several some two three")


def full_name(raw: Raw, who: Resolved, state: _State) -> bool:
    """'John Doe welcomed ...', 'Sen. Doe hopes ...': the name or its surname
    with only title words before it, and a given name the name lists know."""
    return named_in_full(raw, who, state) and gender_of_name(who.name) is not None


def titled_name(raw: Raw, who: Resolved, state: _State) -> bool:
    """'former California Gov. Jerry Brown criticized ...', 'Florida Sen. Marco Rubio
    was seen ...', 'RNC Chairman Reince Priebus authorized ...': the name in full after
    an office (a title the title rules accept, with an office word in it), for a person
    whose given name the lists may not know."""
    before = words_before_name(raw, who, state)
    if not before:
        return False
    title = " ".join(before)
    office = any(w.lower().rstrip(".") in OFFICES for w in before)
    return office and close_to_cue(raw, state) and title_refusal(title) is None


def titled_surname(raw: Raw, who: Resolved, state: _State) -> bool:
    """'President Roe expressed ...', 'Gov. Roe hopes ...': an office word and one
    capitalised surname, for a person the article does not name in full."""
    said = said_words(raw)
    return (len(said) >= 2 and not who.is_org and who.name == said[-1]
            and said[-1][:1].isupper() and not said[-1].isupper()
            and all(w.lower() in OFFICES for w in said[:-1]) and not is_place(said[-1])
            and close_to_cue(raw, state))


def known_person(raw: Raw, who: Resolved, state: _State) -> bool:
    """'Grandi welcomed ...', 'Megyn Kelly speculated ...': a person the article names
    in full, as the name or the surname alone (titles before it allowed), whose given
    name the lists do not know but whom the article shows to be a person: an office in
    their title, a he/she that follows them, or their surname next to a speech verb
    elsewhere ('Grandi said')."""
    if not named_in_full(raw, who, state) or POSSESSIVE_RE.search(raw.subject or ""):
        return False
    title = state.registry.titles.get(who.name or "", "")
    evidence = (any(w.lower().rstrip(".") in OFFICES for w in title.split())
                or who.name in state.genders or name_words(who)[-1] in state.speaking
                or _person_appositive(raw, state))
    return evidence and close_to_cue(raw, state)


def _person_appositive(raw: Raw, state: _State) -> bool:
    """An appositive between the name and its cue whose head noun names a person
    ('Carl Roe, the father of a soldier, decried', 'Ann Doe, a close aide, coined'),
    not a thing ('Roe, the group's founding document, says'): person_appositives.py."""
    return appositive_between(state.text, raw.subject_pos + len(raw.subject or ""),
                              raw.cue_pos)


def organisation(raw: Raw, who: Resolved, state: _State) -> bool:
    """'The Heritage Foundation notes ...', 'CBS News reports ...', 'The CIA learned
    ...': an organisation named by capitalised words alone (with 'the'), the last an
    organisation head or the whole an acronym ('CIA', 'FDIC')."""
    said = [w for w in (raw.subject or "").split() if w.lower() != "the"]
    if not said or not all(w[:1].isupper() for w in said) or not close_to_cue(raw, state):
        return False
    if len(said) == 1 and said[0].isupper() and len(said[0].strip(".")) >= 2:
        return "." not in said[0]  # an acronym, not initials or 'U.S.'
    return (who.is_org and said[-1].lower() in ORG_HEADS
            and (len(said) > 1 or _proper_noun(said[0], state.text)))


def _proper_noun(word: str, text: str) -> bool:
    """A one-word name the article never writes in lower case ('Congress', 'FBI'), not
    a common noun opening a sentence ('Officials', 'Network')."""
    return word.isupper() or (word.lower() not in NOT_ORG_NAMES
                              and not has_whole_word(text, word.lower()))


def group(raw: Raw, who: Resolved, state: _State) -> bool:
    """'Muslim advocates hailed ...', 'Democrats largely echoed ...', 'Fact-checkers
    soon noted ...': a group of people named by a plural noun with one or two words
    before it, or alone when the article never writes it in lower case ('Democrats',
    not 'Officials'), opening the sentence, close to its cue; not the subject of a
    passive ('States were required to test')."""
    said = (raw.subject or "").split()
    head = said[-1] if said else ""
    named = len(said) > 1 or _proper_noun(head, state.text)  # not 'Officials' alone
    return (opens(raw, state) and named and not passive(raw, state) and len(said) <= 3
            and head.endswith("s")
            and head.isalpha()
            and not head.endswith(("ss", "us", "is")) and not head.isupper()
            and who.name == raw.subject and close_to_cue(raw, state)
            and not any(w.endswith(("'s", "’s")) for w in said))


def description(raw: Raw, who: Resolved, state: _State) -> bool:
    """'The diplomat mused ...', 'the campaign touted ...', 'The French president
    expressed ...': a determiner, at most three words, and an office or organisation
    noun in lower case, opening the sentence, close to its cue; not a name cut short
    ('The Obama'), not an owner's ('The candidate's executive')."""
    said = (raw.subject or "").split()
    return (len(said) >= 2 and len(said) <= 5 and said[0].lower() in ARTICLES
            and said[-1] in TITLE_WORDS | ORG_HEADS and who.name == raw.subject
            and opens(raw, state) and not passive(raw, state) and close_to_cue(raw, state)
            and not any(w.endswith(("'s", "’s")) for w in said))


def participle_subject(raw: Raw, who: Resolved, state: _State) -> bool:
    """'One operative inside Roe Tower tried to downplay the comments, saying ...', 'The
    billionaire businessman visited the clinic, calling ...', 'The Ohio Republican
    survived ... and says': the noun phrase opening the main clause before a participle
    or second-verb cue (participle_clause.py), its head a person noun
    ('operative', 'businessman', 'parents'), or a person the article names in full."""
    args = (state.text, raw.sentence[0], raw.cue or "", raw.cue_pos)
    if (raw.subject, raw.subject_pos) not in (participle_main_subject(*args),
                                              second_verb_subject(*args)):
        return False
    said = (raw.subject or "").split()
    return (person_in_full(who, state) or (
        len(said) >= 2 and said[0].lower() in QUANTIFIERS and is_person_noun(said[-1])
        and not any(w.endswith(("'s", "’s")) for w in said)))


Rule = Callable[[Raw, Resolved, "_State"], bool]
# The rules, in order; the first that accepts names the statement's speaker.
LEARNED_SPEAKER_RULES: tuple[tuple[str, Rule], ...] = (
    (LEARNED_FULL_NAME, full_name),
    (LEARNED_TITLED_NAME, titled_name),
    (LEARNED_TITLED_SURNAME, titled_surname),
    (LEARNED_KNOWN_PERSON, known_person),
    (LEARNED_DESCRIBED_PERSON, described_person),
    (LEARNED_DESCRIBED_NAME, described_name),
    (LEARNED_OPENED_NAME, opened_name),
    (LEARNED_NAME_OF, name_of),
    (LEARNED_APPOSED_NAME, apposed_name),
    (LEARNED_ORGANISATION, organisation),
    (LEARNED_GROUP, group),
    (LEARNED_DESCRIPTION, description),
    (LEARNED_PARTICIPLE_SUBJECT, participle_subject),
    (LEARNED_LONE_NAME, lone_name),
)


def learned_speaker(raw: Raw, who: Resolved, state: _State) -> str | None:
    """The name of the rule that lets a learned statement name who, or None."""
    if "learned-cue" not in raw.rule or who.name is None or who.vetting:
        return None
    if joined(raw, state):
        return None
    return next((name for name, rule in LEARNED_SPEAKER_RULES if rule(raw, who, state)),
                None)
