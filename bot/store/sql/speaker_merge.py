"""Joining the records of one speaker across the store.

After a batch is written, the records grouped under the match keys it touched
(surname, acronym letters: bot.extraction.same_speaker.match_key) are compared with
bot.extraction.one_speaker.merges: a surname-only record joins the one full-name
person with that surname, a full name its only variant, an acronym the organisation
an article defines it as (or whose initials it is). Joining moves the statements
(their speaker id and their `spk<id>` tag in the search index), the statement count,
the name, aliases and titles to the record kept, and deletes the other.

A join by surname holds while that person is the only one with the surname: when a
second one arrives, the statements whose article named the speaker by the surname
alone (statements.speaker_name) go back to a surname-only record, so the result does
not depend on the order articles came in. Rows stored without a match key (before
migrations 008 and 009) are first named without honorifics ('Sens. Rand Paul' ->
'Rand Paul', joined to a row already so named). Runs inside the batch's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable
from typing import Any, cast

from bot.extraction.one_speaker import Record, defined_acronyms, merges, shared_surnames
from bot.extraction.same_speaker import (
    acronym,
    match_key,
    org_key,
    person_evidence,
    person_name,
    without_honorifics,
)
from bot.store.sql.base import SqlStore, _chunks_of, _unique
from bot.text import lookup_key, name_key

# Row layout read here: (id, name, is_org, statement_count, aliases, titles, match_key).
SPEAKER_COLUMNS = "id, name, is_org, statement_count, aliases, titles, match_key"


class SpeakerMerges(SqlStore):
    async def speaker_duplicates(self) -> list[tuple[str, str]]:
        """(name, name of the record it is one speaker with) for every record that
        joining the whole store at once would join: what is left to join."""
        rows: dict[Hashable, Any] = {
            r[0]: r for r in await self._rows(f"SELECT {SPEAKER_COLUMNS} FROM speakers")}
        pairs = await self._rows("SELECT DISTINCT alias, expansion FROM topic_aliases")
        defined = defined_acronyms((row[0], row[1]) for row in pairs)
        into = merges([_record(r) for r in rows.values()], defined)
        return sorted((rows[k][1], rows[v][1]) for k, v in into.items())

    async def _join_speakers(self, keys: Iterable[str], new: set[int]) -> list[int]:
        """Join the records of one speaker among those under these match keys (and
        under the keys of rows still without one); new: the ids this batch created.
        Returns the ids changed or gone."""
        keys = {k for k in keys if k} | await self._fill_match_keys()
        if not keys:
            return []
        rows = await self._where("match_key", keys)
        defined, spelled = await self._definitions(rows.values())
        extra = await self._where("name_key", spelled)
        rows.update(extra)
        rows.update(await self._where("match_key", {r[6] for r in extra.values()} - keys - {""}))
        into = merges([_record(r) for r in rows.values()], defined)
        targets: dict[Hashable, list[Any]] = {}
        for source, target in into.items():
            targets.setdefault(target, []).append(rows[source])
        for target, sources in targets.items():
            await self._absorb(rows[target], sources)
        changed = {rows[k][0] for pair in into.items() for k in pair}
        kept = [_record(r) for k, r in rows.items() if k not in into]
        return sorted(changed | await self._part_shared(kept, new))

    async def _part_shared(self, kept: list[Record], new: set[int]) -> set[int]:
        """Surnames this batch gave a second person: the statements joined to the
        first one by surname alone go back to a surname-only record."""
        shared = shared_surnames(kept)
        people: dict[str, list[int]] = {}
        for record in kept:
            person = None if record.is_org else person_name(record.name)
            if person is not None and not person.bare and person.surname in shared:
                people.setdefault(person.surname, []).append(cast(int, record.key))
        changed: set[int] = set()
        for surname, ids in people.items():
            before = [i for i in ids if i not in new]
            if len(before) == 1:  # the one person before this batch: joins to undo
                changed |= await self._part(surname, before)
        return changed

    async def _fill_match_keys(self) -> set[str]:
        """Give rows stored without a match key theirs, named without honorifics first
        (rows stored before either existed); returns the keys given."""
        rows = await self._rows(
            f"SELECT {SPEAKER_COLUMNS} FROM speakers WHERE match_key IS NULL")
        filled = []
        for row in rows:
            name, is_org, kept = await self._without_titles(row)
            filled.append((match_key(name, is_org), row[0] if kept else None))
        await self._executemany("UPDATE speakers SET match_key = ? WHERE id = ?",
                                   [(key, i) for key, i in filled if i is not None])
        return {key for key, _ in filled if key}

    async def _without_titles(self, row: Any) -> tuple[str, bool, bool]:
        """A row named with an honorific or title ('Sens. Rand Paul', stored before
        names lost them) renamed ('Rand Paul', the old name an alias, the office a
        title), or joined to the row already so named. Returns the name the row's
        statements are under, whether that record is an organisation, and whether
        the row is kept."""
        name, title = without_honorifics(row[1])
        if name == row[1]:
            return name, bool(row[2]), True
        self._speakers = None  # names change: the cached list is read again
        found = await self._rows(f"SELECT {SPEAKER_COLUMNS} FROM speakers"
                                 " WHERE name_key = ? AND id != ?", (name_key(name), row[0]))
        if found:
            await self._absorb(found[0], [row])
            return found[0][1], bool(found[0][2] or row[2]), False
        aliases = _unique([*json.loads(row[4]), row[1]])
        titles = _unique([*json.loads(row[5]), *([title] if title else [])])
        await self._execute(
            "UPDATE speakers SET name = ?, name_key = ?, aliases = ?, titles = ? WHERE id = ?",
            (name, name_key(name), json.dumps(aliases), json.dumps(titles), row[0]))
        return name, bool(row[2]), True

    async def _where(self, column: str, values: Iterable[str]) -> dict[Hashable, Any]:
        """Speaker rows by id whose column is one of values."""
        found: dict[Hashable, Any] = {}
        for chunk in _chunks_of(sorted(values)):
            marks = ",".join("?" * len(chunk))
            rows = await self._rows(
                f"SELECT {SPEAKER_COLUMNS} FROM speakers WHERE {column} IN ({marks})", chunk)
            found.update((row[0], row) for row in rows)
        return found

    async def _definitions(self, rows: Iterable[Any]) -> tuple[dict[str, set[str]], set[str]]:
        """What stored articles define the acronyms among rows as, or the rows as
        acronyms of: (acronym letters -> org keys of its expansions, name keys of the
        acronyms and expansions concerned)."""
        names = [r[1] for r in rows]
        letters = sorted({a.lower() for n in names if (a := acronym(n))})
        expansions = sorted({lookup_key(org_key(n)) for n in names if not acronym(n)})
        pairs: set[tuple[str, str]] = set()
        for column, values in (("alias_key", letters), ("expansion_key", expansions)):
            for chunk in _chunks_of(values):
                found = await self._rows(
                    f"SELECT DISTINCT alias, expansion FROM topic_aliases"
                    f" WHERE {column} IN ({','.join('?' * len(chunk))})", chunk)
                pairs |= {(row[0], row[1]) for row in found}
        spelled = {name_key(n) for alias, expansion in pairs if acronym(alias)
                   for n in (alias, expansion, f"the {expansion}")}
        return defined_acronyms(pairs), spelled - {""}

    async def _absorb(self, target: Any, sources: list[Any]) -> None:
        """Every statement of sources to target; their names become target's aliases."""
        for source in sources:
            await self._move(source[0], target[0])
            await self._execute("DELETE FROM speakers WHERE id = ?", (source[0],))
        names = [n for s in sources for n in [s[1], *json.loads(s[4])]]
        aliases = _unique([*json.loads(target[4]), *names])
        titles = _unique([*json.loads(target[5]), *(t for s in sources for t in json.loads(s[5]))])
        await self._execute(
            "UPDATE speakers SET aliases = ?, titles = ?, is_org = ?,"
            " statement_count = statement_count + ? WHERE id = ?",
            (json.dumps([a for a in aliases if a.lower() != target[1].lower()]),
             json.dumps(titles), int(any(r[2] for r in [target, *sources])),
             sum(s[3] for s in sources), target[0]))

    async def _move(self, source: int, target: int, statement_ids: list[int] | None = None,
                    ) -> None:
        """Statements of source (all, or these) to target, in the search index too."""
        if statement_ids is None:
            rows = await self._rows("SELECT id FROM statements WHERE speaker_id = ?", (source,))
            statement_ids = [row[0] for row in rows]
        await self._executemany("UPDATE statements SET speaker_id = ? WHERE id = ?",
                                [(target, i) for i in statement_ids])
        await self._retag_statements(statement_ids, target)

    async def _part(self, surname: str, people: list[int]) -> set[int]:
        """Statements of these people that were theirs by surname alone go back to a
        surname-only record ('Mr. King' when a second King is on record)."""
        by_name: dict[str, list[tuple[int, int]]] = {}
        for chunk in _chunks_of(people):
            rows = await self._rows(
                "SELECT id, speaker_id, speaker_name FROM statements"
                f" WHERE speaker_id IN ({','.join('?' * len(chunk))})", chunk)
            for row in rows:
                said = person_name(row[2] or "")
                if said is not None and said.bare and said.surname == surname:
                    by_name.setdefault(row[2], []).append((row[0], row[1]))
        changed: set[int] = set()
        for name, moves in by_name.items():
            bare = await self._bare_record(name)
            for person in {p for _, p in moves}:
                ids = [i for i, p in moves if p == person]
                await self._move(person, bare, ids)
                await self._execute(
                    "UPDATE speakers SET statement_count = statement_count - ? WHERE id = ?",
                    (len(ids), person))
                changed.add(person)
            await self._execute(
                "UPDATE speakers SET statement_count = statement_count + ? WHERE id = ?",
                (len(moves), bare))
            changed.add(bare)
        return changed

    async def _bare_record(self, name: str) -> int:
        rows = await self._rows("SELECT id FROM speakers WHERE name_key = ?", (name_key(name),))
        if rows:
            return int(rows[0][0])
        speaker_id = await self._next_id("speakers")
        await self._execute(
            "INSERT INTO speakers (id, name, name_key, is_org, statement_count, match_key)"
            " VALUES (?, ?, ?, 0, 0, ?)", (speaker_id, " ".join(name.split()), name_key(name),
                                          match_key(name, False)))
        return speaker_id


def _record(row: Any) -> Record:
    return Record(row[0], row[1], bool(row[2]), row[3],
                  person_evidence(row[1], json.loads(row[5]), json.loads(row[4])))
