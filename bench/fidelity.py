"""Fidelity benchmark (issue 11): every card says exactly what the article says.

    .venv/bin/python bench/fidelity.py [INPUT.jsonl ...] [--input F] [--json] [--limit N]
                                       [--examples N]

Extracts every article of the inputs (default: PolNeAR dev and train from
../shared/eval/polnear/ beside the checkout), loads the extractions into a fresh
temporary store as `onrecord load` does, and checks each statement's card text, speaker
and title, and the store's speaker records; the checks (bench/fidelity_checks.py,
fidelity_marks.py, fidelity_names.py, fidelity_titles.py, fidelity_dupes.py) say
precisely what each class counts. Prints counts with examples per class (--examples N),
or with --json one object whose top-level counts are summed over the inputs
(duplicate_speakers: one store holding every input), with a per-input breakdown under
"inputs". Exit status 0; 2 when an input file is missing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "bench")]

from fidelity_checks import (  # noqa: E402
    ArticleText,
    after_published,
    not_verbatim,
    reporter_words,
    without_cue,
)
from fidelity_dupes import duplicate_pairs  # noqa: E402
from fidelity_marks import balanced  # noqa: E402
from fidelity_names import bad_speaker  # noqa: E402
from fidelity_report import CLASSES, EXAMPLES, Tally, print_report  # noqa: E402
from fidelity_titles import bad_title  # noqa: E402

from bot.article import ArticleError  # noqa: E402
from bot.loading import extract_text  # noqa: E402
from bot.models import Extraction, Statement  # noqa: E402
from bot.store import Store  # noqa: E402

POLNEAR = REPO.parent / "shared/eval/polnear"
DEFAULT_INPUTS = [POLNEAR / "dev.jsonl", POLNEAR / "train.jsonl"]
BATCH = 100  # articles per store transaction, as bot.bulk loads them
SPEAKER_CHUNK = 500


def card_text(st: Statement) -> tuple[str, bool]:
    """The statement as the card shows it, and whether that is the stand-in.

    Statement.display is the card's text (bot/extraction/display.py). Until it is
    filled in everywhere, an empty display falls back to a stand-in that mimics
    today's card (bot/render.py): a direct quote in curly marks, a partial or
    reported one as the quote is. The stand-in goes away with the empty displays."""
    if st.display:
        return st.display, False
    return (f"“{st.quote}”" if st.kind == "direct" else st.quote), True


def read_docs(path: Path, limit: int | None) -> list[dict]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return docs[:limit] if limit else docs


def _published(doc: dict) -> date | None:
    try:
        return date.fromisoformat(str(doc.get("date") or doc.get("published"))[:10])
    except ValueError:
        return None


def extract_docs(docs: list[dict]) -> list[tuple[dict, Extraction]]:
    """Each document's extraction, as `onrecord load` makes it (refused ones left out)."""
    out = []
    for doc in docs:
        try:
            extraction = extract_text(str(doc.get("text") or ""), published=_published(doc),
                                      title=str(doc.get("title") or doc.get("doc_id") or ""),
                                      source=doc.get("source") or doc.get("outlet"))
        except ArticleError:
            continue
        out.append((doc, extraction))
    return out


async def load_store(extractions: list[Extraction], path: Path
                     ) -> tuple[list[str], dict[tuple[int, str, str], str], list[int]]:
    """Store the extractions in a fresh store: the speaker records' names, each stored
    statement's card speaker by (article id, kind, quote), each extraction's article id."""
    store = await Store.open(path)
    try:
        article_ids: list[int] = []
        for start in range(0, len(extractions), BATCH):
            results = await store.add_extractions(extractions[start:start + BATCH])
            article_ids += [r.article_id for r in results]
        records = await store.speakers()
        ids: list[int] = []
        speaker_ids = [r.id for r in records]
        for start in range(0, len(speaker_ids), SPEAKER_CHUNK):
            ids += await store.speaker_statement_ids(
                speaker_ids[start:start + SPEAKER_CHUNK], limit=10**9)
        speakers: dict[tuple[int, str, str], str] = {
            (s.article_id, s.kind, s.quote): s.speaker or ""
            for s in await store.get_statements(ids)}
        return [r.name for r in records], speakers, article_ids
    finally:
        await store.close()


