"""`onrecord extract`: what an article yields, without storing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from bot.article import ArticleError
from bot.extraction.jsonl import predictions_for
from bot.ingest import extract_text
from bot.jsonlines import json_objects
from bot.loading import read_article_file
from bot.models import Extraction


def print_extraction(extraction: Extraction) -> None:
    article = extraction.article
    print(f"{article.title}\n  source: {article.source}  published: {article.published}")
    print(f"  dateline: {article.dateline_place} {article.dateline_date}")
    for statement in extraction.statements:
        who = statement.speaker or "(unknown speaker)"
        print(f"- [{statement.kind}] {who} ({statement.speaker_title or 'no title'}), "
              f"said {statement.said_on or 'date not stated'}: "
              f"{statement.display or statement.quote}")


# The trace keys --explain prints, in the order the extractor decides them.
EXPLAINED = (("span", "span and kind"), ("speaker", "speaker"),
             ("speaker_gap", "subject read past"),
             ("speaker_appositive", "subject named by"),
             ("speaker_outlet", "name read after an outlet by"),
             ("speaker_org", "organisation named in full by"),
             ("speaker_coordination", "subjects joined by"),
             ("speaker_honorific", "speaker's surname read by"),
             ("speaker_vetting", "speaker refused"), ("date", "date"))


def explain_extraction(extraction: Extraction) -> None:
    """Every statement with the rules that chose it (Statement.trace)."""
    article = extraction.article
    print(f"{article.title}\n  source: {article.source}  published: {article.published}")
    for number, st in enumerate(extraction.statements, 1):
        said = st.said_on or (f"{st.said_from}..{st.said_to}" if st.said_from else "not stated")
        print(f"\n{number}. [{st.kind}] {st.display}")
        print(f"   speaker: {st.speaker or '(none)'}  mention: {st.speaker_mention or '-'}"
              f"  cue: {st.cue or '-'}  said: {said}")
        for key, label in EXPLAINED:
            if key in st.trace:
                print(f"   {label}: {st.trace[key]}")


def cmd_extract_files(files: list[Path], as_json: bool, explain: bool = False) -> int:
    refused = 0
    for path in files:
        try:
            extraction = extract_text(read_article_file(path))
        except (ArticleError, OSError) as exc:
            refused += 1
            print(f"{path}: refused: {exc}", file=sys.stderr)
            continue
        if as_json:
            print(extraction.model_dump_json(indent=2))
        elif explain:
            explain_extraction(extraction)
        else:
            print_extraction(extraction)
    return 1 if refused else 0


def read_docs(source: Path, skipped: list[str]) -> Iterator[dict]:
    """Documents from a JSONL file, one per line; bad lines are noted in `skipped`."""
    with source.open("rb") as lines:
        for number, doc, error in json_objects(lines):
            if doc is None:
                skipped.append(f"{source}:{number}: {error}")
            else:
                yield doc


def cmd_extract_jsonl(source: Path, target: Path) -> int:
    """Prediction lines for every readable document; unreadable lines are reported."""
    skipped: list[str] = []
    written = 0
    try:
        with target.open("w", encoding="utf-8") as out:
            for prediction in predictions_for(read_docs(source, skipped)):
                out.write(json.dumps(prediction, ensure_ascii=False) + "\n")
                written += 1
    except OSError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return 1
    for line in skipped:
        print(f"{line}: skipped", file=sys.stderr)
    print(f"wrote predictions for {written} documents to {target}")
    return 1 if skipped else 0


def cmd_extract(args: argparse.Namespace) -> int:
    if args.input_jsonl or args.output_jsonl:
        if not (args.input_jsonl and args.output_jsonl):
            print("extract: --input-jsonl and --output-jsonl go together", file=sys.stderr)
            return 1
        return cmd_extract_jsonl(args.input_jsonl, args.output_jsonl)
    if not args.files:
        print("extract: name article files, or --input-jsonl IN --output-jsonl OUT",
              file=sys.stderr)
        return 1
    return cmd_extract_files(args.files, args.json, args.explain)
