"""Train the learned cue model (bot/extraction/learned_cues.py) on PolNeAR train.

    .venv/bin/python bench/train_cues.py [GOLD.jsonl] [--out PATH] [--min-count K]

1. The rules alone extract every article; their statements are matched to the gold
   attributions with the shared scorer's rules.
2. Candidates: words that head a gold cue at least K times in the training file (the
   first word that is no auxiliary, adverb or function word), kept when they were a
   right candidate often enough (pruned()), in narration outside quotation marks
   where no rule placed a cue (learned_cues.candidates).
3. Each candidate's statement is built by the reported-speech machinery and read in
   its variants (content_ends.py). A reading is right when it matches, with the
   scorer's token F1 >= 0.5, the missed gold attribution whose cue the candidate lies
   in, its content overlapping the reading's.
4. Two logistic regressions (cue_learner.py, FTRL-proximal, fixed order: the same data
   give the same model): the gate on the candidate's own features, the reader on each
   reading's. The reader's threshold is the lowest at which the learned statements
   are estimated right at least MIN_LEARNED_PRECISION of the time, from out-of-fold
   probabilities (two folds by article).

Writes the vocabulary, weights (word features, no text), biases and thresholds as JSON.
Prints counts and estimates only, never article text (PolNeAR is copyrighted).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from cue_learner import (  # noqa: E402
    Candidate,
    curve,
    fit,
    out_of_fold,
    precise_threshold,
    report,
    training_rows,
)
from extraction import SHARED, load_scorer  # noqa: E402

from bot.article import parse_article  # noqa: E402
from bot.extraction import learned_cues  # noqa: E402
from bot.extraction.collect import collect, sentences  # noqa: E402
from bot.extraction.cue_features import features  # noqa: E402
from bot.extraction.lexicon import words  # noqa: E402
from bot.extraction.resolve import build_statements  # noqa: E402

DEFAULT_GOLD = SHARED / "polnear/train.jsonl"
# Words of a gold cue that are not its head ('has been quietly pushing for' -> pushing).
NOT_HEADS = words("""has have had is are was were be been being will would could should may
might must can did does do not n't also still already just never now reportedly publicly
repeatedly recently previously later again even to 's ’s 'd ’d quickly first the a an of
in on for with as by from that it this about at into over after before his her their
its our my your who which what there than then so more most all some one no""")
WORD_RE = re.compile(r"[A-Za-z][A-Za-z’']*")
# A vocabulary word must have been a right candidate this often, at this rate.
MIN_POSITIVES = 3
MIN_RATE = 0.08


def cue_head(cue: str | None) -> str | None:
    """The first word of a gold cue that is no auxiliary, function word or adverb
    before another word ('strongly backed' -> backed)."""
    found = WORD_RE.findall(cue or "")
    for i, w in enumerate(found):
        if w.lower() in NOT_HEADS or (w.endswith("ly") and i + 1 < len(found)):
            continue
        return w if w[:1].islower() else None
    return None


def vocabulary(docs: list[dict], k: int) -> frozenset[str]:
    heads = collections.Counter(cue_head(a.get("cue")) for d in docs for a in d["attributions"])
    return frozenset(h for h, n in heads.items() if h and n >= k)


def pruned(cands: list[Candidate], vocab: frozenset[str]) -> frozenset[str]:
    """The words that were a right candidate at least MIN_POSITIVES times and in at
    least MIN_RATE of their occurrences: the others cost time and bring little."""
    seen: collections.Counter[str] = collections.Counter()
    good: collections.Counter[str] = collections.Counter()
    for _, tied, feats, opts in cands:
        word = feats[0].removeprefix("w=")
        seen[word] += 1
        good[word] += any(gi >= 0 and gi == tied for _, gi in opts)
    return frozenset(w for w in vocab if good[w] >= MIN_POSITIVES
                     and good[w] >= MIN_RATE * seen[w])


def examples(docs: list[dict], vocab: frozenset[str], sc: object) -> tuple[list, dict]:
    """Per candidate: (doc index, the gold whose cue it lies in or -1, and per reading
    of its statement (features, the missed gold attribution it matches or -1)); and the
    counts of the rules alone."""
    cands: list[Candidate] = []
    base: collections.Counter[str] = collections.Counter()
    for di, doc in enumerate(docs):
        text, attrs = doc["text"], doc["attributions"]
        art = parse_article(text, title=doc.get("title") or "untitled")
        sents = sentences(art)
        raws = collect(art, sents, learn=False)
        stmts, _ = build_statements(art, raws, sents)
        gold = [sc.norm_tokens(a.get("content")) for a in attrs]  # type: ignore[attr-defined]
        pred = [sc.norm_tokens(s.quote) for s in stmts]  # type: ignore[attr-defined]
        hit = {gi for _, gi, _ in sc.greedy_match(pred, gold, 0.5)}  # type: ignore[attr-defined]
        base.update(gold=len(attrs), pred=len(stmts), tp=len(hit))
        own: dict[int, int] = {}
        for gi, a in enumerate(attrs):
            if a.get("cue_span"):
                for m in WORD_RE.finditer(text, *a["cue_span"]):
                    own.setdefault(m.start(), gi)
        for sent in sents:
            found = [r for r in raws if r.sentence == (sent.start, sent.end)]
            found_cands = learned_cues.candidates(text, sent, vocab, {r.cue_pos for r in found})
            for cand, feats in zip(found_cands, features(text, sent, found_cands, found),
                                   strict=True):
                tied = own.get(cand[1], -1)
                tied = -2 if tied in hit else tied  # its attribution is the rules' already
                opts = [(feats + f, raw)
                        for f, raw in learned_cues.readings(text, sent, cand, found)]
                cands.append((di, tied, feats, [(f, _match(text, raw, attrs, gold, hit, tied, sc))
                                                for f, raw in opts]))
    return cands, base


def _match(text: str, raw: object, attrs: list[dict], gold: list[list[str]], hit: set[int],
           tied: int, sc: object) -> int:
    """The missed gold attribution raw's content matches best (its own cue's first),
    among those whose content overlaps raw's: a short content matching the same words
    elsewhere in the article counts with the scorer but is no evidence here."""
    spans = raw.spans  # type: ignore[attr-defined]
    toks = sc.norm_tokens(" ".join(text[a:b] for a, b in spans))  # type: ignore
    best, best_gi = 0.0, -1
    for gi, g in enumerate(gold):
        if gi in hit or not g:
            continue
        c0, c1 = attrs[gi]["content_span"]
        if not any(a < c1 and c0 < b for a, b in spans):
            continue
        f = sc.token_f1(toks, g)  # type: ignore[attr-defined]
        f += 1.0 if f >= 0.5 and gi == tied else 0.0
        if f >= 0.5 and f > best:
            best, best_gi = f, gi
    return best_gi


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--out", type=Path, default=learned_cues.MODEL_PATH)
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args(argv)
    sc = load_scorer()
    docs = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    vocab = vocabulary(docs, args.min_count)
    vocab = pruned(examples(docs, vocab, sc)[0], vocab)
    cands, base = examples(docs, vocab, sc)
    rows = training_rows(cands)
    print(f"{len(docs)} articles, vocabulary {len(vocab)}, candidates {len(cands)}, "
          f"readings {len(rows)}, positive {sum(y for _, y in rows)}; rules alone: {dict(base)}")
    points = curve(out_of_fold(cands), base)
    report(points)
    mdl = fit(cands, vocab)
    threshold = precise_threshold(points)
    at = next((pt for pt in reversed(points) if pt[0] >= threshold), (threshold, 0, 0, 0))
    print(f"chosen threshold {threshold}: estimated all P {100 * at[1]:.1f} "
          f"R {100 * at[2]:.1f}; learned statements right {100 * at[3]:.1f}%")
    args.out.write_text(json.dumps(
        {"about": "bench/train_cues.py on PolNeAR train; see bot/extraction/learned_cues.py",
         "vocab": sorted(vocab),
         "gate": {"threshold": mdl.gate.threshold, "bias": mdl.gate.bias,
                  "weights": dict(sorted(mdl.gate.weights.items()))},
         "reader": {"threshold": threshold, "bias": mdl.reader.bias,
                    "weights": dict(sorted(mdl.reader.weights.items()))}},
        indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"gate {mdl.gate.threshold}, reader {threshold}; {len(mdl.gate.weights)} + "
          f"{len(mdl.reader.weights)} weights -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
