"""Pushes at scale (issue 14): 10,000 follows, a bulk load of 500 articles, every push
delivered through the real sender and the shared send budget to the fake Bot API.

    .venv/bin/python bench/push.py [--follows 10000] [--articles 500] [--speakers 2000]
                                   [--postgres]

The articles are synthetic (made-up names, places and quotes; nothing from a corpus):
a warm-up load puts `--speakers` speakers on record, `--follows` follows are set on them
and on topics from private chats and groups, then `--articles` new articles quoting the
same speakers are bulk loaded (bot.bulk, the path `onrecord load` takes: ingest.write
queues the pushes). The same load into a store without follows gives the cost of
queueing. The pushes are then sent by handlers.push.PushSender through the real bot
(handlers.app.build_application: shared send budget, retries) to tests/fake_bot_api.py
with Telegram's flood limits on (a message over 30/s or 20/min per group gets a 429).
Prints: follows set, load times, pushes queued, sent, sent twice, 429s, the busiest
second and group minute as the server saw them, time to deliver all.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fake_bot_api import FakeBotApi  # noqa: E402
from fake_flood import FloodLimits  # noqa: E402
from fake_load import settings_for  # noqa: E402
from postgres_server import RunDatabase, run_database, server_url  # noqa: E402

from bot.bulk import Item, load_bulk  # noqa: E402
from bot.store.port import Store  # noqa: E402
from bot.store.sqlite import SQLiteStore  # noqa: E402
from bot.workers import shared_pool  # noqa: E402
from handlers.app import build_application  # noqa: E402
from handlers.push import PushSender  # noqa: E402

FIRST = ["Ann", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas"]
ONSET = ["B", "D", "F", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z"]
VOWEL = ["a", "e", "i", "o", "u"]
CODA = ["rn", "lk", "st", "nd", "rk", "ll", "sk", "ff"]
ROLES = ["Finance Minister", "Mayor", "Senator", "Governor", "Foreign Minister"]
TOPICS = ["bridge", "budget", "port", "tariffs", "railway", "election", "reservoir", "schools",
          "treaty", "housing", "hospital", "pensions", "airport", "fisheries", "museum",
          "tunnel", "stadium", "harbour", "library", "vaccines"]
PLACES = ["SPRINGFIELD", "RIVERTON", "LAKEWOOD", "NORTHGATE", "ASHFORD"]
PRIVATE_CHATS, GROUPS = 4000, 100
SPEAKERS_PER_WARMUP_ARTICLE = 5


def people(count: int) -> list[tuple[str, str]]:
    """`count` made-up (first name, unique surname) pairs."""
    surnames = [f"{o}{v}{c}{v2}{o2.lower()}" for o in ONSET for v in VOWEL for c in CODA
                for v2 in VOWEL for o2 in ("n", "r", "s")]
    random.Random(3).shuffle(surnames)
    return [(FIRST[i % len(FIRST)], surnames[i]) for i in range(count)]


def article(n: int, speakers: list[tuple[str, str]], topic: str, rng: random.Random) -> Item:
    place, day = rng.choice(PLACES), rng.randint(1, 28)
    first, last = speakers[0]
    paragraphs = [f"Report {n} on the {topic}",
                  f"{place}, March {day} (Gazette) -- {rng.choice(ROLES)} {first} {last} said "
                  f"on Monday that the {topic} plan number {n} would be ready by autumn."]
    for k, (first, last) in enumerate(speakers):
        if k:
            paragraphs.append(f"{rng.choice(ROLES)} {first} {last} also spoke about it.")
        paragraphs.append(f"\"We will finish the {topic} on time, item {n}-{k},\" {last} told "
                          "reporters.")
    return Item(f"article {n}", "\n\n".join(paragraphs),
                {"source": "Gazette", "published": date(2025, 3, day)})


def articles(count: int, pool: list[tuple[str, str]], per: int, seed: int) -> list[Item]:
    rng = random.Random(seed)
    return [article(n, rng.sample(pool, per if per else rng.randint(1, 2)),
                    rng.choice(TOPICS), rng) for n in range(seed * 100_000, seed * 100_000 + count)]


def warmup(pool: list[tuple[str, str]]) -> list[Item]:
    rng = random.Random(1)
    step = SPEAKERS_PER_WARMUP_ARTICLE
    return [article(n, pool[n: n + step], rng.choice(TOPICS), rng)
            for n in range(0, len(pool), step)]


async def set_follows(store: Store, count: int, rng: random.Random) -> int:
    """`count` follows: 45% a speaker, 54% a speaker on a topic, 1% a topic alone;
    from 4,000 private chats and 100 groups (5% of follows)."""
    speakers = [s for s in await store.speakers() if s.statement_count]
    made = 0
    for _ in range(count):
        chat = -1_000_000 - rng.randrange(GROUPS) if rng.random() < 0.05 else (
            1 + rng.randrange(PRIVATE_CHATS))
        roll, speaker = rng.random(), rng.choice(speakers)
        if roll < 0.01:
            _, new = await store.add_follow(chat, None, None, rng.choice(TOPICS))
        elif roll < 0.46:
            _, new = await store.add_follow(chat, speaker.id, speaker.name, None)
        else:
            _, new = await store.add_follow(chat, speaker.id, speaker.name, rng.choice(TOPICS))
        made += new
    return made


async def open_store(db: Path, postgres: RunDatabase | None) -> Store:
    """The SQLite file `db`, or a fresh schema in the run's PostgreSQL database."""
    if postgres is None:
        return await SQLiteStore.open(db)
    from bot.store.postgres import PostgresStore

    return await PostgresStore.open(postgres.schema_conninfo(postgres.create_schema()))


