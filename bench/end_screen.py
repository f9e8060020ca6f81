"""Screen where reported contents could end (issue 12) on PolNeAR train: counts only.

    .venv/bin/python bench/end_screen.py [GOLD.jsonl] [--folds K] [--cells N]

1. The extractor reads every article; each reported content the cut rules read
   (content_cuts.eligible) is kept with its span before the cuts and the rules' end.
2. Candidate ends inside it: punctuation, linking words and prepositions (BOUNDARIES),
   and the points the cut rules find.
3. At each end, the scorer's token F1 against the gold contents it overlaps that no
   other statement matches; a content counts as matched at F1 >= 0.5.
4. Prints the matches with the rules' ends, with no cut, with the best end (oracle);
   the matches a cut at each kind of boundary wins and loses (the boundary, the word
   after it, the content's first word); and a learned end chooser (logistic regression,
   cue_learner.train; the first candidate scored above a threshold ends the content)
   out of fold by article, alone and after the rules.

Prints counts and boundary words only, never article text (PolNeAR is copyrighted).
"""

from __future__ import annotations

import argparse
import collections
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from cue_learner import train  # noqa: E402
from extraction import SHARED, load_scorer  # noqa: E402

from bot.article import parse_article  # noqa: E402
from bot.extraction import content_cuts, extract  # noqa: E402
from bot.extraction.cue_features import word_classes  # noqa: E402
from bot.extraction.cut_rules import CLAUSE_OPENERS, _clause_after, takes_object  # noqa: E402
from bot.extraction.jsonl import _published  # noqa: E402
from bot.extraction.lexicon import words  # noqa: E402
from bot.extraction.phrases import tokens  # noqa: E402
from bot.extraction.raw import Raw, clause_span  # noqa: E402

COLLECT = sys.modules["bot.extraction.collect"]
SE = load_scorer()
PUNCTUATION = {",", ";", ":", "(", "—", "–", "--"}
# Words before which a content may end (not after a comma: the comma is the candidate).
BOUNDARIES = words("""and but or as which who where while when after before because since until
amid despite following during on last in at with without including from by over against
about than though although unless if whereas so for this next earlier""")
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
Item = dict  # doc, ends, feats, f1 per gold (per end, no cut, rules' end), rule_end


def contents(doc: dict) -> tuple[list[tuple[Raw, int, int]], list[str]]:
    """(raw as first read, the rules' end, its statement's index) of each eligible
    reported content; every statement's quote."""
    seen: dict[tuple[int, int], tuple[Raw, int]] = {}
    orig = content_cuts.cut_contents

    def recording(text: str, raws: list[Raw]) -> list[Raw]:
        before = {id(r): r.copied() for r in raws if content_cuts.eligible(text, r)}
        for r in orig(text, raws):
            first = before.get(id(r))
            if first is not None:
                key = (r.cue_pos, r.spans[0][0])
                seen[key] = (seen.get(key, (first, 0))[0], r.spans[0][1])
        return raws

    COLLECT.cut_contents = recording
    try:
        art = parse_article(doc["text"], title=doc.get("title") or doc["doc_id"],
                            published=_published(doc.get("date")))
        stmts = extract(art).statements
    finally:
        COLLECT.cut_contents = orig
    starts = {s.start: i for i, s in enumerate(stmts)
              if s.kind == "indirect" and len(s.spans) == 1}
    return ([(*v, starts[a]) for (_, a), v in seen.items() if a in starts],
            [s.quote for s in stmts])


def _feats(toks: list, classes: list[str], k: int, first: str, rules: list[str]) -> list[str]:
    w = toks[k][0].lower()
    nxt = toks[k + 1][0].lower()
    nc = nxt if nxt in BOUNDARIES or classes[k + 1] in ("PRON", "DET") else classes[k + 1]
    f = [f"tok={w}", f"next={nc}", f"pair={w}|{nc}", f"first={first}", f"tok_first={w}|{first}",
         f"len={min(k, 13)}", f"rest={min(len(toks) - k, 13)}", *(f"rule={r}" for r in rules)]
    return f + (["clause_after", f"clause_after|{w}"] if _clause_after(toks, classes, k + 1)
                else [])


