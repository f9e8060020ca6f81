"""One speaker per person in an article: the last pass over its statements.

Honorifics and titles are first taken out of the names ('Sens. Rand Paul' is Rand
Paul, title Sen.; 'Mr. King' is King), the name as written kept as an alias. Names the
resolution left apart that same_speaker.py calls one speaker are joined: 'De Blasio'
and 'Bill de Blasio', 'Mr. Burton' and 'Dan Burton', 'Hillary Rodham Clinton' and
'Hillary Clinton'. A surname joins a full name only when the article names exactly
one person with that surname (its other full names count too, not only the
speakers); a surname the resolution gave one full name as an alias is that person's
even when another path named a speaker by it. An acronym the article defines ('the
International Monetary Fund (IMF)') is named by its expansion, with the acronym as
an alias.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping

from bot.extraction.coordinated import coordination_rule
from bot.extraction.mentions import both_honorifics
from bot.extraction.names import gender_of_name
from bot.extraction.one_speaker import Record, defined_acronyms, merges
from bot.extraction.same_speaker import (
    PersonName,
    acronym,
    person_evidence,
    person_name,
    without_honorifics,
)
from bot.extraction.speakers import article_names
from bot.models import Article, Speaker, Statement


def one_speaker_each(article: Article, statements: list[Statement], speakers: list[Speaker],
                     aliases: Mapping[str, str]) -> list[Speaker]:
    """Join the names of one speaker: statements get the kept name (in place); the
    speakers are returned with the joined names as aliases."""
    speakers = _without_titles(statements, speakers)
    by_name = {s.name: s for s in speakers}
    for statement in statements:
        if statement.speaker and statement.speaker not in by_name:
            by_name[statement.speaker] = Speaker(name=statement.speaker)
    said = Counter(s.speaker for s in statements if s.speaker)
    records = [Record(name, name, s.is_org, said[name],
                      person_evidence(name, [s.title] if s.title else [], s.aliases))
               for name, s in by_name.items()]
    defined = defined_acronyms(aliases.items())
    into = merges(records, defined, _others(article, records, statements),
                  in_article=True)
    into.update(_expanded(records, into, aliases))
    for name, owner in _named_by_alias(by_name).items():
        into.setdefault(name, into.get(owner, owner))
    # 'Mr. Khan' and 'Ms. Khan' made one surname record: it joins neither full name
    into = {k: v for k, v in into.items() if not both_honorifics(article.text, str(k))}
    if not into:
        return speakers
    for statement in statements:
        if statement.speaker in into:
            statement.speaker = str(into[statement.speaker])
    return _joined(list(by_name.values()), into)


def _without_titles(statements: list[Statement], speakers: list[Speaker]) -> list[Speaker]:
    """Speakers and statements named without honorifics or titles; the office a
    title gives becomes the speaker's title where it has none. Speakers whose names
    become one are one."""
    names = {s.name for s in speakers} | {s.speaker for s in statements if s.speaker}
    plain = {n: p for n in names
             if (p := without_honorifics(n))[0] != n and coordination_rule(n) is None}
    if not plain:
        return speakers
    for statement in statements:
        if statement.speaker in plain:
            statement.speaker, title = plain[statement.speaker]
            statement.speaker_title = statement.speaker_title or title
    out: dict[str, Speaker] = {}
    for speaker in speakers:
        name, title = plain.get(speaker.name, (speaker.name, None))
        kept = out.setdefault(name, speaker.model_copy(deep=True, update={
            "name": name, "title": speaker.title or title, "aliases": []}))
        kept.title = kept.title or speaker.title or title
        kept.is_org = kept.is_org or speaker.is_org
        for alias in [speaker.name, *speaker.aliases]:
            if alias != name and alias not in kept.aliases:
                kept.aliases.append(alias)
    return list(out.values())


def _named_by_alias(speakers: Mapping[str, Speaker]) -> dict[str, str]:
    """Surname speakers that are one full-name speaker's alias ('Roe', named so by
    'a spokeswoman for Roe', when 'Jane Roe' has the alias 'Roe') -> that speaker; not
    when two speakers have the alias."""
    owners: dict[str, list[str]] = {}
    for speaker in speakers.values():
        for alias in speaker.aliases:
            if alias in speakers and alias != speaker.name:
                owners.setdefault(alias, []).append(speaker.name)
    joins = {}
    for alias, names in owners.items():
        bare, full = person_name(alias), person_name(names[0])
        if (len(names) == 1 and bare is not None and bare.bare and full is not None
                and not full.bare and full.surname == bare.surname):
            joins[alias] = names[0]
    return joins


def _others(article: Article, records: list[Record],
            statements: list[Statement]) -> list[PersonName]:
    """Full names of the people the article mentions, read only when a speaker is
    named by a surname alone; each only when mentioned before that surname's last
    statement (a namesake introduced after it, 'Roe's father, John Roe Jr.', does not
    make the surname ambiguous)."""
    bare = [p for r in records if not r.is_org and (p := person_name(r.name)) and p.bare]
    if not bare:
        return []
    last: dict[str, int] = {}
    for statement in statements:
        said = person_name(statement.speaker) if statement.speaker else None
        if said is not None and said.bare:
            last[said.surname] = max(last.get(said.surname, -1), statement.start)
    spans = tuple((p.start, p.end) for p in article.paragraphs)
    people = []
    for mention in article_names(article.text, spans)[1].mentions:
        person = None if mention.is_org else person_name(mention.name)
        if person is not None and not person.bare and mention.pos < last.get(
                person.surname, len(article.text)):
            people.append(person)
    return people


def _expanded(records: list[Record], into: Mapping[Hashable, Hashable],
              aliases: Mapping[str, str]) -> dict[Hashable, Hashable]:
    """An acronym the article defines, left without its expansion's record: renamed to
    the expansion."""
    kept = {str(r.key) for r in records} - set(map(str, into))
    renamed: dict[Hashable, Hashable] = {}
    for short, expansion in aliases.items():
        if short in kept and acronym(short) and expansion not in kept:
            renamed[short] = expansion
    return renamed


def _joined(speakers: list[Speaker], into: Mapping[Hashable, Hashable]) -> list[Speaker]:
    """The speakers in their order, each joined name an alias of the one it joined."""
    order = list(dict.fromkeys(str(into.get(s.name, s.name)) for s in speakers))
    kept = {s.name: s.model_copy(deep=True) for s in speakers if s.name not in into}
    for speaker in speakers:
        if speaker.name in into:
            name = str(into[speaker.name])
            # an acronym renamed to its expansion: an organisation unless a given name
            # opens it ('John F. Kennedy (JFK)')
            target = kept.setdefault(name, Speaker(name=name,
                                                   is_org=gender_of_name(name) is None))
            target.title = target.title or speaker.title
            target.is_org = target.is_org or speaker.is_org
            for alias in [speaker.name, *speaker.aliases]:
                if alias != name and alias not in target.aliases:
                    target.aliases.append(alias)
    return [kept[name] for name in order]