async def loaded_store(db: Path, pool: list[tuple[str, str]], follows: int,
                       items: list[Item], postgres: RunDatabase | None = None
                       ) -> tuple[Store, float, float, int]:
    """A store with the warm-up load and the follows, then the bulk load: (store, seconds
    to set the follows, seconds to load, follows set)."""
    store = await open_store(db, postgres)
    await load_bulk(store, warmup(pool), progress=False)
    started = time.perf_counter()
    made = await set_follows(store, follows, random.Random(7)) if follows else 0
    follow_seconds = time.perf_counter() - started
    summary = await load_bulk(store, items, progress=False)
    assert not summary.refused, summary.refused[:3]
    return store, follow_seconds, summary.seconds, made


async def deliver(store: Store, db: Path) -> dict[str, float]:
    """Send every queued push through the real bot to the fake server; the figures."""
    async with FakeBotApi() as api:
        api.flood = FloodLimits()
        app = build_application(settings_for(api, db))
        await app.initialize()
        sender = PushSender(app, store)
        started = time.perf_counter()
        sender.start()
        try:
            while (counts := await store.push_counts()).keys() & {"pending", "sending"}:
                await asyncio.sleep(0.2)
        finally:
            await sender.stop()
            await app.shutdown()
        seconds = time.perf_counter() - started
        return figures(api, counts, seconds)


def figures(api: FakeBotApi, counts: dict[str, int], seconds: float) -> dict[str, float]:
    sent = api.calls_to("sendMessage", processed_only=True)
    pairs = Counter((c.params["chat_id"], str(c.params["text"]).rsplit("Article: ", 1)[-1])
                    for c in sent)
    times = sorted(c.at for c in sent)
    busiest = max((sum(1 for t in times[i:i + 40] if t < start + 1.0)
                   for i, start in enumerate(times)), default=0)
    group_minute = 0
    for chat in {c.params["chat_id"] for c in sent if c.params["chat_id"] < 0}:
        at = sorted(c.at for c in sent if c.params["chat_id"] == chat)
        group_minute = max(group_minute, max(
            sum(1 for t in at[i:i + 30] if t < start + 60.0) for i, start in enumerate(at)))
    assert api.flood is not None
    return {"sent": counts.get("sent", 0), "messages": len(sent),
            "twice": sum(n - 1 for n in pairs.values() if n > 1),
            "refused_429": sum(api.flood.refused.values()), "busiest_second": busiest,
            "busiest_group_minute": group_minute, "failed": counts.get("failed", 0),
            "seconds": seconds}


async def run(args: argparse.Namespace) -> None:
    shared_pool()
    pool = people(args.speakers)
    items = articles(args.articles, pool, 0, seed=2)
    databases = run_database() if args.postgres else None
    postgres = next(databases) if databases is not None else None
    print(f"store: {'PostgreSQL, ' + server_url() if postgres else 'SQLite'}")
    try:
        await measure(args, pool, items, postgres)
    finally:
        if databases is not None:
            databases.close()  # drops the run's database


async def measure(args: argparse.Namespace, pool: list[tuple[str, str]], items: list[Item],
                  postgres: RunDatabase | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        bare, _, bare_seconds, _ = await loaded_store(Path(folder) / "bare.db", pool, 0, items,
                                                      postgres)
        await bare.close()
        db = Path(folder) / "bench.db"
        store, follow_seconds, load_seconds, made = await loaded_store(
            db, pool, args.follows, items, postgres)
        queued = (await store.push_counts()).get("pending", 0)
        print(f"follows: {made:,} set in {follow_seconds:.1f} s "
              f"({GROUPS} groups, {PRIVATE_CHATS:,} private chats)")
        print(f"bulk load of {args.articles} articles: {load_seconds:.1f} s with the follows "
              f"(pushes queued: {queued:,}), {bare_seconds:.1f} s without")
        result = await deliver(store, db)
        await store.close()
    print(f"pushes sent: {result['sent']:,} ({result['messages']:,} messages), sent twice: "
          f"{result['twice']}, failed: {result['failed']}, 429s: {result['refused_429']}")
    print(f"busiest second: {result['busiest_second']} messages (limit 30); busiest group "
          f"minute: {result['busiest_group_minute']} (limit 20)")
    print(f"time to deliver all: {result['seconds']:.1f} s "
          f"({result['sent'] / result['seconds']:.1f} pushes/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--follows", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--speakers", type=int, default=2000)
    parser.add_argument("--postgres", action="store_true",
                        help="PostgreSQL (ONRECORD_TEST_DATABASE_URL, else 127.0.0.1:5432) "
                             "in a database of its own, dropped at the end")
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
