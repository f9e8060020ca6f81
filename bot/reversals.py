"""'changed?': does a statement take back an earlier one of the same speaker on a topic?

Two readings of a statement's stance, each a (key, sign) pair, rules in order:

    stance   a stance verb in the cue, or in the content after 'I'/'we' ('supports',
             'backs' +1; 'opposes', 'ruled out', 'rejected' -1), flipped by a negation
             just before it ('we do not support' -1)
    modal    an auxiliary and its verb ('we will send' / 'we will not send', "won't"):
             key = the subject word and the verb's stem, sign -1 when negated

A later statement is flagged when it shares a key with an earlier one and the signs
differ: 'will' after 'will not' on the same verb, 'ruled out' after 'supports'. Statements
on one topic by one speaker are compared (the timeline's), and only those about the same
matter: bot.timeline requires MIN_SHARED_WORDS (MIN_SHARED_STANCE_WORDS for a stance
verb) words in common besides the topic and the speaker's name and title (on PolNeAR
train, without it, nearly every flag paired statements about different things). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.text import stem

POSITIVE = ("support", "favor", "favour", "endorse", "welcome", "approve", "embrace",
            "champion", "accept", "agree")
NEGATIVE = ("oppose", "reject", "rule out", "ruled out", "rules out", "ruling out", "refuse",
            "deny", "denies", "denied", "dismiss", "condemn", "veto", "block", "object to")
# In the content these are too often something else ('block' a road, 'accept' a fact).
# 'back' is none at all: as a cue it is mostly a retort ('fired back', 'shot back').
CUE_ONLY = frozenset({"block", "accept", "agree"})
# In the content a stance verb is the speaker's own only after 'I' or 'we' (an auxiliary,
# an adverb or a negation between): 'we no longer support'; 'he refuses', 'Trump
# supported', 'must be backed' are someone else's, or no stance at all.
FIRST_PERSON_RE = re.compile(r"\b(?:i|we)\s+(?:\w+\s+){0,3}\Z", re.IGNORECASE)
NEGATORS = r"(?:not|never|no longer|n't|nt|nobody|no one|none)"
STANCE_RE = re.compile(
    r"\b(?P<neg>" + NEGATORS + r"\s+(?:\w+\s+)?)?(?P<verb>"
    + "|".join(sorted((re.escape(w) for w in (*POSITIVE, *NEGATIVE)), key=len, reverse=True))
    + r")(?:s|es|d|ed|ing)?\b", re.IGNORECASE)
AUXILIARIES = (r"will|would|shall|should|can|could|must|may|might|do|does|did|is|are|was|were"
               r"|has|have|had")
MODAL_RE = re.compile(
    r"\b(?:(?P<aux>" + AUXILIARIES + r")(?P<neg>\s+not|\s+never|n't|\s+no longer)?"
    r"|(?P<contracted>won't|wouldn't|can't|cannot|shouldn't|couldn't|mustn't|don't|doesn't"
    r"|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't))"
    r"\s+(?:(?:be|have|ever|also|still|now|really|definitely|certainly|absolutely)\s+)*"
    r"(?P<verb>[a-z]{3,})\b", re.IGNORECASE)
# The word before an auxiliary: its subject ('we will', 'NATO is'), part of the key, so
# that 'we will send' and 'they will not send' are not one stance.
SUBJECT_RE = re.compile(r"(\w+)\s+\Z")
NEGATIVE_SUBJECT_RE = re.compile(r"\b(?:nobody|no one|none|nothing)\s+\Z", re.IGNORECASE)
# Words (rough roots, bot.timeline) two statements must share to be about the same
# matter: for a modal reading (its verb among them), and for a stance verb. On PolNeAR
# train, 2 for stance verbs flagged 4 pairs of which 1 was a change ('refused to endorse
# Ryan' then 'endorsed ... Paul Ryan', 3 words shared); the 3 wrong ones shared 2.
MIN_SHARED_WORDS = 2
MIN_SHARED_STANCE_WORDS = 3
# Words after an auxiliary that are no predicate of their own, and verbs of saying
# ('has said' / 'hasn't said' is about speaking, not a position).
NOT_PREDICATES = frozenset({"the", "and", "that", "this", "there", "than", "not", "you",
                            "they", "she", "his", "her", "our", "its", "their", "been",
                            "any", "all", "for", "with", "what", "who", "say", "says", "said",
                            "tell", "told", "ask", "asked", "state", "stated", "add", "added",
                            "note", "noted", "comment", "commented"})


@dataclass(frozen=True)
class Stance:
    key: str
    sign: int
    words: str  # the words read, for the reason shown


def stances(cue: str | None, text: str) -> list[Stance]:
    """Every stance reading of a statement (its cue and its content)."""
    text = text.replace("’", "'")
    found: list[Stance] = []
    for in_cue, source in ((True, cue or ""), (False, text)):
        for match in STANCE_RE.finditer(source):
            verb = match["verb"].lower()
            if not in_cue and (verb in CUE_ONLY or not FIRST_PERSON_RE.search(
                    source, 0, match.start())):
                continue
            sign = -1 if any(verb.startswith(n) for n in NEGATIVE) else 1
            if match["neg"]:
                sign = -sign
            found.append(Stance("stance", sign, match[0].strip()))
    for match in MODAL_RE.finditer(text):
        verb = match["verb"].lower()
        if verb in NOT_PREDICATES:
            continue
        negated = bool(match["neg"] or match["contracted"])
        if NEGATIVE_SUBJECT_RE.search(text, 0, match.start()):  # 'nobody will deny'
            negated = not negated
        subject = SUBJECT_RE.search(text, 0, match.start())
        who = subject[1].lower() if subject else ""
        found.append(Stance(f"modal:{who}:{stem(verb)}", -1 if negated else 1,
                            match[0].strip()))
    return found


def shared_words(earlier: set[str], later: set[str]) -> int:
    return len(earlier & later)


def needed_words(stance: Stance) -> int:
    """Words two statements must share for this reading to compare them: a modal's key
    already ties them by subject and verb, a stance verb by nothing but the speaker."""
    return MIN_SHARED_WORDS if stance.key.startswith("modal:") else MIN_SHARED_STANCE_WORDS


def changed_from(history: list[list[Stance]], later: list[Stance],
                 related: Callable[[int, Stance], bool] | None = None
                 ) -> tuple[int, Stance, Stance] | None:
    """The earlier statement `later` takes back: for each of its readings, the most
    recent earlier statement with that key (among those `related(index, reading)`
    allows), when its sign there is the other one (and not also the same one).
    (index in history, old reading, new reading), latest first."""
    best: tuple[int, Stance, Stance] | None = None
    for new in later:
        for index in range(len(history) - 1, -1, -1):
            same_key = [old for old in history[index] if old.key == new.key]
            if not same_key or (related is not None and not related(index, new)):
                continue
            if all(old.sign != new.sign for old in same_key) and (
                    best is None or index > best[0]):
                best = (index, same_key[0], new)
            break
    return best
