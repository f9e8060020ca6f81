"""Which speaker records are one speaker: the decisions, over names (same_speaker.py).

A surname-only record ('Burton', 'Mr. Burton', 'De Blasio') joins the full name of the
one person known with that surname, and only when that full name is a person's (a
known given name, an office or courtesy title, a name only a person has: a particle
surname, an initial or a suffix, 'Marine Le Pen', 'C. Stewart Roe Jr.'; or any
plausible given name when 'Mr. Roe' says the surname is a person's) and the surname
is not a place; two people sharing a surname are never guessed between. A surname
joins a name with a suffix ('Harry Roe III') only inside an article that names no
other Roe: across articles a bare 'Roe' may be his namesake father. Two full names
join when each is the other's only variant ('Hillary Rodham Clinton', 'Hillary
Clinton'). An acronym joins the one organisation it is defined as in an article, or
whose initials it is (three letters or more). Pure: the article pass
(article_speakers.py) and the store (bot/store/sql/speaker_merge.py) both decide with
`merges`.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.extraction.coref import is_place
from bot.extraction.lexicon import DETERMINERS, ORG_HEADS, TITLE_WORDS, words
from bot.extraction.names import gender_of_name
from bot.extraction.same_speaker import (
    PersonName,
    acronym,
    initials,
    org_key,
    person_name,
    same_person,
    without_honorifics,
)

# An acronym joins an organisation by initials alone from this many letters: two-letter
# initials name too many things ('HP' is not the Huffington Post, 'IG' not an
# Intelligence Group; measured on PolNeAR). A definition in an article joins any length.
MIN_INITIALS_MATCH = 3
# Capitalised words that open a description or a clause, never a given name ('Central
# Asian', 'As Politico', 'Team Trump').
NOT_GIVEN = DETERMINERS | ORG_HEADS | TITLE_WORDS | words("""as but and or if when while
after before since though although so then now also plus neither either most more
fellow rival central north south east west new old young team""")


@dataclass(frozen=True)
class Record:
    """A speaker as merging sees it: key is the caller's (a name, a row id); weight
    (statements on record) decides which of two full-name variants keeps its name."""

    key: Hashable
    name: str
    is_org: bool = False
    weight: int = 0
    # True: known to be a person (an office title, 'Mr. X'); False: known not to be
    # one ('the Guardian'); None: unknown.
    person: bool | None = None


def _is_person(record: Record, name: PersonName, surname_is_a_person: bool = False) -> bool:
    """A full name that is a person's, not 'As China' or 'Bush Facebook': the caller
    knows; a known given name first or an honorific before the name ('Sens. Rand
    Roe'); or plausible given names and either a shape only people's names have (a
    particle surname, an initial, a suffix) or a surname known to be a person's
    ('Mr. Roe')."""
    if record.person is not None:
        return record.person
    if not name.given:
        return False
    if (gender_of_name(name.given[0]) is not None
            or without_honorifics(record.name)[0] != record.name):
        return True
    shaped = " " in name.surname or bool(name.initials) or bool(name.suffix)
    return (shaped or surname_is_a_person) and _plausible_given(name)


def _plausible_given(name: PersonName) -> bool:
    """No given word is a place or a word that opens a description ('Central Asian',
    'Pennsylvania Patrick J. Toomey')."""
    return not any(w in NOT_GIVEN or is_place(w) for w in name.given)


def merges(records: Sequence[Record], defined: Mapping[str, set[str]],
           others: Sequence[PersonName] = (), *, in_article: bool = False,
           ) -> dict[Hashable, Hashable]:
    """Record key -> the key of the record it is one speaker with (never chained).

    defined: acronym letters -> org_keys of the expansions an article gives it.
    others: full names of people known besides the records (the rest of an article),
    counted when a surname has to name exactly one person. in_article: the records
    are one article's (a surname may join a name with a suffix)."""
    into: dict[Hashable, Hashable] = {}
    into.update(_person_merges(records, others, in_article))
    into.update(_acronym_merges(records, defined))
    return {k: _final(into, v) for k, v in into.items() if _final(into, v) != k}


def defined_acronyms(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """(acronym, expansion) pairs as articles define them -> `merges`' definitions:
    acronym letters -> org keys of its expansions."""
    defined: dict[str, set[str]] = {}
    for short, expansion in pairs:
        if letters := acronym(short):
            defined.setdefault(letters, set()).add(org_key(expansion))
    return defined


def _final(into: Mapping[Hashable, Hashable], key: Hashable) -> Hashable:
    seen = {key}
    while key in into and into[key] not in seen:
        key = into[key]
        seen.add(key)
    return key


def shared_surnames(records: Sequence[Record]) -> set[str]:
    """Surnames that more than one person on record bears: a surname alone names
    neither of them."""
    return {surname for surname, group in _by_surname(records).items()
            if len(_people(group)[1]) > 1}


def _by_surname(records: Sequence[Record]) -> dict[str, list[tuple[Record, PersonName]]]:
    by_surname: dict[str, list[tuple[Record, PersonName]]] = {}
    for record in records:
        person = None if record.is_org or acronym(record.name) else person_name(record.name)
        if person is not None:
            by_surname.setdefault(person.surname, []).append((record, person))
    return by_surname


def _people(group: list[tuple[Record, PersonName]]
            ) -> tuple[dict[Hashable, Hashable], list[tuple[Record, PersonName]]]:
    """The variants joined among a surname's full names, and the people left."""
    fulls = [(r, p) for r, p in group if not p.bare]
    into = _variant_merges(fulls)
    return into, [(r, p) for r, p in fulls if r.key not in into]


def _person_merges(records: Sequence[Record], others: Sequence[PersonName],
                   in_article: bool) -> dict[Hashable, Hashable]:
    into: dict[Hashable, Hashable] = {}
    for surname, group in _by_surname(records).items():
        into.update(_one_surname(group, [o for o in others if o.surname == surname],
                                 in_article))
    return into


def _one_surname(group: list[tuple[Record, PersonName]], others: list[PersonName],
                 in_article: bool) -> dict[Hashable, Hashable]:
    into, people = _people(group)
    unseen = [o for o in others if not o.bare
              and not any(o == p or same_person(o, p) for _, p in group)]
    titled = any(r.person for r, p in group if p.bare)  # 'Mr. Roe': Roe is a person
    if len(people) != 1 or unseen or not _is_person(*people[0], titled):
        return into
    person, name = people[0]
    for record, bare in group:
        suffix = bare.suffix == name.suffix or (in_article and not bare.suffix)
        if (bare.bare and suffix and not is_place(bare.surname)
                and record.person is not False):
            into[record.key] = person.key
    return into


def _variant_merges(fulls: list[tuple[Record, PersonName]]) -> dict[Hashable, Hashable]:
    """Two full names that are variants only of each other ('Hillary Rodham Clinton'
    and 'Hillary Clinton'): the one with fewer statements (then the shorter name)
    joins the other."""
    partners = {r.key: [q for q, o in fulls if q.key != r.key and same_person(p, o)]
                for r, p in fulls}
    into: dict[Hashable, Hashable] = {}
    for record, _ in fulls:
        mates = partners[record.key]
        if len(mates) != 1 or [m.key for m in partners[mates[0].key]] != [record.key]:
            continue
        mate = mates[0]
        if _rank(record) < _rank(mate) and (_is_person(record, _name(record))
                                            or _is_person(mate, _name(mate))):
            into[record.key] = mate.key
    return into


def _name(record: Record) -> PersonName:
    name = person_name(record.name)
    assert name is not None
    return name


def _rank(record: Record) -> tuple[bool, int, int, str]:
    """Which record of one speaker keeps its name: one without an honorific
    ('Rand Paul', not 'Sens. Rand Paul'), then the most statements, the longer name."""
    plain = without_honorifics(record.name)[0] == record.name
    return plain, record.weight, len(record.name), str(record.key)


def _acronym_merges(records: Sequence[Record],
                    defined: Mapping[str, set[str]]) -> dict[Hashable, Hashable]:
    """An acronym and the one organisation it stands for: defined so in an article, or
    the initials of an organisation's name. The expansion keeps its name."""
    by_org_key: dict[str, list[Record]] = {}
    by_initials: dict[str, list[Record]] = {}
    for record in records:
        if not acronym(record.name):
            by_org_key.setdefault(org_key(record.name), []).append(record)
            letters = initials(record.name) if record.is_org else None
            if letters and len(letters) >= MIN_INITIALS_MATCH:
                by_initials.setdefault(letters, []).append(record)
    into: dict[Hashable, Hashable] = {}
    for record in records:
        letters = acronym(record.name)
        if letters is None:
            continue
        spelled = {r.key: r for key in defined.get(letters, ()) for r in by_org_key.get(key, [])}
        spelled.update((r.key, r) for r in by_initials.get(letters, []))
        if len({org_key(r.name) for r in spelled.values()}) != 1:
            continue
        target = max(spelled.values(), key=_rank)
        for r in [record, *by_org_key[org_key(target.name)]]:
            if r.key != target.key:
                into[r.key] = target.key
    return into
