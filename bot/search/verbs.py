"""Verbs of speech and stance in queries: 'who called ...', 'what did X warn about ...'.

A general English word list (reporting verbs of news style, as bot/extraction uses for
cues, plus verbs of criticism and support), inflected by rule. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def _list(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Base forms. Source: AP-style reporting verbs and stance verbs of news prose.
BASES = _list("""
say tell add note argue warn deny claim insist stress explain assert acknowledge admit
announce declare suggest write tweet state urge maintain contend predict promise vow
pledge believe think hope ask reply respond recall confirm concede reiterate emphasize
emphasise repeat allege complain charge boast joke lament conclude reveal propose demand
testify report observe estimate agree disagree caution fear mock yell shout exclaim quip
remark retort comment answer assure reassure post call describe label dub brand term
accuse blame criticize criticise slam blast attack praise defend reject dismiss denounce
condemn threaten thank welcome hail tout decry lambaste deride insult support oppose
endorse back refuse decline dispute rebuke scold speak talk mention discuss cite
highlight question challenge counter vow concede apologize apologise insinuate imply
characterize characterise compare liken brag swear deplore ridicule applaud commend
""")
# Irregular forms -> base.
IRREGULAR = {"said": "say", "told": "tell", "thought": "think", "wrote": "write",
             "written": "write", "spoke": "speak", "spoken": "speak", "swore": "swear",
             "sworn": "swear", "shot": "shoot", "hit": "hit", "fought": "fight"}
# Verbs that report speech only with their particle ('ruled out', 'pushed back').
PHRASAL = {"rule": "out", "point": "out", "lash": "out", "speak": "out", "push": "back",
           "hit": "back", "fire": "back", "shoot": "back", "weigh": "in", "sound": "off",
           "call": "for"}
# Verbs saying only that something was said: no preference among statements' cues.
GENERIC = frozenset({"say", "tell", "speak", "talk", "state", "comment", "mention",
                     "think", "write", "post", "tweet", "report", "add", "note"})
VOWELS = set("aeiou")


def _inflections(base: str) -> set[str]:
    """base, -s, -ed, -ing; doubling the last consonant is added as a variant."""
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2:-1] not in VOWELS:
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    forms = {base, base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s"),
             base + "ed", base + "ing"}
    if base[-1] not in VOWELS | {"w", "x", "y"} and base[-2:-1] in VOWELS:
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


ROOTS: dict[str, str] = {}
for _base in [*BASES, *PHRASAL]:
    for _form in _inflections(_base):
        ROOTS.setdefault(_form, _base)
ROOTS.update(IRREGULAR)
PARTICLES = frozenset(PHRASAL.values()) | {"out", "back"}


def verb_root(word: str | None) -> str | None:
    """The base of a known verb form ('warned' -> 'warn', 'said' -> 'say'), else None."""
    return ROOTS.get((word or "").lower())


def cue_root(cue: str | None) -> str | None:
    """The base of a statement's cue ('ruled out' -> 'rule', 'has warned' -> 'warn')."""
    for word in (cue or "").lower().split():
        root = verb_root(word)
        if root is not None:
            return root
    return None


def preferred_cue(verb: str | None) -> str | None:
    """The cue root a query's verb prefers among statements; None for plain 'said'."""
    root = verb_root(verb)
    return root if root is not None and root not in GENERIC else None


def needs_particle(verb: str, particle: str | None) -> bool:
    """True for a phrasal-only verb used without its particle ('who ruled nato')."""
    root = verb_root(verb)
    return root in PHRASAL and root not in BASES and PHRASAL[root] != particle


AUXILIARIES = frozenset({"has", "had", "have", "did", "does", "do", "was", "were", "is", "been"})
# "who excoriated ...": an unknown past-tense word of this length after 'who' is a verb.
MIN_UNKNOWN_VERB_CHARS = 6
WHO_START = re.compile(r"^(?:who|which\s+\w+)\s+")


def is_verb(word: str) -> bool:
    return verb_root(word) is not None


def who_verb(cleaned: str) -> tuple[str, str] | None:
    """'who called trump supporters deplorables' -> ('called', 'trump supporters
    deplorables'): any speech or stance verb after 'who' (or 'which senator'), its
    auxiliaries and particle dropped. None when no such verb follows."""
    start = WHO_START.match(cleaned)
    if start is None:
        return None
    tokens = cleaned[start.end():].split()
    while tokens and tokens[0] in AUXILIARIES:
        tokens = tokens[1:]
    if not tokens:
        return None
    verb = tokens[0]
    known = is_verb(verb) or (verb.endswith("ed") and len(verb) >= MIN_UNKNOWN_VERB_CHARS)
    particle = tokens[1] if len(tokens) > 1 else None
    if not known or needs_particle(verb, particle):
        return None
    rest = tokens[1:]
    if rest and rest[0] in PARTICLES and (PHRASAL.get(verb_root(verb) or "") == rest[0]
                                          or rest[0] in ("out", "back")):
        rest = rest[1:]
    return verb, " ".join(rest)


def verb_splits(tokens: list[str]) -> Iterator[tuple[int, int]]:
    """Where a speech or stance verb (with its particle) follows at least one word:
    (index of the verb, index after it and its particle), first to last."""
    for k in range(1, len(tokens)):
        if not is_verb(tokens[k]):
            continue
        particle = tokens[k + 1] if k + 1 < len(tokens) else None
        if needs_particle(tokens[k], particle):
            continue
        root = verb_root(tokens[k]) or ""
        end = k + 2 if particle is not None and PHRASAL.get(root) == particle else k + 1
        yield k, end
