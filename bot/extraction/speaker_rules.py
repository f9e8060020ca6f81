"""Who said it: the speaker rules, an ordered table, first match wins.

Each rule looks at one raw statement (its subject mention, if the attribution found
one) and what the article said before it, and either answers with a speaker
(`Resolved(None)` meaning "nobody can be named") or passes. The rule's name goes into
the statement's trace, so `onrecord extract --explain` says why a speaker was chosen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.extraction.according import AS_REPORTED_BY
from bot.extraction.askers import remembered
from bot.extraction.beside import after_office, beside_description
from bot.extraction.common_words import plural_noun
from bot.extraction.coordinated import MAX_GROUP_WORDS, coordination_rule, listed
from bot.extraction.descriptions import proper_name, same_description
from bot.extraction.heads import PREPOSITIONS
from bot.extraction.it_rules import expletive_it, it_not_people, it_said, they_lately
from bot.extraction.lexicon import OTHER_PRONOUNS, PERSON_PRONOUNS
from bot.extraction.mentions import Resolved, resolve
from bot.extraction.participle_objects import participle_object
from bot.extraction.person_gender import gender
from bot.extraction.quotation_speakers import goes_on, paragraph_subject_rule, previous_nearby
from bot.extraction.raw import Raw
from bot.extraction.salience import LOOKBACK_SENTENCES, Salient, antecedent, sentence_index
from bot.extraction.speaker_kinds import fits, full_name, known_gender, one_person
from bot.extraction.targets import target_of_report

if TYPE_CHECKING:
    from bot.extraction.resolve import _State

# "He’s predicting": a contracted auxiliary on a pronoun subject.
CONTRACTION_RE = re.compile(r"^([Hh]e|[Ss]he)['’]s$")
# Between the conjuncts of a coordinated subject ('Roe, Doe and Poe').
CONJUNCT_SPLIT_RE = re.compile(r",\s*|\s+(?:and|&)\s+")
# Pronouns with no antecedent found take the previous statement's speaker
# ("they", "we" for a group just quoted; "I" in a first-person piece).
FALLBACK_PRONOUNS = frozenset(["they", "we", "i", "it", "he", "she"])


@dataclass
class Ask:
    """One statement being attributed; `named()` resolves its subject once."""

    raw: Raw
    state: _State
    _named: Resolved | None = None

    @property
    def subject(self) -> str:
        return (self.raw.subject or "").lower()

    def named(self) -> Resolved:
        """The subject resolved against the article's names, a pronoun only when its
        gender fits."""
        if self._named is None:
            raw, state = self.raw, self.state
            found = resolve(raw.subject or "", raw.subject_pos, state.registry,
                            state.last_person, state.last_org)
            want = PERSON_PRONOUNS.get(self.subject)
            if want and found.name is not None and not fits(found, want, state):
                found = Resolved(None)
            self._named = found
        return self._named


Rule = Callable[[Ask], Resolved | None]


def unattributed(ask: Ask) -> Resolved | None:
    """Nothing names a speaker: the statement is stored with none."""
    return Resolved(None)


def pronoun_antecedent(ask: Ask) -> Resolved | None:
    """'Clinton ... She said': he/she resolved to the person it refers back to."""
    if ask.subject not in PERSON_PRONOUNS:
        return None
    raw, state = ask.raw, ask.state
    sent = sentence_index(state.sentences, raw.subject_pos)
    first = sent - LOOKBACK_SENTENCES  # antecedent reads no other mention: fewer to test
    before = _outside(raw, [c for c in state.salient if first <= c.sent <= sent], state.text)
    found = antecedent(raw.subject or "", raw.subject_pos, sent, before)
    if found is not None:
        state.salient.append(Salient(raw.subject_pos, found, sent, True,
                                     PERSON_PRONOUNS[ask.subject]))
    return found


def _outside(raw: Raw, salient: list[Salient], text: str) -> list[Salient]:
    """Rule 'no-antecedent-in-own-words': a person the statement's own words name only as
    an owner or a preposition's object is no antecedent of its pronoun subject ('Any
    attempt to debunk a falsehood by Mr. Trump, he said, becomes hopeless': 'he' is not
    Trump); its own subject may be ('Though Ms. Roe has lived there, she said, ...')."""
    return [c for c in salient if not (any(a <= c.pos < b for a, b in raw.spans) and (
        c.possessor or _word_before(text, c.pos) in PREPOSITIONS))]


def _word_before(text: str, pos: int) -> str:
    words = text[max(0, pos - 20):pos].split()
    return words[-1].lower() if words else ""


def pronoun_fallback(ask: Ask) -> Resolved | None:
    """'they said' / 'we' with no antecedent: the previous statement's speaker (a group
    just quoted), or the last person named, when the pronoun's gender fits; 'they'
    never one person ('Roe said ... They argued': nobody)."""
    state = ask.state
    if ask.subject not in FALLBACK_PRONOUNS or not state.last or ask.named().name is not None:
        return None
    back = state.last[1] if proper_name(state.last[1].name or "") else state.last_person
    want = PERSON_PRONOUNS.get(ask.subject)
    if want and back is not None and back.group:
        back = state.last_person  # 'Smith and Jones said ... He said': not the pair
    if ask.subject == "they" and back is not None and (one_person(back, state)
                                                       or full_name(back)):
        return Resolved(None)  # 'Roe said ... They argued': never Roe alone
    return back if back is not None and (not want or fits(back, want, state)) else ask.named()


def negated_subject(ask: Ask) -> Resolved | None:
    """'Neither Clinton nor Obama has proposed ...': a subject that says its people did
    not say it ('Neither Clinton', '... nor Obama') names nobody."""
    raw = ask.raw
    before = ask.state.text[raw.sentence[0]:max(raw.subject_pos, raw.sentence[0])].split()
    if ask.subject.split()[:1] == ["neither"] or before[-1:] == ["nor"]:
        return Resolved(None)
    return None


def coordinated_subject(ask: Ask) -> Resolved | None:
    """'Smith and Jones said', 'current and former officials said': the coordination
    as the article writes it speaks, a group (coordinated.py); never one of them."""
    phrase = ask.raw.subject or ""
    if coordination_rule(phrase) is None:
        return None
    if any(c.lower() in PERSON_PRONOUNS or c.lower() in OTHER_PRONOUNS
           for c in CONJUNCT_SPLIT_RE.split(phrase)):
        return Resolved(None)  # 'He and Mr. Allen said': nobody, never Mr. Allen alone
    if len(phrase.split()) > MAX_GROUP_WORDS:
        return Resolved(None)  # too long for a card: nobody, never one of them
    return Resolved(phrase, mention=phrase, group=True)


def listed_subject(ask: Ask) -> Resolved | None:
    """'Carson, Fiorina and Huckabee said': not Huckabee alone; nobody (coordinated.py)."""
    return Resolved(None) if listed(ask.raw, ask.state.text) else None


def _renaming(finder: Callable[[Raw, _State], tuple[str, int] | None]) -> Rule:
    """A rule that finds the statement's real subject phrase (beside.py) and names it
    as the article does."""
    def rule(ask: Ask) -> Resolved | None:
        return _as_subject(ask, finder(ask.raw, ask.state))

    rule.__doc__ = finder.__doc__  # the finder's doc, with its example, is the rule's
    return rule


def _as_subject(ask: Ask, found: tuple[str, int] | None) -> Resolved | None:
    """found (phrase, position) becomes the statement's subject, named as the article
    names it; None when nothing was found."""
    if found is None:
        return None
    ask.raw.subject, ask.raw.subject_pos = found
    ask._named = None
    return subject_mention(ask)


def subject_mention(ask: Ask) -> Resolved | None:
    """'Sen. Ted Cruz said' / 'the senator said': the subject as the article names it,
    a description referring back to the person it described before."""
    found = same_description(ask.named(), ask.state.described)
    _remember(ask, found)
    return found


# The rules for a statement whose attribution found no subject, then for one that did.
NO_SUBJECT_RULES: tuple[tuple[str, Rule], ...] = (
    ("goes-on", goes_on),
    ("paragraph-subject", paragraph_subject_rule),
    ("previous-speaker-nearby", previous_nearby),
    ("unattributed", unattributed),
)
SUBJECT_RULES: tuple[tuple[str, Rule], ...] = (
    ("target-of-report", target_of_report),
    ("coordinated-subject", coordinated_subject),
    ("listed-subject", listed_subject),
    ("pronoun-antecedent", pronoun_antecedent),
    ("expletive-it", expletive_it),
    ("it-not-people", it_not_people),
    ("it-last-organisation", it_said),
    ("they-named-lately", they_lately),
    ("pronoun-previous-speaker", pronoun_fallback),
    ("negated-subject", negated_subject),
    ("name-after-office", _renaming(after_office)),
    ("name-beside-description", _renaming(beside_description)),
    ("participle-object", participle_object),
    ("subject-mention", subject_mention),
)


def speaker_for(raw: Raw, state: _State) -> tuple[Resolved, str]:
    """The speaker of raw and the name of the rule that chose it."""
    if raw.subject is not None and ("'" in raw.subject or "’" in raw.subject):  # "He's"
        raw.subject = CONTRACTION_RE.sub(r"\1", raw.subject)
    ask = Ask(raw, state)
    for name, rule in SUBJECT_RULES if raw.subject is not None else NO_SUBJECT_RULES:
        found = rule(ask)
        if found is not None:
            return found, name
    return Resolved(None), "unattributed"


def _remember(ask: Ask, found: Resolved) -> None:
    """A named person becomes the last person (and a he/she antecedent); anything
    else named becomes the last organisation."""
    state, raw = ask.state, ask.raw
    if AS_REPORTED_BY in raw.rule:
        return  # 'As reported by X, Roe found ...': X is no subject a 'he' may refer to
    person = found.name is not None and not found.is_org and proper_name(found.name)
    if person and plural_noun(found.name or "", state.text):
        return  # 'Aides said ...' opening a sentence: a group, never a he/she
    if person and found.name and (" " in found.name or gender(found)
                                  or found.name in state.speaking):
        state.last_person = found
        sent = sentence_index(state.sentences, raw.subject_pos)
        state.salient.append(remembered(raw, state.text, Salient(
            raw.subject_pos, found, sent, True, known_gender(found, state)), state.salient))
    elif found.name is not None and not person:
        state.last_org = found
