"""search_speed.py's workload and figures: the queries (the PolNeAR dev query set plus
queries made from stored statements), timed through bot.search.search in rounds,
percentiles per round, the topic-only share, the load average, and the naive baseline
(run in a child process)."""

from __future__ import annotations

import json
import random
import statistics
import time
from pathlib import Path
from typing import Any

from make_queries import DEFAULT_OUT
from rapidfuzz import process
from rapidfuzz.utils import default_process

from bot.search import search
from bot.search.query import STOPWORDS
from bot.store.port import Store
from bot.text import words

SEED = 7
QUERIES_FROM_STORE = 300
WARMUP_QUERIES = 20


async def store_queries(store: Store, n: int, rng: random.Random) -> list[str]:
    ids = [rng.randrange(1, n + 1) for _ in range(QUERIES_FROM_STORE)]
    out = []
    for statement in await store.get_statements(ids):
        rare = [w for w in words(statement.quote) if len(w) > 6 and w not in STOPWORDS]
        if not rare or not statement.speaker:
            continue
        surname = statement.speaker.split()[-1]
        form = rng.randrange(3)
        if form == 0:
            out.append(f"what did {surname} say about {rng.choice(rare)}")
        elif form == 1:
            out.append(f"{surname} {rng.choice(rare)}")
        else:
            out.append(f"who said {' '.join(rare[:2])}")
    return out


async def measure(opened: Any, n: int, repeat: int = 1) -> tuple[list[list[float]], list[str]]:
    """Time every query `repeat` times (after a warm-up) on the store `opened()` gives."""
    rng = random.Random(SEED)
    dev = [json.loads(line)["q"] for line in DEFAULT_OUT.read_text().splitlines() if line]
    store = await opened()
    try:
        queries = dev + await store_queries(store, n, rng)
        for query in queries[:WARMUP_QUERIES]:
            await search(store, query)
        rounds = []
        for _ in range(repeat):
            timings = []
            for query in queries:
                started = time.perf_counter()
                await search(store, query)
                timings.append((time.perf_counter() - started) * 1000)
            rounds.append(timings)
    finally:
        await store.close()
    return rounds, queries


def summary(rounds: list[list[float]], queries: list[str]) -> dict[str, Any]:
    """p50/p99 of every query and of the topic-only ones ('who said ...'), per round:
    the best round (lowest p99 of all queries) and the spread of p99 over rounds."""
    topic = [i for i, q in enumerate(queries) if q.lower().startswith("who said")]
    per_round = []
    for timings in rounds:
        picked = [timings[i] for i in topic]
        per_round.append({"p50_ms": round(statistics.median(timings), 2),
                          "p99_ms": round(percentile(timings, 0.99), 2),
                          "topic_p50_ms": round(statistics.median(picked), 2),
                          "topic_p99_ms": round(percentile(picked, 0.99), 2)})
    best = min(per_round, key=lambda r: r["p99_ms"])
    return {**best, "topic_queries": len(topic), "rounds": len(rounds),
            "p99_spread_ms": [min(r["p99_ms"] for r in per_round),
                              max(r["p99_ms"] for r in per_round)],
            "topic_p99_spread_ms": [min(r["topic_p99_ms"] for r in per_round),
                                    max(r["topic_p99_ms"] for r in per_round)]}


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def naive(source: str, queries: list[str], out: Any) -> None:
    """Child process: rapidfuzz over every stored quote (read with plain sqlite3, or
    psycopg when `source` is a postgresql:// URL)."""
    if source.startswith("postgresql:"):
        import psycopg

        with psycopg.connect(source) as conn:
            texts = [row[0] for row in conn.execute("SELECT quote FROM statements")]
    else:
        import sqlite3

        db = sqlite3.connect(source)
        texts = [row[0] for row in db.execute("SELECT quote FROM statements")]
        db.close()
    timings = []
    for query in queries:
        started = time.perf_counter()
        process.extract(query, texts, processor=default_process, limit=5, score_cutoff=50)
        timings.append((time.perf_counter() - started) * 1000)
    out.put(timings)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
