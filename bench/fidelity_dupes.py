"""Duplicate speaker records (issue 11): one person or body stored under two names.

duplicate_pairs(names) takes every speaker record's name from the store and returns
each duplicate pair once, as (name, other name, rule). Three rules:

(a) surname: a record that is a surname alone, or honorific + surname ('Burton',
    'Mr. Burton', 'De Blasio'), and exactly one multi-word person record ending in
    that surname ('Dan Burton', 'Bill de Blasio'); case-insensitive. When two or more
    full names share the surname ('Gary Johnson', 'Ron Johnson') the surname alone is
    ambiguous, not a duplicate; so is a one-word name the articles also use as an
    organisation's ('Guardian' beside 'Don Guardian': 'the Guardian reported').
(b) acronym: an all-caps record of 2-6 letters (dots ignored) and exactly one other
    record whose capitalised words have those initials, ignoring of/the/and/for/on/in/
    at/& ('IMF', 'International Monetary Fund'). A two-letter acronym counts only when an
    article defines it as that name ('the Inspector General (IG)'): two initials match
    too many names ('IG', the inspector general, beside 'Intelligence Group').
    Two long names with the same initials make the acronym ambiguous: not counted.
(c) variant: two records whose names differ only by case, punctuation, hyphens,
    honorifics or a middle initial ('George W. Bush', 'George Bush'); two different
    middle initials ('George H. W. Bush') are different people.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from fidelity_words import (
    CAP_FUNCTION,
    DETERMINERS,
    HONORIFICS,
    PARTICLES,
    PLACES,
    PLURAL_TITLES,
    words_of,
)

SKIP_IN_ACRONYM = words_of("of the and for on in at &")
NAME_SUFFIXES = words_of("jr jr. sr sr. ii iii iv")
ORG_WORDS = words_of("""Press Party News Post Times Journal Committee Council Association
    Union Bank Fund Group Agency Office Department Service Network Institute Center
    Centre Foundation Commission Court Nations Organization Organisation Corporation
    Company Club League Board Bureau Administration Authority Forum Alliance Coalition
    Caucus Society Federation Trust International Television Radio Workers State
    University College School Church Museum Magazine Campaign""")
# Capitalised modifiers that start a description or an adjective, not a first name
# ('Fellow Republicans', 'Former aides', 'Central Asian').
MODIFIERS = words_of("""fellow former top senior local federal national young rival
    retired central north south east west northern southern eastern western""")
# After 'the NAME': a reporting verb shows NAME is an outlet or body ('the Hill reported').
REPORTING = "said|says|reported|reports|wrote|published|found|noted"
# After NAME: words that make it an organisation's name ('Gallup poll', 'Bloomberg News').
ORG_FOLLOWERS = "|".join(["poll", "polls", "survey", "surveys", "account", "post", "posts",
                          *sorted(ORG_WORDS)])
ACRONYM_RE = re.compile(r"[A-Z]{2,6}")

Pair = tuple[int, int, str]  # two indices into the names, the rule


def _without_honorifics(tokens: list[str]) -> list[str]:
    while len(tokens) > 1 and (tokens[0].lower() in HONORIFICS or tokens[0] in PLURAL_TITLES):
        tokens = tokens[1:]
    return tokens


def surname_only(name: str) -> tuple[str, ...] | None:
    """The surname of a record that is only a surname (after honorifics), lower case."""
    tokens = _without_honorifics(name.split())
    last = tokens[-1]
    if not (last[:1].isupper() and re.sub("['’-]", "", last).isalpha()):
        return None
    if len(tokens) == 1 and last.isupper() and len(last) > 1:
        return None  # an acronym: rule (b)
    if len(tokens) > 3 or any(t.lower() not in PARTICLES for t in tokens[:-1]):
        return None
    if name in PLACES or last in ORG_WORDS:
        return None  # 'Paris', 'Party': a place or a body, not a surname
    return tuple(_fold(t) for t in tokens)


def _fold(token: str) -> str:
    """Lower case with one apostrophe ('O’Neill' and "O'Neill" are one name)."""
    return token.lower().replace("’", "'")


def full_name_surnames(name: str) -> list[tuple[str, ...]]:
    """The surname endings of a multi-word person name ('Bill de Blasio' ends in
    'blasio' and 'de blasio'). None for what is not shaped like a person's name:
    descriptions ('One Republican', 'Fellow Republicans'), organisations ('UK Independence Party',
    'Islamic State'), fragments ('As Politico')."""
    tokens = _without_honorifics(name.split())
    while len(tokens) > 2 and tokens[-1].lower() in NAME_SUFFIXES:
        tokens = tokens[:-1]
    if (not 2 <= len(tokens) <= 5 or tokens[0].lower() in DETERMINERS | MODIFIERS
            or tokens[0] in CAP_FUNCTION or ORG_WORDS & set(tokens)):
        return []
    for token in tokens:
        if not (token[:1].isupper() or token.lower() in PARTICLES):
            return []
        letters = re.sub("[.'’-]", "", token)
        if not letters.isalpha() or (len(letters) > 1 and letters.isupper()):
            return []  # an acronym in it ('CORE Teachers', 'UK ...')
    low = [_fold(t) for t in tokens]
    return [tuple(low[i:]) for i in range(1, len(low))]


def _acronym(name: str) -> str | None:
    letters = re.sub(r"^(?:the|The)\s+", "", name).replace(".", "")
    return letters if ACRONYM_RE.fullmatch(letters) else None


def initials(name: str) -> str:
    words = re.sub(r"^(?:the|The)\s+", "", name).replace("-", " ").split()
    kept = [w for w in words if w.lower() not in SKIP_IN_ACRONYM]
    if not kept or not all(w[:1].isupper() for w in kept):
        return ""
    return "".join(w[0] for w in kept)


def variant_key(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(name words, middle initials): lower case, no punctuation, no honorifics."""
    tokens = _without_honorifics(re.sub(r"[-‐–]", " ", name).split())
    words = [re.sub(r"[.,'’\"]", "", t).lower() for t in tokens]
    words = [w for w in words if w]
    middle = tuple(w for w in words[1:-1] if len(w) == 1)
    return tuple(w for i, w in enumerate(words) if not (0 < i < len(words) - 1
                                                         and len(w) == 1)), middle


