"""The question set of bench/answers.py (issue 12), built from PolNeAR gold alone.

    .venv/bin/python bench/answers.py --regenerate   # bench/queries/answers_dev.jsonl, .meta.json

Every gold attribution whose source names a person or organisation (bench/answer_names.py)
gets one topic word and four questions: `what did S say about W`, `S on W`, `s w` (lower
case) and `did S talk about W`, S the surname (or the organisation's name or acronym as
the source gives it). One question in five (seeded, among people with a surname of 4+
letters) misspells the surname by one edit: a deletion, a swap of two neighbours or a
substitution, never the first letter, never giving a word of the corpus.

The topic word W is a content word of the gold content (4+ letters, not a stopword of the
query parser, a date word or a word of the source's name) chosen so that the target is a
reasonable best answer: DISTINCTIVE when its stem is in no other gold content of the same
surname or name (pronoun sources count for the name the scorer stands in for them),
then the least noun-unlike (not -ly/-ed/-ing) and the rarest (IDF over the corpus's
paragraphs). When no word is distinctive the rarest is kept and the question says so.

Negatives expect nothing: invented surnames that no corpus word comes near, and named
speakers with a topic word whose stem occurs in no paragraph that names them or holds
one of their statements. Nothing is extracted or searched: the set does not depend on the
extractor (only the query parser's stopword list and the search's plural stemmer are used).
"""

from __future__ import annotations

import json
import math
import random
import re
import string
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from answer_judge import load_scorer, read_docs  # noqa: E402
from answer_names import Casing, Name, fold, name_tokens, named_source  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from bot.search.query import STOPWORDS  # noqa: E402
from bot.text import stem  # noqa: E402

OUT = REPO / "bench" / "queries" / "answers_dev.jsonl"
SEED = 12
PHRASINGS = {"what_did": "what did {s} say about {w}", "x_on_y": "{s} on {w}",
             "bare": "{s} {w}", "did_talk": "did {s} talk about {w}"}
MISSPELT_SHARE = 5  # one question in five
NEGATIVES = 30  # of each kind
# Not topics: date words (the parser reads them as dates) and halves of contractions
# the scorer's tokens split ("aren't" -> aren, t).
NOT_TOPICS = {
    "today", "yesterday", "tomorrow", "tonight", "week", "weeks", "month", "months", "year",
    "years", "since", "until", "ago", "weekend", "morning", "night", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "aren",
    "didn", "doesn", "isn", "wasn", "weren", "hasn", "haven", "hadn", "couldn", "wouldn",
    "shouldn",
}
NOT_NOUN = ("ly", "ed", "ing")
SYLLABLES = ["bra", "dov", "kel", "mir", "tus", "zan", "qui", "fen", "lor", "vek", "dro", "ska",
             "nim", "pau", "gra", "tev", "wol", "xan", "jur", "obb"]


def gold_kind(attribution: dict[str, Any]) -> str:
    if attribution.get("direct"):
        return "direct"
    return "partial" if attribution.get("partial") else "indirect"


def stems_of(text: str, scorer: ModuleType) -> set[str]:
    return {stem(w) for w in scorer.norm_tokens(text)}


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n+", text) if p.strip()]


class Gold:
    """The corpus: named attributions, who said what, paragraph IDF."""

    def __init__(self, docs: list[dict[str, Any]], scorer: ModuleType) -> None:
        self.scorer = scorer
        self.casing = Casing([d["text"] for d in docs])
        self.counts: Counter[str] = Counter()
        self.named: list[tuple[dict[str, Any], dict[str, Any], Name]] = []
        self.said: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
        self.near: dict[str, set[str]] = defaultdict(set)  # key -> stems near them
        df: Counter[str] = Counter()
        texts = [p for d in docs for p in paragraphs(d["text"])]
        for text in texts:
            df.update(stems_of(text, scorer))
        self.idf = {w: math.log(len(texts) / n) for w, n in df.items()}
        for doc in docs:
            self._read(doc)
        for doc in docs:
            for text in paragraphs(doc["text"]):
                tokens = set(name_tokens(text))
                for key in self.said.keys() & tokens:
                    self.near[key] |= stems_of(text, scorer)

    def _read(self, doc: dict[str, Any]) -> None:
        stand_ins = self.scorer.gold_speaker_sets(doc["attributions"])
        for attribution, stand_in in zip(doc["attributions"], stand_ins, strict=True):
            self.counts["attributions"] += 1
            source = attribution.get("source")
            name = named_source(source, self.casing)
            stems = stems_of(attribution["content"], self.scorer)
            ref = (doc["doc_id"], attribution["id"], stems)
            if name is not None:
                self.counts[f"named_{name.kind}"] += 1
                self.named.append((doc, attribution, name))
                self.said[key_of(name)].append(ref)
                self._paragraphs_of(doc, attribution, key_of(name))
            elif not source:
                self.counts["skipped_no_source"] += 1
            elif self.scorer.is_pronoun_only(source):
                self.counts["skipped_pronoun_source"] += 1
                for key in {fold(t) for t in stand_in or ()}:
                    self.said[key].append(ref)  # the scorer's stand-in for "he"
                    self._paragraphs_of(doc, attribution, key)
            else:
                self.counts["skipped_source_names_no_one"] += 1

    def _paragraphs_of(self, doc: dict[str, Any], attribution: dict[str, Any], key: str) -> None:
        start, end = attribution["content_span"]
        left = doc["text"].rfind("\n", 0, start) + 1
        right = doc["text"].find("\n", end)
        self.near[key] |= stems_of(doc["text"][left : right if right >= 0 else None],
                                   self.scorer)

    def topic(self, doc: dict[str, Any], attribution: dict[str, Any], name: Name
              ) -> tuple[str, bool] | None:
        """The topic word for one attribution and whether it is distinctive."""
        excluded = set(name_tokens(attribution.get("source") or "")) | set(name.tokens)
        others = set().union(*(s for d, a, s in self.said[key_of(name)]
                               if (d, a) != (doc["doc_id"], attribution["id"])))
        candidates = {w for w in self.scorer.norm_tokens(attribution["content"])
                      if len(w) >= 4 and w.isalpha() and w not in STOPWORDS
                      and w not in NOT_TOPICS and w not in excluded}
        if not candidates:
            return None
        best = min(candidates, key=lambda w: (stem(w) in others, w.endswith(NOT_NOUN),
                                              -self.idf.get(stem(w), 0.0), w))
        return best, stem(best) not in others


