"""A speaker or title phrase read once for vetting (vetting.py): its words, whether it
is a description, and the tests for a verb inside it that both rule tables use."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.extraction.heads import (
    DETERMINER_LIKE,
    QUANTIFIERS,
    is_org_noun,
    is_person_noun,
)
from bot.extraction.lexicon import IRREGULAR_PAST, OBJECT_PRONOUNS, SPEECH_VERBS, words

# Auxiliaries and modals: a phrase holding one is a clause ("he isn't even fit").
AUXILIARY_VERBS = words("""is are was were be been being has have had will would could
should shall must might can cannot do does did isn't aren't wasn't weren't hasn't haven't
hadn't won't wouldn't couldn't shouldn't can't don't doesn't didn't""")
# Finite verbs common in news copy that are seldom nouns ('poll shows Trump at the top').
FINITE_VERBS = words("""shows showed finds expects expected holds wants wanted needs
seems seemed appears appeared remains remained puts gives takes makes sees comes goes
gets keeps leads lacks owns continues continued""")
# Irregular past participles in -n (and 'begun', 'done', 'gone'), which PARTICIPLE_RE
# does not match: one opening a phrase of more words is a verb phrase ('drawn huge
# crowds'), never a speaker (heads.IRREGULAR_PARTICIPLES is a list for another test).
# Source: English irregular verbs.
N_PARTICIPLES = words("""drawn taken given shown seen known written spoken broken
chosen driven grown thrown begun done gone ridden risen beaten forgotten hidden stolen
sworn worn torn shaken""")
# Speech verbs that are nouns too often to count as a verb ('the answers', 'Ian Read').
NOUN_LIKE_VERBS = words("answers answer read reads think")
# Words inside a proper name that are not capitalised ('Charles de Gaulle',
# 'Commission on Presidential Debates', 'Department of Justice').
NAME_LINKS = words("of for on and the de da van von der al bin la le du del y &")
# Adverbs of quantity opening a share ('about half', 'nearly two-thirds of voters').
APPROXIMATORS = words("about nearly almost roughly approximately around fully just only")
WORD_RE = re.compile(r"[\w%][\w.'’&/-]*")
PAST_RE = re.compile(r"[a-z]{3,}ed")
PARTICIPLE_RE = re.compile(r"[a-z]{3,}(?:ed|ing)")
POSSESSIVE_RE = re.compile(r"['’]s?$")


@dataclass
class Phrase:
    """A speaker or title read once: its words, their plain lowercase forms (no
    possessive, no final period), and whether it is a description (a determiner, a
    quantifier, a number or a lowercase word), not a proper name."""

    text: str
    words: list[str]
    low: list[str]
    description: bool
    article: str = ""


def read(text: str, article: str = "") -> Phrase:
    toks = WORD_RE.findall(text)
    while len(toks) > 1 and toks[0].lower() in APPROXIMATORS:
        toks = toks[1:]  # 'about half of voters', 'nearly two-thirds of ...'
    low = [POSSESSIVE_RE.sub("", w.lower()).rstrip(".") or w.lower() for w in toks]
    lower_word = any(w[:1].islower() and lw not in NAME_LINKS
                     for w, lw in zip(toks, low, strict=True))
    first = low[0] if low else ""
    description = (lower_word or first in DETERMINER_LIKE or first in QUANTIFIERS
                   or first[:1].isdigit())
    return Phrase(text, toks, low, description, article)


@dataclass(frozen=True)
class Rule:
    """One vetting rule: its name (recorded in the statement's trace) and the test
    that says it refuses the phrase."""

    name: str
    refuses: Callable[[Phrase], bool]


def has_verb(p: Phrase) -> bool:
    """A verb after the first word: 'Hillary Clinton Said', 'the influential US daily
    wrote', 'The campaign says ...', 'he isn't even fit', 'PolitiFact rated 22% of',
    'the regime to abandon its weapons'."""
    for k, (word, low) in enumerate(zip(p.words, p.low, strict=True)):
        if k == 0:
            if word[:1].islower() and _opening_verb(p):
                return True  # 'helped the poor in ...', 'been an exchange student'
            if (word[:1].isupper() and len(p.words) > 1 and low in SPEECH_VERBS
                    and low not in NOUN_LIKE_VERBS and not p.words[1][:1].islower()):
                return True  # 'Say Mexico': an imperative or a cue glued to a name
            continue
        if word[:1].isupper():
            if (low in SPEECH_VERBS and low.endswith(("ed", "s", "id", "ld", "ote"))
                    and low not in NOUN_LIKE_VERBS):
                return True
        elif (low in AUXILIARY_VERBS or low in IRREGULAR_PAST or low in FINITE_VERBS
              or (low == "to" and _infinitive(p, k))
              or (PAST_RE.fullmatch(word) and _object_follows(p, k))
              or (low in SPEECH_VERBS and low not in NOUN_LIKE_VERBS)):
            return True
    return False


def _opening_verb(p: Phrase) -> bool:
    """A lowercase verb opening the phrase: an auxiliary, a finite verb, or a
    participle with an object or particle after it ('heading off Republican')."""
    low = p.low[0]
    if low in AUXILIARY_VERBS or low in IRREGULAR_PAST or low in FINITE_VERBS:
        return True
    if low in N_PARTICIPLES and len(p.low) > 1:
        return True  # 'drawn huge crowds', 'taken the stage': a perfect's verb phrase
    nxt = p.low[1] if len(p.low) > 1 else ""
    return bool(PARTICIPLE_RE.fullmatch(low)) and (nxt in DETERMINER_LIKE or nxt in PARTICLES)


# Particles and prepositions after a verb ('heading off', 'helped out').
PARTICLES = words("off up out down in on over back away into onto about through")


def _infinitive(p: Phrase, k: int) -> bool:
    """'the regime to abandon its weapons': 'to' and a bare verb, not 'to the campaign',
    'close to campaign officials' or 'close to him'."""
    if k + 1 >= len(p.words):
        return False
    nxt = p.words[k + 1]
    return (nxt[:1].islower() and p.low[k + 1] not in DETERMINER_LIKE
            and p.low[k + 1] not in OBJECT_PRONOUNS
            and not is_person_noun(nxt) and not is_org_noun(nxt))


def _object_follows(p: Phrase, k: int) -> bool:
    """'PolitiFact rated 22% of ...', 'Ryan endorsed Trump': an -ed word after a name
    with an object after it is a verb ('Democrats involved in the talks' is not)."""
    if k + 1 >= len(p.words) or not p.words[k - 1][:1].isupper():
        return False
    if p.low[k - 1] in DETERMINER_LIKE:
        return False
    nxt = p.words[k + 1]
    return nxt[:1].isupper() or nxt[:1].isdigit() or p.low[k + 1] in DETERMINER_LIKE