def organisation_usage(name: str, corpus: str) -> bool:
    """The articles use a one-word name as an organisation's: 'the Guardian said',
    'told the Hill.', 'a Gallup poll', 'his Twitter account', 'Bloomberg News'
    ('on Twitter' is no sign: 'attacks on Fiorina'). Then a record
    of that name alone may be the organisation, not the one person with that
    surname: ambiguous, not counted."""
    word = re.escape(name)
    return bool(re.search(
        rf"\b[Tt]he\s+{word}(?:[.,;:)]|\s+(?:{REPORTING})\b)"
        rf"|\b{word}\s+(?:{ORG_FOLLOWERS})\b", corpus))


def _surname_pairs(names: list[str], corpus: str) -> list[Pair]:
    by_surname: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j, name in enumerate(names):
        for ending in full_name_surnames(name):
            by_surname[ending].append(j)
    pairs = []
    for i, name in enumerate(names):
        surname = surname_only(name)
        full = [j for j in by_surname.get(surname or (), []) if j != i]
        if len(full) == 1 and not organisation_usage(name, corpus):
            pairs.append((i, full[0], "surname"))
    return pairs


def _defined(acronym: str, name: str, corpus: str) -> bool:
    """The articles define the acronym as the name: 'Name (XX)' or 'XX (Name)'."""
    return f"{name} ({acronym})" in corpus or f"{acronym} ({name})" in corpus


def _acronym_pairs(names: list[str], corpus: str) -> list[Pair]:
    by_initials: dict[str, list[int]] = defaultdict(list)
    for j, name in enumerate(names):
        letters = initials(name)
        if len(letters) >= 2 and len(name.split()) >= 2:
            by_initials[letters].append(j)
    pairs = []
    for i, name in enumerate(names):
        acronym = _acronym(name)
        full = [j for j in by_initials.get(acronym or "", []) if j != i]
        if len(full) == 1 and (len(acronym or "") > 2
                               or _defined(acronym or "", names[full[0]], corpus)):
            pairs.append((i, full[0], "acronym"))
    return pairs


def _variant_pairs(names: list[str]) -> list[Pair]:
    groups: dict[tuple[str, ...], list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for i, name in enumerate(names):
        key, middle = variant_key(name)
        if key:
            groups[key].append((i, middle))
    pairs = []
    for members in groups.values():
        # 'George Bush' beside 'George W. Bush' and 'George H. W. Bush' is ambiguous
        ambiguous = len({middle for _, middle in members if middle}) > 1
        for (a, mid_a), (b, mid_b) in combinations(members, 2):
            if mid_a and mid_b and mid_a != mid_b:
                continue
            if ambiguous and not (mid_a and mid_b):
                continue
            pairs.append((a, b, "variant"))
    return pairs


def duplicate_pairs(names: list[str], corpus: str = "") -> list[tuple[str, str, str]]:
    """Every duplicate pair of records once, as (name, other name, rule); the first
    rule that finds a pair names it. Two records with the same name are a pair too.
    `corpus` is the articles' text, to tell a one-word organisation from a surname."""
    seen: set[frozenset[int]] = set()
    out = []
    for a, b, rule in (*_surname_pairs(names, corpus), *_acronym_pairs(names, corpus),
                       *_variant_pairs(names)):
        key = frozenset((a, b))
        if key not in seen:
            seen.add(key)
            out.append((names[a], names[b], rule))
    return out
