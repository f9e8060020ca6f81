"""Answers benchmark (issue 12): the whole chain, article -> extraction -> store -> search.

    .venv/bin/python bench/answers.py [--json] [--limit N] [--verbose]
    .venv/bin/python bench/answers.py --regenerate      # rewrite the question set

Loads PolNeAR dev (../shared, read at run time) into a fresh temporary store the way
`onrecord load` loads JSONL (bot.bulk), asks every question of bench/queries/answers_dev.jsonl
(bench/answer_questions.py says how it is built: one per named gold attribution and
phrasing, whether or not the extractor finds it) through bot.search.search, and reports
top-1 accuracy overall, by gold kind, phrasing and spelling, the negatives answered with
nothing, the time, and why the misses missed.

A question is answered RIGHT when the first result (or a statement grouped under it) is
a statement whose quote matches the gold content by the scorer's rule (bag-of-tokens
F1 >= 0.5 on score_extraction.norm_tokens) and whose speaker is the gold source's
(answer_judge.same_speaker: same surname, the same first name when both give one;
organisations by last word, words or acronym), in the gold article or in another one
reporting the same words (top-1 `same_article` counts the gold article's only). A
negative is right when nothing is returned. Also reported: MRR@5; top-1 `lenient`, when
a first answer that is a piece of the gold content (the scorer's fragment: >= 80% of its
tokens inside it, e.g. only the quoted words of a mixed quote) counts too; top-1
`when_stored`, over the questions whose statement the store holds with the right speaker
(what search alone can reach); and each miss's cause (answer_judge.cause). `--limit N`
asks N questions spread evenly over the set.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from answer_judge import DEV, cause, load_scorer, read_docs, right, stored_right  # noqa: E402
from answer_names import Name  # noqa: E402
from answer_questions import OUT, regenerate  # noqa: E402

from bot.article import content_hash  # noqa: E402
from bot.bulk import load_bulk, read_items  # noqa: E402
from bot.models import StoredStatement  # noqa: E402
from bot.search import search  # noqa: E402
from bot.store import Store  # noqa: E402

TOP_K = 5


async def load_store(path: Path, dev: Path) -> dict[str, int]:
    """dev.jsonl through bot.bulk as `onrecord load` does; content hash -> article id."""
    store = await Store.open(path)
    try:
        summary = await load_bulk(store, read_items([dev]), progress=False)
        if summary.refused:
            print(f"refused: {summary.refused}", file=sys.stderr)
    finally:
        await store.close()
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT content_hash, id FROM articles").fetchall())


async def run(questions: list[dict[str, Any]], verbose: bool) -> dict[str, Any]:
    scorer = load_scorer()
    docs = {d["doc_id"]: d for d in read_docs(DEV)}
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        ids = await load_store(Path(tmp) / "answers.db", DEV)
        load_s = time.perf_counter() - started
        # An article the loader refuses (no statements found) has no id: its questions
        # are asked all the same and miss as 'not extracted'.
        article = {doc_id: ids.get(content_hash(d["text"])) for doc_id, d in docs.items()}
        store = await Store.open(Path(tmp) / "answers.db")
        try:
            total = (await store.stats()).statements
            by_article: dict[int, list[StoredStatement]] = defaultdict(list)
            for s in await store.get_statements(list(range(1, total + 1))):
                by_article[s.article_id].append(s)
            result = await _ask(store, scorer, questions, docs, article, by_article, verbose)
        finally:
            await store.close()
    result["articles_refused"] = sum(i is None for i in article.values())
    result["load_s"] = round(load_s, 1)
    return result


async def _ask(store: Store, scorer: ModuleType, questions: list[dict[str, Any]],
               docs: dict[str, Any], article: dict[str, int | None],
               by_article: dict[int, list[StoredStatement]], verbose: bool) -> dict[str, Any]:
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    causes: Counter[str] = Counter()
    reciprocal, times = 0.0, []
    for case in questions:
        started = time.perf_counter()
        outcome = await search(store, case["q"], limit=TOP_K)
        times.append(time.perf_counter() - started)
        if case["expect"] == "none":
            _count(tally, "negatives", case["negative"], not outcome.hits)
            if outcome.hits and verbose:
                print(f"NEG {case['q']!r} -> {outcome.hits[0].statement.speaker}")
            continue
        doc = docs[case["doc_id"]]
        gold = next(a for a in doc["attributions"] if a["id"] == case["attribution"])
        name = Name(case["name"], case["name_kind"], case["short"])
        hits = [await store.get_statements([h.statement.id, *h.duplicate_ids])
                for h in outcome.hits]
        wanted = article[case["doc_id"]]
        stored = by_article.get(wanted, []) if wanted is not None else []
        rank = next((i for i, m in enumerate(hits, 1)
                     if right(scorer, m, None, gold["content"], name)), 0)
        ok = rank == 1
        _count(tally, "same_article", case["kind"],
               bool(hits) and wanted is not None
               and right(scorer, hits[0], wanted, gold["content"], name))
        reciprocal += 1 / rank if rank else 0.0
        lenient = bool(hits) and right(scorer, hits[0], None, gold["content"], name, True)
        _count(tally, "lenient", case["kind"], lenient)
        if stored_right(scorer, stored, gold["content"], name):
            _count(tally, "when_stored", case["kind"], ok)
        for group, value in (("overall", "all"), ("kind", case["kind"]),
                             ("phrasing", case["phrasing"]), ("spelling", case["spelling"]),
                             ("topic", "distinctive" if case["distinctive"] else "not")):
            _count(tally, group, value, ok)
        if not ok:
            why = cause(scorer, stored, gold["content"], name, case["topic"],
                        hits[0] if hits else None, outcome.notice, rank)
            causes[why] += 1
            tally["cause_by_kind"][f"{case['kind']}: {why.split(':')[0]}"] += 1
            if verbose:
                got = hits[0][0].speaker if hits else outcome.notice
                print(f"MISS [{why}] {case['q']!r} ({case['kind']}, {case['name']}) -> {got}")
    positives = tally["overall"]["all/n"]
    return {
        "questions": len(questions), "positives": positives,
        "top1": _share(tally["overall"], "all"),
        "mrr5": round(reciprocal / positives, 4) if positives else None,
        **{f"top1_{group}_by_kind": {k: _share(tally[group], k)
                                     for k in ("all", "direct", "partial", "indirect")}
           for group in ("same_article", "lenient", "when_stored")},
        **{f"top1_by_{g}": {k.split("/")[0]: _share(tally[g], k.split("/")[0])
                            for k in sorted(tally[g]) if k.endswith("/n")}
           for g in ("kind", "phrasing", "spelling", "topic")},
        "negatives": tally["negatives"]["all/n"],
        "negatives_empty": _share(tally["negatives"], "all"),
        "negatives_by_type": {k: _share(tally["negatives"], k) for k in ("made_up",
                                                                        "real_speaker")},
        "misses_by_cause": dict(causes.most_common()),
        "misses_by_kind_and_stage": dict(sorted(tally["cause_by_kind"].items())),
        "query_ms_mean": round(statistics.fmean(times) * 1000, 2) if times else None,
        "query_ms_p95": round(sorted(times)[int(len(times) * 0.95)] * 1000, 2) if times
        else None,
        "ask_s": round(sum(times), 1),
    }


def _count(tally: dict[str, Counter[str]], group: str, value: str, ok: bool) -> None:
    for key in ("all", value) if value != "all" else ("all",):
        tally[group][f"{key}/n"] += 1
        tally[group][f"{key}/ok"] += ok


def _share(counter: Counter[str], key: str) -> str:
    n, ok = counter[f"{key}/n"], counter[f"{key}/ok"]
    return f"{ok}/{n} = {ok / n:.3f}" if n else "0/0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--limit", type=int, default=None, help="ask N questions (spread)")
    parser.add_argument("--questions", type=Path, default=OUT)
    parser.add_argument("--regenerate", action="store_true",
                        help="rebuild the question set from the gold and exit")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    if args.regenerate:
        print(json.dumps(regenerate(args.questions)))
        return 0
    questions = [json.loads(line) for line in args.questions.read_text().splitlines() if line]
    if args.limit and args.limit < len(questions):
        step = len(questions) / args.limit
        questions = [questions[int(i * step)] for i in range(args.limit)]
    started = time.perf_counter()
    result = asyncio.run(run(questions, args.verbose))
    result["total_s"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>26}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
