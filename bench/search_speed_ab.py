"""PostgreSQL search, old code against new, interleaved in one process on one database.

    .venv/bin/python bench/search_speed_ab.py --statements 1000000 --old 3c9fcd2 --rounds 4
    .venv/bin/python bench/search_speed_ab.py --statements 1000000 --profile

The machine's load moves a run's figures by 2x, so two runs of a whole bench, one per
commit, do not tell a change from the noise. This opens two stores on the bench
database of search_speed.py (filled by it, kept): the PostgreSQL adapter of `--old`
(a commit's bot/store/postgres, copied from git into a temporary package) and the
adapter of the working tree, and times the whole workload through each in turn,
ABBA..., with the load average beside every round. Every question's answer (hit ids,
total, notice) is compared between the two: any difference is printed and counted.
Only the adapter differs; bot/search is the working tree's for both, unless --whole:
then the old side is the whole `bot` package of `--old` (search_speed_old.py).

--paired asks each question of the two in turn (which first alternating) instead of
a whole round of one and then of the other: both meet the same moment's load, which
on a busy machine moves more within a round than a small change does.

--profile times each SQL statement of one pass of the new adapter by kind
(search_speed_sql.py) and prints the share of each kind and of the rest (Python).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import search_speed_pg as pg  # noqa: E402
from make_queries import DEFAULT_OUT  # noqa: E402
from search_speed_old import old_adapter, old_package  # noqa: E402
from search_speed_sql import StatementTimer  # noqa: E402
from search_speed_stats import SEED, load, percentile, store_queries  # noqa: E402

import bot.search as search_module  # noqa: E402
from bot.search import search  # noqa: E402


def answer(outcome: Any) -> tuple[Any, ...]:
    return (tuple((h.statement.id, h.score) for h in outcome.hits), outcome.total,
            outcome.notice)


class Side:
    """One store with its own speaker index (search keeps one, by the speaker list)."""

    def __init__(self, name: str, store: Any, module: Any = search_module) -> None:
        self.name, self.store, self.module = name, store, module
        self.index_cache: Any = None
        self.rounds: list[dict[str, Any]] = []
        self.best: list[float] = []  # each question's fastest time over the rounds

    async def run(self, queries: list[str]) -> tuple[list[float], list[tuple[Any, ...]]]:
        timings, answers = [], []
        for query in queries:
            ms, found = await self.ask(query)
            timings.append(ms)
            answers.append(found)
        return timings, answers

    async def ask(self, query: str) -> tuple[float, tuple[Any, ...]]:
        self.module._index_cache = self.index_cache
        started = time.perf_counter()
        outcome = await self.module.search(self.store, query)
        ms = (time.perf_counter() - started) * 1000
        self.index_cache = self.module._index_cache
        return ms, answer(outcome)


async def paired_round(sides: list[Side], queries: list[str],
                       number: int) -> dict[str, tuple[list[float], list[tuple[Any, ...]]]]:
    """--paired: each question asked of both sides one after the other (which first
    alternating), so both meet the same moment's load."""
    found: dict[str, tuple[list[float], list[tuple[Any, ...]]]] = {s.name: ([], []) for s in sides}
    for i, query in enumerate(queries):
        for side in (sides if (i + number) % 2 == 0 else sides[::-1]):
            ms, outcome = await side.ask(query)
            found[side.name][0].append(ms)
            found[side.name][1].append(outcome)
    return found


def figures(timings: list[float], queries: list[str]) -> dict[str, float]:
    topic = [t for t, q in zip(timings, queries, strict=True) if q.lower().startswith("who said")]
    return {"p50": round(statistics.median(timings), 1),
            "p99": round(percentile(timings, 0.99), 1),
            "mean": round(statistics.fmean(timings), 1),
            "topic_p99": round(percentile(topic, 0.99), 1) if topic else 0.0}


async def workload(store: Any, n: int) -> list[str]:
    dev = [json.loads(line)["q"] for line in DEFAULT_OUT.read_text().splitlines() if line]
    return dev + await store_queries(store, n, __import__("random").Random(SEED))


