"""Search speed at scale: a store of N statements, per-query latency against a naive scan.

    .venv/bin/python bench/search_speed.py --statements 10000 --statements 100000 [--json]
    .venv/bin/python bench/search_speed.py --backend postgres --statements 1000000 --reuse

The store is built from PolNeAR train+dev statements (extracted once, read from
../shared at run time) recombined with seeded random speakers (real ones plus
invented first-name/surname pairs, one per SPEAKERS_PER statements), dates and
outlets, ARTICLE_STATEMENTS to an article, written with Store.add_extractions in
batches (one transaction each) and the index optimised: build_s covers all of it.
With --backend postgres the same material is written inside PostgreSQL (the database
onrecord_bench_<N> on 127.0.0.1, kept for --reuse; search_speed_pg.py says how) and
searched through the same code and the PostgreSQL adapter.
Queries: the PolNeAR dev query set plus queries made from stored statements
(surname + a rare word of the quote, "who said" two words), timed --repeat times:
the best round is reported, topic-only queries ("who said ...") also apart. The naive baseline runs
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

from make_queries import read_docs  # noqa: E402
from search_speed_stats import SEED, load, measure, naive, percentile, summary  # noqa: E402

from bot.loading import extract_text  # noqa: E402
from bot.models import Article, Extraction, Paragraph, Speaker, Statement  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.text import name_key  # noqa: E402

ARTICLE_STATEMENTS = 12
BATCH_ARTICLES = 500
SPEAKERS_PER = 50  # one speaker for every this many statements (at least the real ones)
NAIVE_QUERIES = 10
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


def prepare_sqlite(n: int, pool: list[Statement], names: list[str], folder: Path,
                   reuse: bool) -> tuple[str, float, float]:
    """(path, build seconds, MB on disk) of the SQLite store of N statements."""
    path = folder / f"speed{n}.db"
    build_s = 0.0
    if not (reuse and path.exists()):
        for old in folder.glob(f"speed{n}.db*"):
            old.unlink()
        wanted = max(len(names), n // SPEAKERS_PER)
        build_s = asyncio.run(build(path, n, pool, speaker_names(
            names, wanted, random.Random(SEED))))
    return str(path), build_s, sum(p.stat().st_size for p in folder.glob(f"speed{n}.db*"))


def prepare_postgres(n: int, pool: list[Statement], names: list[str], reuse: bool
                     ) -> tuple[str, float, float]:
    """(URL, fill seconds, bytes) of the PostgreSQL bench database of N statements."""
    import psycopg
    import search_speed_pg as pg

    build_s = 0.0
    if not (reuse and pg.filled(n)):
        wanted = max(len(names), n // SPEAKERS_PER)
        build_s = pg.fill(n, pool, speaker_names(names, wanted, random.Random(SEED)),
                          OUTLETS, ARTICLE_STATEMENTS, FIRST_DAY.isoformat(), DAYS, SEED)
    url = pg.bench_url(n)
    with psycopg.connect(url) as conn:
        size = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return url, build_s, float(size[0] if size else 0)


def opener(source: str) -> Any:
    if source.startswith("postgresql:"):
        from bot.store.postgres import PostgresStore

        return lambda: PostgresStore.open(source)
    return lambda: Store.open(Path(source))


def run(n: int, pool: list[Statement], names: list[str], args: argparse.Namespace
        ) -> dict[str, Any]:
    """One N: build (or, with --reuse, keep the store already built), measure."""
    with tempfile.TemporaryDirectory() as tmp:
        if args.backend == "postgres":
            source, build_s, size = prepare_postgres(n, pool, names, args.reuse)
        else:
            source, build_s, size = prepare_sqlite(n, pool, names, args.db or Path(tmp),
                                                   args.reuse)
        load_before = load()
        rounds, queries = asyncio.run(measure(opener(source), n, args.repeat))
        load_after = load()
        best = min(rounds, key=lambda t: percentile(t, 0.99))
        for ms, query in sorted(zip(best, queries, strict=True), reverse=True)[:args.slowest]:
            print(f"{ms:8.1f} ms  {query}", file=sys.stderr)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        naive_ms = [0.0]
        if not args.no_naive:
            queue: Any = multiprocessing.get_context("fork").Queue()
            sample = random.Random(SEED).sample(queries, min(NAIVE_QUERIES, len(queries)))
            child = multiprocessing.get_context("fork").Process(
                target=naive, args=(source, sample, queue))
            child.start()
            naive_ms = queue.get()
            child.join()
    result = summary(rounds, queries)
    naive_p50 = statistics.median(naive_ms)
    return {"backend": args.backend, "statements": n, "queries": len(queries), **result,
            "naive_p50_ms": round(naive_p50, 1),
            "speedup": round(naive_p50 / result["p50_ms"], 1), "build_s": round(build_s, 1),
            "db_mb": round(size / 2**20, 1), "peak_rss_mb": round(peak, 1),
            "load_before": load_before, "load_after": load_after}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, action="append", required=True)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite",
                        help="postgres: the database onrecord_bench_<N> on 127.0.0.1")
    parser.add_argument("--repeat", type=int, default=1, metavar="R",
                        help="time the workload R times; report the best round")
    parser.add_argument("--db", type=Path, help="folder for the stores (kept after the run)")
    parser.add_argument("--reuse", action="store_true",
                        help="measure a store already built (--db folder, or the"
                        " PostgreSQL bench database when filled for N) (build_s 0)")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive baseline")
    parser.add_argument("--slowest", type=int, default=0, metavar="N",
                        help="print the N slowest queries (to stderr)")
    parser.add_argument("--db-prefix", metavar="NAME",
                        help="postgres: the database NAME_<N> (default onrecord_bench)")
    args = parser.parse_args()
    if args.db_prefix:
        import search_speed_pg as pg

        pg.DB_PREFIX = args.db_prefix
    pool, names = statement_pool()
    runs = []
    for n in args.statements:
        if args.db:
            args.db.mkdir(parents=True, exist_ok=True)
        result = run(n, pool, names, args)
        runs.append(result)
        if not args.json:
            print(json.dumps(result), flush=True)
    if args.json:
        print(json.dumps({"runs": runs}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