def check_statement(tally: Tally, doc: dict, article: ArticleText, st: Statement,
                    published: date | None, speaker: str | None) -> None:
    display, stand_in = card_text(st)
    tally.statements += 1
    tally.stand_ins += stand_in
    where = f"{doc.get('doc_id') or '?'} | {doc.get('title') or ''}"
    if not_verbatim(display, article):
        tally.add("not_verbatim", where, display)
    for words in reporter_words(display, article)[:1]:
        tally.add("reporter_words_in_marks", where, f"{words}  <<in: {display}>>")
    if st.kind in ("indirect", "partial") and without_cue(display, st.cue):
        tally.add("indirect_without_cue", where, f"cue={st.cue!r}: {display}")
    if not balanced(display):
        tally.add("unbalanced_marks", where, display)
    reason = bad_speaker(speaker)
    if reason:
        tally.add("bad_speaker", where, f"{speaker!r} ({reason})", reason)
    reason = bad_title(st.speaker_title, speaker)
    if reason:
        tally.add("bad_title", where, f"{st.speaker_title!r} for {speaker!r} ({reason})",
                  reason)
    late = after_published(st.said_on, st.said_from, published)
    if late:
        tally.add("said_after_published", where,
                  f"said {late} > published {published}: {display}")


def check_input(docs: list[dict], db: Path, keep: int) -> tuple[Tally, list[Extraction]]:
    tally = Tally(keep=keep)
    started = time.perf_counter()
    pairs = extract_docs(docs)
    tally.seconds["extract"] = time.perf_counter() - started
    extractions = [e for _, e in pairs]
    started = time.perf_counter()
    names, speakers, article_ids = asyncio.run(load_store(extractions, db))
    tally.seconds["store"] = time.perf_counter() - started
    started = time.perf_counter()
    tally.articles = len(pairs)
    for (doc, extraction), article_id in zip(pairs, article_ids, strict=True):
        article = ArticleText(extraction.article.text)
        published = extraction.article.published
        for st in extraction.statements:
            speaker = speakers.get((article_id, st.kind, st.quote), st.speaker)
            check_statement(tally, doc, article, st, published.date() if published else None,
                            speaker)
    add_duplicates(tally, names, extractions)
    tally.seconds["check"] = time.perf_counter() - started
    return tally, extractions


def add_duplicates(tally: Tally, names: list[str], extractions: list[Extraction]) -> None:
    tally.counts["duplicate_speakers"] = 0
    corpus = "\n\n".join(e.article.text for e in extractions)
    for a, b, rule in duplicate_pairs(names, corpus):
        tally.add("duplicate_speakers", "store", f"{a!r} ~ {b!r} ({rule})", rule)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=Path, help="JSONL of articles")
    ap.add_argument("--input", action="append", type=Path, default=[], help="JSONL of articles")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles of each")
    ap.add_argument("--examples", type=int, default=EXAMPLES, help="examples shown per class")
    args = ap.parse_args(argv)
    inputs = [*args.inputs, *args.input] or DEFAULT_INPUTS
    missing = [p for p in inputs if not p.is_file()]
    if missing:
        print(f"input not found: {', '.join(map(str, missing))}"
              + (" (the PolNeAR files are expected in ../shared/eval/polnear/ beside the "
                 "checkout; or name JSONL files as arguments)" if not args.inputs
                 and not args.input else ""), file=sys.stderr)
        return 2
    tallies: dict[str, Tally] = {}
    everything: list[Extraction] = []
    with tempfile.TemporaryDirectory(prefix="fidelity-") as tmp:
        for n, path in enumerate(inputs):
            label = path.stem if path.stem not in tallies else f"{path.stem}#{n}"
            tallies[label], extractions = check_input(
                read_docs(path, args.limit), Path(tmp) / f"{n}.db", args.examples)
            everything += extractions
        total = Tally.sum(tallies.values(), args.examples)
        if len(inputs) > 1:  # one store holding every input: duplicates across them too
            started = time.perf_counter()
            names, _, _ = asyncio.run(load_store(everything, Path(tmp) / "all.db"))
            total.examples["duplicate_speakers"] = []
            total.reasons["duplicate_speakers"].clear()
            add_duplicates(total, names, everything)
            total.seconds["store"] += time.perf_counter() - started
    if args.json:
        out: dict = {"statements": total.statements,
                     **{cls: total.counts[cls] for cls in CLASSES}}
        out["inputs"] = {label: {"articles": t.articles, "statements": t.statements,
                                 **{cls: t.counts[cls] for cls in CLASSES}}
                         for label, t in tallies.items()}
        print(json.dumps(out))
        return 0
    print_report(tallies, total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