def key_of(name: Name) -> str:
    """Who a name is for grouping statements: the folded last word of its short form."""
    return name_tokens(name.short)[-1]


def misspell(word: str, rng: random.Random, known: set[str]) -> str | None:
    """One edit that keeps the first letter and gives no word of the corpus."""
    for _ in range(50):
        op = rng.choice(["delete", "swap", "substitute"])
        i = rng.randrange(1, len(word) - 1) if op == "swap" else rng.randrange(1, len(word))
        if op == "delete":
            out = word[:i] + word[i + 1 :]
        elif op == "swap":
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            letter = rng.choice([c for c in string.ascii_lowercase if c != word[i].lower()])
            out = word[:i] + letter + word[i + 1 :]
        if out != word and fold(out) not in known:
            return out
    return None


def question(number: int, text: str, **fields: Any) -> dict[str, Any]:
    return {"id": f"{'n' if fields.get('expect') == 'none' else 'q'}{number:05d}", "q": text,
            **fields}


def build(docs: list[dict[str, Any]], scorer: ModuleType, seed: int = SEED
          ) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The questions (positives in corpus order, then negatives) and the counts."""
    rng = random.Random(seed)
    gold = Gold(docs, scorer)
    known = set(gold.casing.capital) | set(gold.casing.lower) | gold.casing.title
    positives: list[dict[str, Any]] = []
    for doc, attribution, name in gold.named:
        found = gold.topic(doc, attribution, name)
        if found is None:
            gold.counts["skipped_no_topic_word"] += 1
            continue
        word, distinctive = found
        gold.counts["topic_distinctive" if distinctive else "topic_not_distinctive"] += 1
        for phrasing, form in PHRASINGS.items():
            text = form.format(s=name.short, w=word)
            positives.append(question(
                len(positives), text.lower() if phrasing == "bare" else text,
                expect="statement", phrasing=phrasing, spelling="exact",
                kind=gold_kind(attribution), doc_id=doc["doc_id"],
                attribution=attribution["id"], name=name.text, name_kind=name.kind,
                short=name.short, topic=word, distinctive=distinctive))
    eligible = [q for q in positives if q["name_kind"] == "person"
                and len(name_tokens(q["short"])[-1]) >= 4]
    for q in rng.sample(eligible, min(len(eligible), len(positives) // MISSPELT_SHARE)):
        last = q["short"].split()[-1]
        wrong = misspell(last, rng, known)
        if wrong is not None:
            q["q"] = q["q"].replace(last, wrong, 1) if q["phrasing"] != "bare" else \
                q["q"].replace(last.lower(), wrong.lower(), 1)
            q["spelling"] = "misspelled"
    negatives = _negatives(gold, positives, known, rng)
    gold.counts["positives"] = len(positives)
    gold.counts["misspelled"] = sum(q["spelling"] == "misspelled" for q in positives)
    gold.counts["negatives"] = len(negatives)
    return positives + negatives, dict(sorted(gold.counts.items()))


def _negatives(gold: Gold, positives: list[dict[str, Any]], known: set[str],
               rng: random.Random) -> list[dict[str, Any]]:
    topics = sorted({q["topic"] for q in positives})
    forms = list(PHRASINGS.items())
    out: list[dict[str, Any]] = []
    names = sorted(w for w in gold.casing.title if len(w) >= 4)
    while sum(q["negative"] == "made_up" for q in out) < NEGATIVES:
        invented = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 3])))
        if invented in known or process.extractOne(invented, names, scorer=fuzz.ratio,
                                                   score_cutoff=75):
            continue
        phrasing, form = forms[len(out) % len(forms)]
        text = form.format(s=invented.capitalize(), w=rng.choice(topics))
        out.append(question(len(out), text.lower() if phrasing == "bare" else text,
                            expect="none", phrasing=phrasing, negative="made_up"))
    people = sorted({q["short"] for q in positives if q["name_kind"] == "person"
                     and len(gold.said[name_tokens(q["short"])[-1]]) >= 2})
    for short in rng.sample(people, min(NEGATIVES, len(people))):
        near = gold.near[name_tokens(short)[-1]]
        far = [t for t in topics if stem(t) not in near]
        phrasing, form = forms[len(out) % len(forms)]
        text = form.format(s=short, w=rng.choice(far))
        out.append(question(len(out), text.lower() if phrasing == "bare" else text,
                            expect="none", phrasing=phrasing, negative="real_speaker"))
    return out


def regenerate(path: Path = OUT, seed: int = SEED) -> dict[str, int]:
    questions, counts = build(read_docs(), load_scorer(), seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for q in questions:
            out.write(json.dumps(q, ensure_ascii=False) + "\n")
    meta = {"seed": seed, "gold": "polnear/dev.jsonl", "counts": counts}
    path.with_suffix(".meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    return counts
