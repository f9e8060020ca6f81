"""Count speaker records in a store that are one speaker (issue 11).

    .venv/bin/python bench/speaker_records.py DB [--show N]

A record counts as a duplicate when joining the whole store at once
(Store.speaker_duplicates, the rules of bot/extraction/same_speaker.py) would join it
into another: a surname-only or title-plus-surname record and the one full-name
person with that surname, two variants of one full name, an acronym and the
organisation an article defines it as (or whose initials it is). Prints counts by
kind; --show prints N example pairs of each kind (names only).

To measure a corpus, load it into a fresh store first:
    ONRECORD_DB_PATH=/tmp/x.db .venv/bin/onrecord load --quiet dev.jsonl train.jsonl
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.extraction.same_speaker import acronym, org_key, person_name  # noqa: E402
from bot.store import Store  # noqa: E402


def kind_of(name: str, into: str) -> str:
    if acronym(name):
        return "acronym -> organisation"
    if org_key(name) == org_key(into):
        return "organisation with/without 'the'"
    person = person_name(name)
    if person is not None and person.bare:
        return "surname (or title + surname) -> full name"
    return "full-name variant -> full name"


async def measure(path: Path, show: int) -> None:
    async with await Store.open(path) as store:
        stats = await store.stats()
        pairs = await store.speaker_duplicates()
    kinds: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, into in pairs:
        kinds[kind_of(name, into)].append((name, into))
    print(f"{stats.speakers} speaker records, {len(pairs)} duplicates")
    for kind, found in sorted(kinds.items()):
        print(f"  {len(found):5d}  {kind}")
        for name, into in found[:show]:
            print(f"         {name!r} -> {into!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--show", type=int, default=0, help="example pairs per kind")
    args = ap.parse_args(argv)
    if not args.db.exists():
        raise SystemExit(f"no such database: {args.db}")
    asyncio.run(measure(args.db, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
