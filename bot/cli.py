"""The `onrecord` command line (also `python -m bot`): a stable interface.

    onrecord run                      start the Telegram bot (console without a token)
    onrecord chat                     ask questions in the local console
    onrecord load PATH_OR_DIR...      store article files
    onrecord ask "QUERY" [--json] [--limit N]
    onrecord extract FILE... [--json]
    onrecord extract --input-jsonl IN --output-jsonl OUT

This module is the composition root: `run` is the one place in bot/ that imports
handlers (lazily), as tests/test_layers.py records.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot import __version__
from bot.article import ArticleError
from bot.bulk import DEFAULT_BATCH, JSONL_SUFFIXES, load_bulk, read_items
from bot.config import Settings, load_settings
from bot.console import NO_TOKEN_HELP, run_console
from bot.extraction.jsonl import predictions_for
from bot.loading import (
    article_files,
    extract_text,
    load_seeds_if_empty,
    load_text,
    read_article_file,
)
from bot.models import Extraction
from bot.render import outcome_to_json, render_text
from bot.search import search
from bot.store import Store

# Exit statuses: 0 ok, 1 some input was refused, 2 usage error (argparse's own).
EXIT_OK = 0
EXIT_REFUSED = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="onrecord", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=f"onrecord {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="start the Telegram bot (console if no token is set)")
    commands.add_parser("chat", help="ask questions in the local console")
    load = commands.add_parser(
        "load", help="store article files, folders of them, JSONL of articles, or URLs")
    load.add_argument("paths", nargs="+", help="files, folders, .jsonl files or http(s) URLs")
    load.add_argument("--quiet", action="store_true", help="no progress bar")
    load.add_argument("--batch-size", type=int, default=DEFAULT_BATCH,
                      help="articles per transaction in bulk mode")
    ask = commands.add_parser("ask", help="answer one query")
    ask.add_argument("query")
    ask.add_argument("--json", action="store_true", help="print JSON instead of a card")
    ask.add_argument("--limit", type=int, default=5)
    ext = commands.add_parser("extract", help="show what an article yields, without storing")
    ext.add_argument("files", nargs="*", type=Path)
    ext.add_argument("--json", action="store_true")
    ext.add_argument("--input-jsonl", type=Path, help="JSONL of {doc_id, text, [date]}")
    ext.add_argument("--output-jsonl", type=Path, help="where predictions are written")
    return parser


async def open_seeded_store(settings: Settings) -> Store:
    store = await Store.open(settings.db_path)
    await load_seeds_if_empty(store, settings.seeds_dir)
    return store


async def cmd_ask(settings: Settings, query: str, as_json: bool, limit: int) -> int:
    store = await open_seeded_store(settings)
    try:
        outcome = await search(store, query, limit=max(1, limit))
    finally:
        await store.close()
    if as_json:
        print(json.dumps(outcome_to_json(outcome), ensure_ascii=False, indent=2))
    else:
        print(render_text(outcome))
    return EXIT_OK


# More files than this (or any JSONL) are loaded in bulk: batches, progress bar, summary.
BULK_MIN_FILES = 20


async def cmd_load(settings: Settings, args: list[str], quiet: bool = False,
                   batch_size: int = DEFAULT_BATCH) -> int:
    urls = [a for a in args if a.startswith(("http://", "https://"))]
    paths = [Path(a) for a in args if a not in urls]
    store = await Store.open(settings.db_path)
    try:
        refused = await _load_urls(store, urls, settings)
        if any(p.suffix in JSONL_SUFFIXES or (p.is_dir() and any(p.glob("*.jsonl")))
               for p in paths) or len(article_files(paths)) > BULK_MIN_FILES:
            refused += await _load_bulk(store, paths, quiet, batch_size)
        elif paths:
            refused += await _load_files(store, paths)
    finally:
        await store.close()
    return EXIT_REFUSED if refused else EXIT_OK


async def _load_urls(store: Store, urls: list[str], settings: Settings) -> int:
    """URLs go to bot.loading.load_url when it exists."""
    if not urls:
        return 0
    try:
        from bot.loading import load_url  # type: ignore[attr-defined]
    except ImportError:
        for url in urls:
            print(f"{url}: refused: URL loading not available", file=sys.stderr)
        return len(urls)
    refused = 0
    for url in urls:
        try:
            result = await load_url(store, url, settings)
        except (ArticleError, OSError) as exc:
            refused += 1
            print(f"{url}: refused: {exc}", file=sys.stderr)
            continue
        print(f"{url}: {result}")
    return refused


async def _load_bulk(store: Store, paths: list[Path], quiet: bool, batch_size: int) -> int:
    progress = not quiet and sys.stderr.isatty()
    items = list(read_items(paths))
    summary = await load_bulk(store, items, batch_size=max(1, batch_size), progress=progress,
                              total=len(items))
    for label, reason in summary.refused:
        print(f"{label}: refused: {reason}", file=sys.stderr)
    print(summary.line())
    return len(summary.refused)


async def _load_files(store: Store, paths: list[Path]) -> int:
    """A few files: one line per article, as before."""
    refused = 0
    for path in article_files(paths):
        try:
            result = await load_text(store, read_article_file(path))
        except (ArticleError, OSError) as exc:
            refused += 1
            print(f"{path}: refused: {exc}", file=sys.stderr)
            continue
        state = "stored" if result.created else "already stored"
        print(f"{path}: {state}: {result.title!r}, {result.statement_count} statements")
        for name in result.speakers:
            print(f"  - {name}")
    return refused


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
    return EXIT_REFUSED if refused else EXIT_OK


def cmd_extract_jsonl(source: Path, target: Path) -> int:
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
        docs = [json.loads(line) for line in lines if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"{source}: cannot read JSONL: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    with target.open("w", encoding="utf-8") as out:
        for prediction in predictions_for(docs):
            out.write(json.dumps(prediction, ensure_ascii=False) + "\n")
    print(f"wrote predictions for {len(docs)} documents to {target}")
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    if args.input_jsonl or args.output_jsonl:
        if not (args.input_jsonl and args.output_jsonl):
            print("extract: --input-jsonl and --output-jsonl go together", file=sys.stderr)
            return EXIT_REFUSED
        return cmd_extract_jsonl(args.input_jsonl, args.output_jsonl)
    if not args.files:
        print("extract: name article files, or --input-jsonl IN --output-jsonl OUT",
              file=sys.stderr)
        return EXIT_REFUSED
    return cmd_extract_files(args.files, args.json)


def cmd_run(settings: Settings) -> int:
    if settings.telegram_bot_token is None:
        print(NO_TOKEN_HELP)
        return asyncio.run(run_console(settings))
    # Composition root: the only import of handlers from bot/, done lazily.
    from handlers.app import build_application

    build_application(settings).run_polling()
    return EXIT_OK


def configure_logging(settings: Settings, command: str) -> None:
    default = "INFO" if command == "run" else "WARNING"
    logging.basicConfig(level=(settings.log_level or default).upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL, which holds the bot token: keep it quiet.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings()
    configure_logging(settings, args.command)
    try:
        return dispatch(args, settings)
    except BrokenPipeError:
        # The reader went away (`onrecord ask ... | head`): not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK


def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "run":
        return cmd_run(settings)
    if args.command == "chat":
        return asyncio.run(run_console(settings))
    if args.command == "load":
        return asyncio.run(cmd_load(settings, args.paths, args.quiet, args.batch_size))
    if args.command == "ask":
        return asyncio.run(cmd_ask(settings, args.query, args.json, args.limit))
    return cmd_extract(args)
