"""Benchmark the extractor against a gold JSONL (PolNeAR format) with the shared scorer.

    .venv/bin/python bench/extraction.py [GOLD.jsonl] [--json] [--limit N]

Prints the scorer table and articles/second (parse + extract time, one core);
with --json prints one JSON object with the headline figures instead.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.extraction.jsonl import predictions_for  # noqa: E402

SHARED = REPO.parent / "shared/eval"
DEFAULT_GOLD = SHARED / "polnear/dev.jsonl"
SCORER = SHARED / "score_extraction.py"


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer not found: {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(gold_path: Path, limit: int | None) -> tuple[list[dict], list[dict], float]:
    docs = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    docs = docs[:limit] if limit else docs
    started = time.process_time()
    preds = list(predictions_for(docs))
    elapsed = time.process_time() - started
    return docs, preds, len(docs) / elapsed if elapsed else float("inf")


def summary(result: dict) -> dict:
    out = {}
    for track in ("direct", "all"):
        t = result["tracks"][track]
        out[track] = {"p": round(t["content"]["precision"] * 100, 1),
                      "r": round(t["content"]["recall"] * 100, 1),
                      "f1": round(t["content"]["f1"] * 100, 1),
                      "speaker_acc": round(t["speaker_accuracy"] * 100, 1),
                      "e2e_f1": round(t["end_to_end"]["f1"] * 100, 1)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--show-errors", type=int, default=0)
    args = ap.parse_args(argv)
    scorer = load_scorer()
    docs, preds, rate = run(args.gold, args.limit)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for line in preds:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    errors: list[dict] | None = [] if args.show_errors else None
    result = scorer.score(docs, scorer.load_jsonl(fh.name), errors=errors)
    Path(fh.name).unlink()
    if args.json:
        print(json.dumps({"gold": str(args.gold), **summary(result),
                          "articles_per_s": round(rate, 1)}))
        return 0
    print(scorer.format_table(result))
    print(f"articles/second (parse + extract, one core): {rate:.1f}")
    for err in (errors or [])[:args.show_errors * 2]:
        print(json.dumps(err, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
