"""Generate the search-quality query set from PolNeAR dev attributions (seeded, reproducible).

    .venv/bin/python bench/make_queries.py [--seed 5] [--out bench/queries/polnear_dev.jsonl]

The articles are read at run time from ../shared/eval/polnear (never copied here); the
output holds only short query strings (a surname or name plus one to three words of
the corpus) and references: doc_id + attribution id. No quote text.

Definitions (also used by bench/search_quality.py):
* A stored statement MATCHES a gold attribution when it comes from the gold article
  and its quote overlaps the gold content: token F1 >= 0.5, or one contains the
  other (as word sequences, the contained one at least MIN_CONTAIN_WORDS words).
* A gold attribution is USABLE when its source names a person (a capitalised word
  that is not a pronoun) and the extractor produced a matching statement whose
  speaker shares a name word with that source. The others are skipped and counted:
  search quality is measured apart from extraction recall.
* The EXPECTED ANSWER of a positive query is any statement matching its attribution.
  Topic words are picked so that the target is the single best answer by design:
  rare words (IDF over all stored statements) of the target's quote that no other
  statement of the same speaker(s) has in its quote (for "who said": no other
  statement at all).
* Negatives expect no result: a real speaker with a word found in none of their
  statements (quote or context, by stem and by 5-letter prefix); or a person never
  quoted (an invented surname no speaker name comes near).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.utils import default_process  # noqa: E402

from bot.loading import extract_text  # noqa: E402
from bot.models import StoredStatement  # noqa: E402
from bot.search.query import STOPWORDS  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.text import name_key, stem, words  # noqa: E402

POLNEAR = REPO.parent / "shared" / "eval" / "polnear"
DEFAULT_OUT = REPO / "bench" / "queries" / "polnear_dev.jsonl"
SEED = 5
MIN_CONTAIN_WORDS = 4
# Topic words are rarer than this: found in at most 1 in e^3 (~5%) of the statements.
MIN_TOPIC_IDF = 3.0
MIN_F1 = 0.5
PRONOUNS = {"he", "she", "i", "we", "they", "it", "you", "who", "which", "his", "her"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "the"}
# Invented surnames for "never quoted" negatives (checked against the speaker table).
INVENTED = ["Kowalczyk", "Abernathy-Voss", "Nakagawara", "Quillfeather", "Okonkwo-Baptiste",
            "Vandersloot", "Zbigniewska", "Thistlewood", "Marchetti-Lund", "Ferreira-Haugen"]
INVENTED_FIRST = ["Alma", "Boris", "Celia", "Dmitri", "Edna", "Felix", "Greta", "Hugo"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
PHRASINGS = ["what_did", "x_on_y", "did_talk", "who_said", "typo", "full_name", "title",
             "bare", "in_month", "from_source", "operators"]


def read_docs(split: str = "dev") -> list[dict[str, Any]]:
    path = POLNEAR / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


async def load_docs(store: Store, docs: list[dict[str, Any]]) -> dict[str, int]:
    """Extract and store every document; doc_id -> article id."""
    extractions = [extract_text(d["text"], title=d.get("title"), source=d.get("outlet"),
                                published=date.fromisoformat(d["date"]) if d.get("date")
                                else None) for d in docs]
    results = await store.add_extractions(extractions)
    return {d["doc_id"]: r.article_id for d, r in zip(docs, results, strict=True)}


def norm(text: str) -> list[str]:
    return words(text)


def token_f1(a: list[str], b: list[str]) -> float:
    ca, cb = Counter(a), Counter(b)
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def overlaps(gold: str, quote: str) -> bool:
    g, q = norm(gold), norm(quote)
    if not g or not q:
        return False
    if token_f1(g, q) >= MIN_F1:
        return True
    small, big = (g, q) if len(g) <= len(q) else (q, g)
    return len(small) >= MIN_CONTAIN_WORDS and f" {' '.join(small)} " in f" {' '.join(big)} "


def source_names(source: str | None) -> set[str]:
    """Name words of a gold source ('Mr. Obama' -> {'obama'}); empty for pronouns."""
    if not source or not re.search(r"\b[A-Z]", source):
        return set()
    return {w for w in words(source) if w not in PRONOUNS and w not in HONORIFICS}


def matching(statements: list[StoredStatement], attribution: dict[str, Any]) -> list[int]:
    return [s.id for s in statements if overlaps(attribution["content"], s.quote)]


def gold_content(doc: dict[str, Any], attribution: dict[str, Any]) -> str:
    return " ".join(doc["text"][a:b] for a, b in attribution["content_fragments"])


def typo(word: str, rng: random.Random) -> str:
    """One edit: drop or swap an inner letter."""
    i = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


class Corpus:
    """The stored statements with the statistics the generator needs."""

    def __init__(self, statements: list[StoredStatement]) -> None:
        self.statements = {s.id: s for s in statements}
        self.quote_stems = {s.id: {stem(w) for w in norm(s.quote)} for s in statements}
        self.all_stems = {s.id: self.quote_stems[s.id] | {stem(w) for w in norm(s.context)}
                          for s in statements}
        df: Counter[str] = Counter()
        for stems in self.all_stems.values():
            df.update(stems)
        self.idf = {w: math.log(len(statements) / n) for w, n in df.items()}
        self.by_speaker: dict[int, list[int]] = defaultdict(list)
        for s in statements:
            if s.speaker_id is not None:
                self.by_speaker[s.speaker_id].append(s.id)

    def topic(self, target: StoredStatement, rivals: list[int], exclude: set[str],
              rng: random.Random, most: int = 2) -> list[str] | None:
        """One or two rare words of the target's quote that no rival has in its quote."""
        candidates = [w for w in dict.fromkeys(norm(target.quote))
                      if w.isalpha() and len(w) >= 4 and w not in STOPWORDS
                      and w not in exclude and self.idf.get(stem(w), 0) >= MIN_TOPIC_IDF]
        candidates.sort(key=lambda w: -self.idf.get(stem(w), 0))
        pool = candidates[:6]
        rng.shuffle(pool)
        for size in range(1, most + 1):
            for start in range(len(pool) - size + 1):
                chosen = pool[start : start + size]
                stems = {stem(w) for w in chosen}
                if not any(stems <= self.quote_stems[r] for r in rivals if r != target.id):
                    return chosen
        return None