def items_of(doc: dict, di: int) -> list[Item]:
    text, gold = doc["text"], doc.get("attributions") or []
    gt = [SE.norm_tokens(g.get("content")) for g in gold]
    found_raws, quotes = contents(doc)
    pairs = {pi: gi for pi, gi, _ in SE.greedy_match([SE.norm_tokens(q) for q in quotes], gt, 0.5)}
    out = []
    for raw, rules_end, pi in found_raws:
        a, b = raw.spans[0]
        toks = tokens(text[a:b], a)
        if len(toks) < 3:
            continue
        classes = word_classes([w for w, _ in toks])
        found = collections.defaultdict(list)
        for name, rule in content_cuts.RULES:
            at = rule(text, raw, toks, classes)
            if at is not None:
                found[at].append(name)
        ks = [k for k in range(1, len(toks) - 1) if toks[k][1] in found or (
            toks[k][0] in PUNCTUATION or (toks[k][0].lower() in BOUNDARIES
                                           and toks[k - 1][0] not in PUNCTUATION))]
        first = toks[0][0].lower()
        first = first if first in CLAUSE_OPENERS else "obj" if takes_object(
            raw.cue, toks[0][0]) else "other"
        ends = [toks[k][1] for k in ks]
        near = [gi for gi, g in enumerate(gold) if g["content_span"][0] < b
                and g["content_span"][1] > a
                and (pairs.get(pi) == gi or gi not in pairs.values())]

        def f1(end: int, gi: int, a: int = a) -> float:
            x, y = clause_span(text, a, end)
            return float(SE.token_f1(SE.norm_tokens(text[x:y]), gt[gi]))
        out.append({"doc": di, "ends": ends, "rules_at": rules_end,
                    "feats": [_feats(toks, classes, k, first, found.get(toks[k][1], []))
                              for k in ks],
                    "f1": [([f1(e, gi) for e in ends], f1(b, gi), f1(rules_end, gi))
                           for gi in near],
                    "rule_end": ends.index(min(found)) if found and min(found) in ends else None})
    return out


def matched(it: Item, j: int | None) -> bool:
    """Matched when ended at candidate j (None: not cut; -1: the rules' end)."""
    return any((rules if j == -1 else full if j is None else fs[j]) >= 0.5
               for fs, full, rules in it["f1"])


def best(it: Item) -> tuple[float, int]:
    """The best F1 over the ends and the index of its end (len(ends): no cut)."""
    n = len(it["ends"])
    return max(((fs[j] if j < n else full, -j) for fs, full, _ in it["f1"]
                for j in range(n + 1)), default=(0.0, -n))


def rows(items: list[Item]) -> list[tuple[list[str], int]]:
    """Keep going at the candidates before the best end, end at the best one."""
    out = []
    for it in items:
        f, j = best(it)
        if f >= 0.5:
            out += [(it["feats"][i], int(i == -j)) for i in range(min(-j + 1, len(it["ends"])))]
    return out


def choose(w: dict[str, float], bias: float, it: Item, t: float, hybrid: bool) -> int | None:
    """The first candidate scored above t; after the rules: the rules' end (-1) unless
    an earlier candidate is."""
    for j, fe in enumerate(it["feats"]):
        if hybrid and it["ends"][j] >= it["rules_at"]:
            return -1
        if 1 / (1 + math.exp(-(bias + sum(w.get(x, 0.0) for x in fe)))) > t:
            return j
    return -1 if hybrid else None


def cells(items: list[Item], n: int) -> None:
    """Per boundary kind: the matches a cut there (as the content's end) wins and loses."""
    won: collections.Counter[str] = collections.Counter()
    lost: collections.Counter[str] = collections.Counter()
    for it in items:
        now = matched(it, -1)
        for j, fe in enumerate(it["feats"][:it["rule_end"]]):
            d = dict(x.split("=", 1) for x in fe if x.split("=", 1)[0] in ("tok", "next", "first"))
            key = f"{d['tok']} +{d['next']} ({d['first']})"
            won[key] += matched(it, j) and not now
            lost[key] += now and not matched(it, j)
    for key in sorted(won.keys() | lost.keys(), key=lambda k: won[k] - lost[k],
                      reverse=True)[:n]:
        print(f"  cut at {key}: won {won[key]}, lost {lost[key]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", nargs="?", default=str(SHARED / "polnear/train.jsonl"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cells", type=int, default=15)
    args = parser.parse_args()
    docs = SE.load_jsonl(args.gold)
    items = [it for di, doc in enumerate(docs) for it in items_of(doc, di) if it["f1"]]
    rules_m = sum(matched(it, -1) for it in items)
    print(f"contents overlapping gold: {len(items)}; matched with the rules' ends {rules_m}, "
          f"not cut {sum(matched(it, None) for it in items)}, "
          f"best end (oracle) {sum(best(it)[0] >= 0.5 for it in items)}")
    cells(items, args.cells)
    fold = {d: i % args.folds for i, d in enumerate(sorted({it["doc"] for it in items}))}
    res: dict[tuple[bool, float], list[int]] = collections.defaultdict(lambda: [0, 0])
    for k in range(args.folds):
        w, bias = train(rows([it for it in items if fold[it["doc"]] != k]))
        for it in (it for it in items if fold[it["doc"]] == k):
            for key in ((h, t) for h in (False, True) for t in THRESHOLDS):
                got, now = matched(it, choose(w, bias, it, key[1], key[0])), matched(it, -1)
                res[key][0] += got and not now
                res[key][1] += now and not got
    for (hybrid, t), (won, lost) in sorted(res.items()):
        print(f"learned {'after the rules' if hybrid else 'alone'}, threshold {t}: won {won}, "
              f"lost {lost} (net {won - lost:+d}) against the rules, {args.folds} folds")


if __name__ == "__main__":
    main()
