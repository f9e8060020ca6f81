"""Error analysis of the extractor against a gold JSONL (PolNeAR format).

    .venv/bin/python bench/extraction_errors.py [GOLD.jsonl] [--limit N] [--top K]

Runs parse + extract on every document, matches statements to gold attributions
with the shared scorer's rules (strict mode) and prints the remaining error
classes with counts, plus the cue words of missed attributions. It prints only
class names, counts and cue words: never article text (PolNeAR is copyrighted).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from extraction import DEFAULT_GOLD, load_scorer  # noqa: E402

from bot.article import ArticleError, parse_article  # noqa: E402
from bot.extraction import extract  # noqa: E402
from bot.extraction.lexicon import DETERMINERS, ORG_HEADS  # noqa: E402
from bot.models import Statement  # noqa: E402


def _statements(doc: dict) -> list[Statement]:
    try:
        art = parse_article(doc["text"], title=doc.get("title") or "untitled")
    except ArticleError:
        return []
    return extract(art).statements


def _kind(a: dict) -> str:
    return "direct" if a.get("direct") else "partial" if a.get("partial") else "indirect"


def _overlaps(span: list[int], st: Statement) -> bool:
    return any(a < span[1] and span[0] < b for a, b in st.spans)


def _source_class(sc: object, a: dict) -> str:
    src = a.get("source")
    if not src:
        return "null source"
    if sc.is_pronoun_only(src):  # type: ignore[attr-defined]
        return "pronoun source"
    words = src.split()
    if words[0].lower() in DETERMINERS or not words[0][:1].isupper():
        return "organisation source" if words[-1].lower() in ORG_HEADS else "descriptive NP source"
    if words[-1].lower().strip(".,") in ORG_HEADS:
        return "organisation source"
    return "named source"


def _miss(sc: object, a: dict, doc: dict, stmts: list[Statement]) -> str:
    kind = _kind(a)
    span = a["content_span"]
    near = [s for s in stmts if _overlaps(span, s)]
    if near:
        return f"missed {kind}: statement overlaps, boundaries differ"
    if kind != "indirect" and "\n" in doc["text"][span[0]:span[1]]:
        return f"missed {kind}: spans paragraphs"
    return f"missed {kind}: nothing extracted ({_source_class(sc, a)})"


def _false_positive(sc: object, st: Statement, gold_toks: list[list[str]],
                    attrs: list[dict]) -> str:
    toks = sc.norm_tokens(st.quote)  # type: ignore[attr-defined]
    if any(sc.containment(toks, g) >= 0.8 for g in gold_toks if g):  # type: ignore[attr-defined]
        return f"false positive {st.kind}: fragment of a gold content"
    if any(_overlaps(a["content_span"], st) for a in attrs):
        return f"false positive {st.kind}: overlaps gold, boundaries differ"
    if len(toks) < 5:
        return f"false positive {st.kind}: short (scare quote / title)"
    return f"false positive {st.kind}: no gold attribution there"


def _wrong_speaker(sc: object, st: Statement, a: dict) -> str:
    cls = _source_class(sc, a)
    if st.speaker is None:
        return f"wrong speaker ({_kind(a)}): none predicted, {cls}"
    return f"wrong speaker ({_kind(a)}): {cls}"


def analyse(docs: list[dict]) -> tuple[collections.Counter[str], collections.Counter[str]]:
    sc = load_scorer()
    classes: collections.Counter[str] = collections.Counter()
    missed_cues: collections.Counter[str] = collections.Counter()
    for doc in docs:
        attrs = doc.get("attributions") or []
        stmts = _statements(doc)
        gold_toks = [sc.norm_tokens(a.get("content")) for a in attrs]
        pred_toks = [sc.norm_tokens(s.quote) for s in stmts]
        spk = sc.gold_speaker_sets(attrs)
        pairs = sc.greedy_match(pred_toks, gold_toks, 0.5)
        hit_g = {gi: pi for pi, gi, _ in pairs}
        for gi, a in enumerate(attrs):
            if gi not in hit_g:
                classes[_miss(sc, a, doc, stmts)] += 1
                if _kind(a) == "indirect":
                    missed_cues[(a.get("cue") or "-").lower()] += 1
                continue
            st = stmts[hit_g[gi]]
            if not sc.speaker_correct(st.speaker, spk[gi], a.get("source"), False):
                classes[_wrong_speaker(sc, st, a)] += 1
        hit_p = {pi for pi, _, _ in pairs}
        for pi, st in enumerate(stmts):
            if pi not in hit_p:
                classes[_false_positive(sc, st, gold_toks, attrs)] += 1
    return classes, missed_cues


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--top", type=int, default=25, help="cue words to list")
    args = ap.parse_args(argv)
    docs = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()
            if line.strip()][:args.limit]
    classes, cues = analyse(docs)
    print(f"error classes on {args.gold.name} ({len(docs)} articles):")
    for name, n in classes.most_common():
        print(f"{n:6d}  {name}")
    print(f"\nmissed indirect attributions by gold cue word (top {args.top}):")
    for cue, n in cues.most_common(args.top):
        print(f"{n:6d}  {cue}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
