"""Search quality on PolNeAR dev queries (bench/queries/) and the seed gold queries.

    .venv/bin/python bench/search_quality.py [--json] [--queries FILE] [--verbose]

Loads the dev articles (read from ../shared at run time) into a fresh store, runs every
query through bot.search.search and reports top-1 accuracy and MRR@5 on positive
queries, the share of negatives answered with nothing, and the seed gold queries
(run on a store holding only the seed article). A hit is right when it, or a duplicate
grouped under it, comes from the gold article and matches the gold attribution
(bench/make_queries.py defines the match).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from make_queries import DEFAULT_OUT, gold_content, load_docs, overlaps, read_docs  # noqa: E402

from bot.ingest import ingest  # noqa: E402
from bot.models import Hit  # noqa: E402
from bot.search import search  # noqa: E402
from bot.store import Store  # noqa: E402

SEED_GOLD = BENCH.parent.parent / "shared" / "eval" / "seed" / "gold.json"
SEEDS = BENCH.parent / "seeds"
TOP_K = 5


def _statement_ids(hit: Hit) -> list[int]:
    return [hit.statement.id, *hit.duplicate_ids]


async def run_polnear(queries: list[dict[str, Any]], verbose: bool) -> dict[str, Any]:
    docs = {d["doc_id"]: d for d in read_docs("dev")}
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "quality.db")
        try:
            article_ids = await load_docs(store, list(docs.values()))
            return await _score(store, queries, docs, article_ids, verbose)
        finally:
            await store.close()


async def _score(store: Store, queries: list[dict[str, Any]], docs: dict[str, Any],
                 article_ids: dict[str, int], verbose: bool) -> dict[str, Any]:
    top1 = rr = 0.0
    positives = negatives = empty = 0
    by_phrasing: Counter[str] = Counter()
    right_by_phrasing: Counter[str] = Counter()
    started = time.perf_counter()
    for case in queries:
        outcome = await search(store, case["q"], limit=TOP_K)
        if case["expect"] == "none":
            negatives += 1
            empty += not outcome.hits
            if outcome.hits and verbose:
                print(f"NEG FAIL {case['q']!r}: {outcome.hits[0].statement.speaker}: "
                      f"{outcome.hits[0].statement.quote[:80]!r}")
            continue
        doc = docs[case["doc_id"]]
        attribution = next(a for a in doc["attributions"] if a["id"] == case["attribution"])
        content = gold_content(doc, attribution)
        wanted = article_ids[case["doc_id"]]
        positives += 1
        by_phrasing[case["phrasing"]] += 1
        rank = 0
        for position, hit in enumerate(outcome.hits, 1):
            members = await store.get_statements(_statement_ids(hit))
            if any(m.article_id == wanted and overlaps(content, m.quote) for m in members):
                rank = position
                break
        top1 += rank == 1
        right_by_phrasing[case["phrasing"]] += rank == 1
        rr += 1 / rank if rank else 0.0
        if rank != 1 and verbose:
            got = (f"{outcome.hits[0].statement.speaker}: {outcome.hits[0].statement.quote[:60]!r}"
                   if outcome.hits else outcome.notice)
            print(f"POS rank={rank} {case['q']!r} -> {got}")
    elapsed = time.perf_counter() - started
    return {
        "positives": positives, "negatives": negatives,
        "top1": round(top1 / positives, 4) if positives else None,
        "mrr5": round(rr / positives, 4) if positives else None,
        "negatives_empty": round(empty / negatives, 4) if negatives else None,
        "top1_by_phrasing": {k: f"{right_by_phrasing[k]}/{n}" for k, n in
                             sorted(by_phrasing.items())},
        "mean_query_ms": round(elapsed / max(len(queries), 1) * 1000, 2),
    }


async def run_seed() -> dict[str, Any]:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    seed = next(SEEDS.glob("*.txt"))
    passed, failed = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "seed.db")
        try:
            await ingest(store, seed.read_text(encoding="utf-8"))
            for case in gold["queries"]:
                outcome = await search(store, case["q"])
                if case.get("expect_none"):
                    ok = not outcome.hits
                else:
                    ok = bool(outcome.hits) and any(
                        item["id"] in case["expect_any"] and overlaps(item["quote"], h.quote)
                        for item in gold["statements"]
                        for h in [outcome.hits[0].statement])
                passed += ok
                if not ok:
                    failed.append(case["q"])
        finally:
            await store.close()
    return {"seed_total": len(gold["queries"]), "seed_passed": passed, "seed_failed": failed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--queries", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    queries = [json.loads(line) for line in args.queries.read_text().splitlines() if line]
    result = asyncio.run(run_polnear(queries, args.verbose))
    result.update(asyncio.run(run_seed()))
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>18}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