async def build(seed: int) -> tuple[list[dict[str, Any]], dict[str, int]]:
    rng = random.Random(seed)
    docs = read_docs("dev")
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "gen.db")
        try:
            article_ids = await load_docs(store, docs)
            stats = await store.stats()
            statements = await store.get_statements(list(range(1, stats.statements + 1)))
            speakers = {s.id: s for s in await store.speakers()}
        finally:
            await store.close()
    corpus = Corpus(statements)
    by_article: dict[int, list[StoredStatement]] = defaultdict(list)
    for s in statements:
        by_article[s.article_id].append(s)
    counts = Counter[str]()
    usable: list[tuple[dict[str, Any], dict[str, Any], StoredStatement]] = []
    for doc in docs:
        for attribution in doc["attributions"]:
            counts["attributions"] += 1
            names = source_names(attribution["source"])
            if not names:
                counts["skipped_source_not_a_name"] += 1
                continue
            content = gold_content(doc, attribution)
            hits = [s for s in by_article[article_ids[doc["doc_id"]]]
                    if overlaps(content, s.quote)]
            if not hits:
                counts["skipped_not_extracted"] += 1
                continue
            right = [s for s in hits if s.speaker and names & set(words(s.speaker))
                     and s.speaker_id is not None]
            if not right:
                counts["skipped_wrong_speaker"] += 1
                continue
            counts["usable"] += 1
            usable.append((doc, attribution, right[0]))
    rng.shuffle(usable)
    queries: list[dict[str, Any]] = []
    for number, (doc, attribution, target) in enumerate(usable):
        query = _positive(number, doc, attribution, target, corpus, speakers, rng)
        if query is None:
            counts["skipped_no_distinctive_topic"] += 1
            continue
        queries.append(query)
    queries += _negatives(corpus, speakers, rng)
    counts["queries"] = len(queries)
    return queries, dict(counts)


