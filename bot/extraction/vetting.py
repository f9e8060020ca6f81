"""The last check on a statement's speaker and title, after the speaker is chosen.

A speaker is a named person, a named organisation, or a description that says what it
is ('a Trump supporter', 'a senior administration official', 'the campaign', 'the
report'); never a fragment, a thing that shows but does not say ('a review of
records'), a place, or a phrase with a verb in it. A title is an office, an occupation
or a party ('U.S. Secretary of Defense'), or absent.

Two ordered rule tables decide, first refusal wins: SPEAKER_RULES (speaker_checks.py)
and TITLE_RULES (title_checks.py). A refused speaker becomes None: the statement is
kept, unattributed, never handed to the nearest noun. A thing made by a named
organisation speaks as that organisation ('a new Gallup poll' -> Gallup, rule
'thing_owner', owners.py). A refused title is dropped and the speaker kept. 'I' or 'we'
as the subject in the narration is the writer, never named: no speaker ('first_person').
A name that is only the tail of a longer name in the article is read whole ('whole_name',
name_tails.py: 'Development' -> 'Organization for Economic Cooperation and
Development'). The rule that decided is kept in Resolved.vetting, for the statement's
trace ('speaker_vetting').
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.extraction.adjective_speakers import ADJECTIVE, adjective_alone
from bot.extraction.coordinated import last_conjunct
from bot.extraction.descriptions import is_thing
from bot.extraction.lexicon import ORG_HEADS, TITLE_WORDS, words
from bot.extraction.mentions import Resolved
from bot.extraction.name_tails import whole_name
from bot.extraction.object_mentions import OBJECT_NOT_SUBJECT, names_an_object
from bot.extraction.owned_people import PERSON_OF_OWNER, person_of_owner
from bot.extraction.owners import owner
from bot.extraction.passives import passive_subject
from bot.extraction.raw import Raw
from bot.extraction.speaker_checks import SPEAKER_RULES
from bot.extraction.title_checks import TITLE_RULES
from bot.extraction.vetting_words import read

if TYPE_CHECKING:
    from bot.extraction.resolve import _State

# The rule name recorded when a thing's maker speaks for it, and when words that only
# came along with a name were trimmed from it.
THING_OWNER = "thing_owner"
PASSIVE_SUBJECT = "passive_subject"
TRIMMED = "trimmed"
WHOLE_NAME = "whole_name"
# Words that open a clause before its subject ('As Politico reported', 'While Sanders
# said', 'Perhaps Russia'). Source: English conjunctions and sentence adverbs.
LEADING_WORDS = words("""as while but and so yet perhaps maybe though although because
since if when whenever after before until unless whereas meanwhile still also even
then now instead however indeed thus hence""")
# A proper name of more than this many words holds a title or a headline.
MAX_NAME_RUN = 6
# 'I' or 'we' as the subject in the narration is the writer, whom the article does not
# name as a speaker: never handed to the last person quoted ('I tell myself that ...').
FIRST_PERSON = frozenset(["i", "we", "i've", "we've", "i'm", "we're", "i'd", "we'd"])


@functools.lru_cache(maxsize=256)
def speaker_refusal(name: str, article: str = "") -> str | None:
    """The name of the first speaker rule that refuses name, or None. article is the
    text name comes from (a lone capitalised word is checked against it). Cached, a
    few hundred entries (few article texts kept alive): an article's speakers are
    vetted again at each of their statements."""
    phrase = read(name, article)
    if not phrase.words:
        return "empty"
    return next((rule.name for rule in SPEAKER_RULES if rule.refuses(phrase)), None)


@functools.lru_cache(maxsize=1024)
def title_refusal(title: str) -> str | None:
    """The name of the first title rule that refuses title, or None. Cached: the rules
    read the title alone, and an article's titles come back at each statement of their
    speaker (on train three calls in four repeat a title)."""
    phrase = read(title)
    if not phrase.words:
        return "title_empty"
    return next((rule.name for rule in TITLE_RULES if rule.refuses(phrase)), None)


def vetted(who: Resolved, raw: Raw, state: _State) -> Resolved:
    """who, who without its title, the organisation behind a thing, or no speaker; the
    deciding rule's name is in the result's `vetting`. A refused document or thing is
    still what a later 'it' stands for (and is vetted again there)."""
    name = who.name
    if name is None:
        return who
    if (raw.subject or "").lower().replace("’", "'") in FIRST_PERSON:
        return Resolved(None, None, False, raw.subject, vetting="first_person")
    if raw.subject and person_of_owner(state.text, raw.subject,
                                       raw.subject_pos + len(raw.subject), raw.cue_pos):
        return Resolved(None, None, False, who.mention, vetting=PERSON_OF_OWNER)
    if names_an_object(who.mention, name, raw.cue):
        return Resolved(None, None, False, who.mention, vetting=OBJECT_NOT_SUBJECT)
    if raw.subject and passive_subject(state.text, raw.subject_pos + len(raw.subject),
                                       raw.cue, raw.cue_pos):
        return Resolved(None, None, False, who.mention, vetting=PASSIVE_SUBJECT)
    short = trimmed(name)
    if not who.group and short != name and short and speaker_refusal(short,
                                                                      state.text) is None:
        name = short
        who = replace(who, name=short, vetting=TRIMMED)
    whole = None if who.group else whole_name(name, state.text)
    if whole and speaker_refusal(whole, state.text) is None:
        name = whole  # 'Development' -> 'Organization for ... Cooperation and Development'
        who = replace(who, name=whole, vetting=WHOLE_NAME)
    rule = speaker_refusal(last_conjunct(name) if who.group else name, state.text)
    if rule is None and adjective_alone(name, who.mention or raw.subject,
                                        state.registry.by_surname):
        rule = ADJECTIVE
    if rule is not None:
        if is_thing(who):
            state.last_thing = who
        if rule == "thing":
            maker = owner(read(name).words, frozenset(state.registry.by_surname))
            if maker and speaker_refusal(maker, state.text) is None:
                return Resolved(maker, None, True, who.mention, vetting=THING_OWNER)
        return Resolved(None, None, False, who.mention, vetting=rule)
    if who.title and (rule := title_refusal(who.title)) is not None:
        return replace(who, title=None, vetting=rule)
    return who


@functools.lru_cache(maxsize=4096)
def trimmed(name: str) -> str:
    """name without what only came along with it: a repeated word ('the the report'),
    a headline in capitals before it ('SPARED FULL BAN The Committee'), a conjunction or
    sentence adverb before a name ('As Politico', 'While Sanders'), and in a run of
    more than six capitalised words, the titles before the name ('Council on Relations
    National Executive Director Nihad Awad' -> 'Nihad Awad'); a surname with its
    affiliation ('Lewis of the James Martin Center') is the surname. Cached: a
    speaker's name is vetted at each of its statements (on train two calls in three
    repeat a name)."""
    words = name.split()
    words = [w for k, w in enumerate(words) if not k or w.lower() != words[k - 1].lower()]
    caps = next((k for k, w in enumerate(words) if not w.isupper()), len(words))
    if 2 <= caps < len(words) and any(len(w) > 3 for w in words[:caps]):
        words = words[caps:]
    while len(words) > 1 and words[0].lower() in LEADING_WORDS and words[1][:1].isupper():
        words = words[1:]
    if (len(words) > 3 and words[1] in ("of", "at", "from") and words[2] == "the"
            and words[0][:1].isupper() and words[0].lower() not in TITLE_WORDS | ORG_HEADS):
        words = words[:1]  # 'Lewis of the James Martin Center for ...': the person
    if len(words) > MAX_NAME_RUN and all(w[:1].isupper() or w in ("of", "on", "for")
                                         for w in words):
        last = max((k for k, w in enumerate(words) if w.lower().rstrip(".") in TITLE_WORDS),
                   default=-1)
        if 0 <= last < len(words) - 2:
            words = words[last + 1:]
    return " ".join(words)