async def compare(args: argparse.Namespace, old_class: Any,
                  old_search: Any = search_module) -> None:
    from bot.store.postgres import PostgresStore

    url = pg.bench_url(args.statements)
    sides = [Side("old", await old_class.open(url), old_search),
             Side("new", await PostgresStore.open(url))]
    try:
        queries = [q for q in await workload(sides[1].store, args.statements)
                   if args.only in q]
        for side in sides:  # warm-up
            await side.run(queries[:20])
        differ = 0
        for number in range(args.rounds):
            order = sides if number % 2 == 0 else sides[::-1]
            answers = {}
            before = load()
            both = await paired_round(sides, queries, number) if args.paired else {}
            for side in order:
                if not args.paired:
                    before = load()
                timings, answers[side.name] = both.get(side.name) or await side.run(queries)
                side.best = [min(pair) for pair in zip(side.best or timings, timings,
                                                       strict=True)]
                row = {**figures(timings, queries), "load": f"{before} - {load()}"}
                side.rounds.append(row)
                print(f"round {number + 1} {side.name}: {row}", flush=True)
            for q, a, b in zip(queries, answers["old"], answers["new"], strict=True):
                if a != b:
                    differ += 1
                    if differ <= 10:
                        print(f"  differs: {q!r}: {a} / {b}")
        for side in sides:
            print(side.name, {k: statistics.median(r[k] for r in side.rounds)
                              for k in ("p50", "p99", "mean", "topic_p99")}, "(medians)",
                  figures(side.best, queries), "(each question's fastest round)")
        if args.paired:
            gaps = [b - a for a, b in zip(sides[0].best, sides[1].best, strict=True)]
            print(f"new - old, each question's fastest: median {statistics.median(gaps):+.2f} ms,"
                  f" mean {statistics.fmean(gaps):+.2f} ms")
        print(f"answers differing: {differ} of {len(queries) * args.rounds}")
    finally:
        for side in sides:
            await side.store.close()


async def profile(args: argparse.Namespace) -> None:
    from bot.store.postgres import PostgresStore

    store = await PostgresStore.open(pg.bench_url(args.statements))
    try:
        queries = await workload(store, args.statements)
        side = Side("new", store)
        for _ in range(args.passes):  # untimed passes first
            await side.run(queries)
        timer = StatementTimer(store)
        before, timings = load(), []
        for query in queries:
            started = time.perf_counter()
            await search(store, query)
            timings.append((time.perf_counter() - started) * 1000)
            timer.next_question()
        print(f"{len(queries)} questions, load {before} - {load()}, {figures(timings, queries)}")
        timer.report(sum(timings), args.slowest, list(zip(timings, queries, strict=True)))
    finally:
        await store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--old", default="HEAD", help="commit of the old adapter")
    parser.add_argument("--rounds", type=int, default=4, help="rounds of each side")
    parser.add_argument("--only", default="", help="only the questions holding this text")
    parser.add_argument("--paired", action="store_true",
                        help="each question asked of both sides in turn (not round by round)")
    parser.add_argument("--whole", action="store_true",
                        help="the old side is the whole bot package of --old, search too")
    parser.add_argument("--profile", action="store_true", help="time each SQL statement")
    parser.add_argument("--slowest", type=int, default=10)
    parser.add_argument("--passes", type=int, default=1, help="untimed passes before --profile")
    args = parser.parse_args()
    if args.only and args.profile:
        parser.error("--only is for the comparison")
    if not pg.filled(args.statements):
        print(f"fill the bench database first: search_speed.py --backend postgres"
              f" --statements {args.statements}", file=sys.stderr)
        return 1
    if args.profile:
        asyncio.run(profile(args))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        if args.whole:
            old_search, old_class = old_package(args.old, ROOT, Path(folder))
            asyncio.run(compare(args, old_class, old_search))
        else:
            asyncio.run(compare(args, old_adapter(args.old, ROOT, Path(folder))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