def _positive(number: int, doc: dict[str, Any], attribution: dict[str, Any],
              target: StoredStatement, corpus: Corpus, speakers: dict[int, Any],
              rng: random.Random) -> dict[str, Any] | None:
    speaker = speakers[target.speaker_id]
    parts = name_key(speaker.name).split()
    surname = parts[-1]
    same = [i for i, sp in speakers.items() if surname in name_key(sp.name).split()]
    content = gold_content(doc, attribution)
    rivals = [r for i in same for r in corpus.by_speaker[i]
              if not overlaps(content, corpus.statements[r].quote)]
    exclude = {w for i in same for w in words(speakers[i].name)}
    phrasing = PHRASINGS[number % len(PHRASINGS)]
    if phrasing == "who_said":
        everyone = [r for r in corpus.statements
                    if not overlaps(content, corpus.statements[r].quote)]
        topic = corpus.topic(target, everyone, exclude, rng, most=3)
        if topic is None:
            phrasing = "what_did"
    if phrasing != "who_said":
        topic = corpus.topic(target, rivals, exclude, rng)
    if topic is None:
        return None
    t = " ".join(topic)
    dated = target.said_on or (target.published.date() if target.published else None)
    if phrasing == "typo" and len(surname) < 6:
        phrasing = "x_on_y"
    if phrasing == "full_name" and len(parts) < 2:
        phrasing = "what_did"
    if phrasing == "title" and not speaker.titles:
        phrasing = "did_talk"
    if phrasing in ("in_month", "operators") and dated is None:
        phrasing = "x_on_y"
    s = surname.capitalize()
    misspelt = typo(surname, rng).capitalize() if phrasing == "typo" else s
    text = {
        "what_did": f"what did {s} say on {t}",
        "x_on_y": f"{s} on {t}",
        "did_talk": f"did {s} talk about {t}",
        "who_said": f"who said {t}",
        "typo": f"what did {misspelt} say about {t}",
        "full_name": f"{' '.join(p.capitalize() for p in parts)} on {t}",
        "title": f"what did {s}, the {(speaker.titles or [''])[0]}, say on {t}",
        "bare": f"{s} {t}",
        "in_month": f"what did {s} say about {t} in {MONTHS[dated.month - 1]} {dated.year}"
        if dated else "",
        "from_source": f"{s} on {t} from {doc['outlet']}",
        "operators": f"@{surname} {t} since:{dated:%Y-%m}" if dated else "",
    }[phrasing]
    return {"id": f"p{number:04d}", "q": text, "expect": "statement", "phrasing": phrasing,
            "doc_id": doc["doc_id"], "attribution": attribution["id"]}


def _negatives(corpus: Corpus, speakers: dict[int, Any], rng: random.Random
               ) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    vocabulary = sorted(w for w, idf in corpus.idf.items()
                        if w.isalpha() and len(w) >= 6 and w not in STOPWORDS and idf > 4)
    talkers = sorted(i for i, ids in corpus.by_speaker.items() if len(ids) >= 2
                     and len(name_key(speakers[i].name).split()[-1]) >= 3
                     and name_key(speakers[i].name).split()[-1] not in STOPWORDS | PRONOUNS)
    rng.shuffle(talkers)
    for speaker_id in talkers[:60]:
        spoken = set().union(*(corpus.all_stems[i] for i in corpus.by_speaker[speaker_id]))
        prefixes = {w[:5] for w in spoken}
        for _ in range(50):
            word = rng.choice(vocabulary)
            if word not in spoken and word[:5] not in prefixes:
                break
        else:
            continue
        surname = name_key(speakers[speaker_id].name).split()[-1].capitalize()
        form = rng.choice(["what did {s} say about {t}", "{s} on {t}", "did {s} talk about {t}"])
        out.append({"id": f"n{len(out):04d}", "q": form.format(s=surname, t=word),
                    "expect": "none", "phrasing": "negative_topic"})
    keys = [name_key(sp.name) for sp in speakers.values()]
    for number in range(40):
        surname = INVENTED[number % len(INVENTED)]
        close = [k for k in keys for part in k.split()
                 if fuzz.ratio(part, surname, processor=default_process, score_cutoff=75)]
        if close:
            continue
        first = INVENTED_FIRST[number % len(INVENTED_FIRST)]
        name = f"{first} {surname}" if number % 2 else surname
        form = rng.choice(["what did {s} say about {t}", "did {s} talk about {t}"])
        out.append({"id": f"n{len(out):04d}", "q": form.format(s=name, t=rng.choice(vocabulary)),
                    "expect": "none", "phrasing": "negative_person"})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    queries, counts = asyncio.run(build(args.seed))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for query in queries:
            out.write(json.dumps(query, ensure_ascii=False) + "\n")
    meta = args.out.with_suffix(".meta.json")
    meta.write_text(json.dumps({"seed": args.seed, "counts": counts}, indent=2) + "\n")
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
