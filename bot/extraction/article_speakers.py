"""One speaker per person in an article: the last pass over its statements.

Names the resolution left apart that same_speaker.py calls one speaker are joined:
'De Blasio' and 'Bill de Blasio', 'Mr. Burton' and 'Dan Burton', 'Hillary Rodham
Clinton' and 'Hillary Clinton'. A surname joins a full name only when the article
names exactly one person with that surname (its other full names count too, not
only the speakers). An acronym the article defines ('the International Monetary Fund
(IMF)') is named by its expansion, with the acronym as an alias.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping

from bot.extraction.names import gender_of_name
from bot.extraction.one_speaker import Record, defined_acronyms, merges
from bot.extraction.same_speaker import (
    PersonName,
    acronym,
    person_evidence,
    person_name,
)
from bot.extraction.speakers import build_registry, name_runs
from bot.models import Article, Speaker, Statement


def one_speaker_each(article: Article, statements: list[Statement], speakers: list[Speaker],
                     aliases: Mapping[str, str]) -> list[Speaker]:
    """Join the names of one speaker: statements get the kept name (in place); the
    speakers are returned with the joined names as aliases."""
    by_name = {s.name: s for s in speakers}
    for statement in statements:
        if statement.speaker and statement.speaker not in by_name:
            by_name[statement.speaker] = Speaker(name=statement.speaker)
    said = Counter(s.speaker for s in statements if s.speaker)
    records = [Record(name, name, s.is_org, said[name],
                      person_evidence(name, [s.title] if s.title else [], s.aliases))
               for name, s in by_name.items()]
    defined = defined_acronyms(aliases.items())
    into = merges(records, defined, _others(article, records))
    into.update(_expanded(records, into, aliases))
    if not into:
        return speakers
    for statement in statements:
        if statement.speaker in into:
            statement.speaker = str(into[statement.speaker])
    return _joined(list(by_name.values()), into)


def _others(article: Article, records: list[Record]) -> list[PersonName]:
    """Full names of the people the article mentions, read only when a speaker is
    named by a surname alone."""
    bare = [p for r in records if not r.is_org and (p := person_name(r.name)) and p.bare]
    if not bare:
        return []
    runs = name_runs(article.text, [(p.start, p.end) for p in article.paragraphs])
    named = {m.name for m in build_registry(runs).mentions if not m.is_org}
    people = [person_name(name) for name in sorted(named)]
    return [p for p in people if p is not None and not p.bare]


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
