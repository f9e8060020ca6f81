"""Dates of extracted statements on a PolNeAR JSONL: how many fall after publication,
how many carry a period (said_from..said_to) instead of a day, and which date rule chose.

    .venv/bin/python bench/dates.py [GOLD.jsonl ...] [--json]

Publication is the document's "date" field; nothing of the texts is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.article import ArticleError, parse_article  # noqa: E402
from bot.extraction import extract  # noqa: E402
from bot.extraction.jsonl import _published  # noqa: E402

SHARED = REPO.parent / "shared/eval/polnear"


def measure(path: Path) -> dict:
    counts: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        published = _published(doc.get("date"))
        try:
            article = parse_article(str(doc.get("text") or ""), title=str(doc.get("title") or ""),
                                    published=published)
        except ArticleError:
            continue
        counts["articles"] += 1
        for s in extract(article).statements:
            counts["statements"] += 1
            counts["said_on"] += s.said_on is not None
            counts["after_publication"] += bool(s.said_on and published and s.said_on > published)
            counts["period"] += getattr(s, "said_from", None) is not None
            rules[getattr(s, "trace", {}).get("date", "?")] += 1
    return {"file": path.name, **counts, "rules": dict(rules.most_common())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path,
                    default=[SHARED / "dev.jsonl", SHARED / "train.jsonl"])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    for path in args.gold:
        result = measure(path)
        if args.json:
            print(json.dumps(result))
            continue
        print(f"{result['file']}: {result['statements']} statements in {result['articles']}"
              f" articles; said_on {result['said_on']}, after publication"
              f" {result['after_publication']}, period {result['period']}")
        print("  rules: " + ", ".join(f"{k} {v}" for k, v in result["rules"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
