"""`onrecord extract`: what an article yields, without storing."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.article import ArticleError
from bot.extraction.jsonl import predictions_for
from bot.loading import extract_text, read_article_file
from bot.models import Extraction


def print_extraction(extraction: Extraction) -> None:
    article = extraction.article
    print(f"{article.title}\n  source: {article.source}  published: {article.published}")
    print(f"  dateline: {article.dateline_place} {article.dateline_date}")
    for statement in extraction.statements:
        who = statement.speaker or "(unknown speaker)"
        print(f"- [{statement.kind}] {who} ({statement.speaker_title or 'no title'}), "
              f"said {statement.said_on or 'date not stated'}: {statement.quote}")


def cmd_extract_files(files: list[Path], as_json: bool) -> int:
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
        else:
            print_extraction(extraction)
    return 1 if refused else 0


def cmd_extract_jsonl(source: Path, target: Path) -> int:
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
        docs = [json.loads(line) for line in lines if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"{source}: cannot read JSONL: {exc}", file=sys.stderr)
        return 1
    with target.open("w", encoding="utf-8") as out:
        for prediction in predictions_for(docs):
            out.write(json.dumps(prediction, ensure_ascii=False) + "\n")
    print(f"wrote predictions for {len(docs)} documents to {target}")
    return 0


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
    return cmd_extract_files(args.files, args.json)
