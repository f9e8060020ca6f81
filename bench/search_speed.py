"""Search speed at scale: a store of N statements, per-query latency against a naive scan.

    .venv/bin/python bench/search_speed.py --statements 10000 --statements 100000 [--json]

The store is built from PolNeAR train+dev statements (extracted once, read from
../shared at run time) recombined with seeded random speakers (real ones plus
invented first-name/surname pairs, one per SPEAKERS_PER statements), dates and
outlets, ARTICLE_STATEMENTS to an article, written with Store.add_extractions in
batches (one transaction each) and the index optimised: build_s covers all of it.
Queries: the PolNeAR dev query set plus queries made from stored statements
(surname + a rare word of the quote, "who said" two words). The naive baseline runs
in a child process (its list of every quote would otherwise set our peak RSS):
rapidfuzz process.extract over every statement text, on NAIVE_QUERIES queries.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import multiprocessing
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from make_queries import DEFAULT_OUT, read_docs  # noqa: E402
from rapidfuzz import process  # noqa: E402
from rapidfuzz.utils import default_process  # noqa: E402

from bot.loading import extract_text  # noqa: E402
from bot.models import Article, Extraction, Paragraph, Speaker, Statement  # noqa: E402
from bot.search import search  # noqa: E402
from bot.search.query import STOPWORDS  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.text import name_key, words  # noqa: E402

SEED = 7
ARTICLE_STATEMENTS = 12
BATCH_ARTICLES = 500
SPEAKERS_PER = 50  # one speaker for every this many statements (at least the real ones)
QUERIES_FROM_STORE = 300
NAIVE_QUERIES = 10
WARMUP_QUERIES = 20
OUTLETS = ["Xinhua", "Reuters", "AP", "nyt", "wash-post", "politico", "breitbart",
           "usa-today", "huff-post", "west-journal", "BBC", "Le Monde"]
FIRST_DAY = date(2015, 1, 1)
DAYS = 3650


def statement_pool() -> tuple[list[Statement], list[str]]:
    """Every statement the extractor finds in PolNeAR train+dev, and the speaker names."""
    pool: list[Statement] = []
    for doc in [*read_docs("train"), *read_docs("dev")]:
        extraction = extract_text(doc["text"], title=doc.get("title"))
        pool += [s for s in extraction.statements if s.quote.strip()]
    names = sorted({s.speaker for s in pool if s.speaker and len(s.speaker) > 2})
    return pool, names


def speaker_names(real: list[str], wanted: int, rng: random.Random) -> list[str]:
    firsts = sorted({n.split()[0] for n in real if len(n.split()) > 1})
    lasts = sorted({n.split()[-1] for n in real if len(n.split()) > 1})
    names = list(real)
    seen = {name_key(n) for n in names}
    while len(names) < wanted:
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if name_key(name) not in seen:
            seen.add(name_key(name))
            names.append(name)
    return names


def articles(n: int, pool: list[Statement], names: list[str], rng: random.Random
             ) -> Iterator[Extraction]:
    """Synthetic articles of recombined statements, N statements in all (streamed)."""
    made = 0
    number = 0
    while made < n:
        size = min(ARTICLE_STATEMENTS, n - made)
        picked = [rng.choice(pool) for _ in range(size)]
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        text = "\n\n".join(s.context for s in picked)
        statements = []
        speakers = []
        for s in picked:
            who = rng.choice(names)
            speakers.append(Speaker(name=who))
            statements.append(s.model_copy(update={
                "speaker": who, "speaker_title": None,
                "said_on": day - timedelta(days=rng.randrange(3))}))
        number += 1
        made += size
        article = Article(
            title=f"Synthetic article {number}", source=rng.choice(OUTLETS), text=text,
            published=None, paragraphs=[Paragraph(index=0, start=0, end=len(text), text="")],
            content_hash=hashlib.sha256(f"{n}:{number}".encode()).hexdigest())
        yield Extraction(article=article, statements=statements, speakers=speakers)


async def build(path: Path, n: int, pool: list[Statement], names: list[str]) -> float:
    rng = random.Random(SEED + n)
    started = time.perf_counter()
    store = await Store.open(path)
    try:
        batch: list[Extraction] = []
        for extraction in articles(n, pool, names, rng):
            batch.append(extraction)
            if len(batch) >= BATCH_ARTICLES:
                await store.add_extractions(batch)
                batch = []
        await store.add_extractions(batch)
        await store.optimize()
    finally:
        await store.close()
    return time.perf_counter() - started


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


async def measure(path: Path, n: int) -> tuple[list[float], list[str]]:
    rng = random.Random(SEED)
    dev = [json.loads(line)["q"] for line in DEFAULT_OUT.read_text().splitlines() if line]
    store = await Store.open(path)
    try:
        queries = dev + await store_queries(store, n, rng)
        for query in queries[:WARMUP_QUERIES]:
            await search(store, query)
        timings = []
        for query in queries:
            started = time.perf_counter()
            await search(store, query)
            timings.append((time.perf_counter() - started) * 1000)
    finally:
        await store.close()
    return timings, queries


def naive(path: str, queries: list[str], out: Any) -> None:
    """Child process: rapidfuzz over every stored quote (read with plain sqlite3)."""
    import sqlite3

    db = sqlite3.connect(path)
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


def run(n: int, pool: list[Statement], names: list[str], db_dir: Path | None = None,
        reuse: bool = False, with_naive: bool = True, slowest: int = 0) -> dict[str, Any]:
    """One N: build (or, with `reuse`, keep a store already built in `db_dir`), measure."""
    rng = random.Random(SEED)
    wanted = max(len(names), n // SPEAKERS_PER)
    with tempfile.TemporaryDirectory() as tmp:
        folder = db_dir or Path(tmp)
        path = folder / f"speed{n}.db"
        build_s = 0.0
        if not (reuse and path.exists()):
            for old in folder.glob(f"speed{n}.db*"):
                old.unlink()
            build_s = asyncio.run(build(path, n, pool, speaker_names(names, wanted, rng)))
        db_mb = sum(p.stat().st_size for p in folder.glob(f"speed{n}.db*")) / 2**20
        timings, queries = asyncio.run(measure(path, n))
        for ms, query in sorted(zip(timings, queries, strict=True), reverse=True)[:slowest]:
            print(f"{ms:8.1f} ms  {query}", file=sys.stderr)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        naive_ms = [0.0]
        if with_naive:
            queue: Any = multiprocessing.get_context("fork").Queue()
            sample = random.Random(SEED).sample(queries, min(NAIVE_QUERIES, len(queries)))
            child = multiprocessing.get_context("fork").Process(
                target=naive, args=(str(path), sample, queue))
            child.start()
            naive_ms = queue.get()
            child.join()
    p50, naive_p50 = statistics.median(timings), statistics.median(naive_ms)
    return {"statements": n, "queries": len(timings), "p50_ms": round(p50, 2),
            "p99_ms": round(percentile(timings, 0.99), 2), "naive_p50_ms": round(naive_p50, 1),
            "speedup": round(naive_p50 / p50, 1), "build_s": round(build_s, 1),
            "db_mb": round(db_mb, 1), "peak_rss_mb": round(peak, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, action="append", required=True)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--db", type=Path, help="folder for the stores (kept after the run)")
    parser.add_argument("--reuse", action="store_true",
                        help="with --db: measure a store already built there (build_s 0)")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive baseline")
    parser.add_argument("--slowest", type=int, default=0, metavar="N",
                        help="print the N slowest queries (to stderr)")
    args = parser.parse_args()
    pool, names = statement_pool()
    runs = []
    for n in args.statements:
        if args.db:
            args.db.mkdir(parents=True, exist_ok=True)
        result = run(n, pool, names, args.db, args.reuse, not args.no_naive, args.slowest)
        runs.append(result)
        if not args.json:
            print(json.dumps(result), flush=True)
    if args.json:
        print(json.dumps({"runs": runs}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
