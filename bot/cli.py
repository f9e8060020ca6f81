"""The `onrecord` command line (also `python -m bot`): a stable interface.

    onrecord run [--webhook]          start the Telegram bot (console without a token)
    onrecord webhook set URL | delete register or remove the webhook (run --webhook)
    onrecord chat                     ask questions in the local console
    onrecord load PATH_OR_DIR...      store article files (--queue: enqueue them)
    onrecord worker [--concurrency N] run queued loads and periodic tasks (PostgreSQL)
    onrecord queue status             loads waiting, running and failed
    onrecord ask "QUERY" [--json] [--limit N]
    onrecord timeline SPEAKER [TOPIC] [--json]   statements in the order said
    onrecord extract FILE... [--json] [--explain]
    onrecord extract --input-jsonl IN --output-jsonl OUT
    onrecord backup PATH              a consistent copy of the database (bot may run)
    onrecord export [--output FILE]   the whole store as JSONL
    onrecord import FILE              add the articles of an export (twice adds nothing)

This module is the composition root: `run` and `webhook` are the places in bot/ that
import handlers (lazily), as tests/test_layers.py records. The other commands live in
bot/commands/. Bad input never ends in a traceback: each refused input gets one line
`LABEL: refused: reason` on stderr and the exit status is 1.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot import __version__
from bot.bulk import DEFAULT_BATCH
from bot.commands.ask import cmd_ask
from bot.commands.data import cmd_backup, cmd_export, cmd_import
from bot.commands.extract import cmd_extract
from bot.commands.load import cmd_load, one_line
from bot.config import ConfigError, Settings, load_settings
from bot.console import NO_TOKEN_HELP, run_console
from bot.loading import EXTRACT_TIMEOUT
from bot.store import store_failures

# Exit statuses: 0 ok, 1 some input was refused, 2 usage error (argparse's own).
EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="onrecord", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=f"onrecord {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="start the Telegram bot (console if no token is set)")
    run.add_argument("--webhook", action="store_true",
                     help="serve Telegram's webhook on ONRECORD_WEBHOOK_LISTEN instead of polling")
    hook = commands.add_parser("webhook", help="register or remove the bot's webhook")
    hook_actions = hook.add_subparsers(dest="action", required=True)
    hook_set = hook_actions.add_parser(
        "set", help="Telegram POSTs updates to URL, with ONRECORD_WEBHOOK_SECRET")
    hook_set.add_argument("url", help="the public https:// URL that reaches /telegram")
    hook_delete = hook_actions.add_parser("delete", help="remove the webhook (polling again)")
    hook_delete.add_argument("--drop-pending-updates", action="store_true",
                             help="also discard the updates Telegram holds for the bot")
    commands.add_parser("chat", help="ask questions in the local console")
    load = commands.add_parser(
        "load", help="store article files, folders of them, JSONL of articles, or URLs")
    load.add_argument("paths", nargs="+", help="files, folders, .jsonl files or http(s) URLs")
    load.add_argument("--quiet", action="store_true", help="no progress bar")
    load.add_argument("--batch-size", type=int, default=DEFAULT_BATCH,
                      help="articles per transaction in bulk mode")
    load.add_argument("--timeout", type=float, default=EXTRACT_TIMEOUT,
                      help="seconds one article's extraction may take (default %(default)s)")
    load.add_argument("--queue", action="store_true",
                      help="enqueue the articles for `onrecord worker` (PostgreSQL only)")
    worker = commands.add_parser("worker", help="run queued loads (PostgreSQL only)")
    worker.add_argument("--concurrency", type=int, default=1, help="jobs run at once")
    queue = commands.add_parser("queue", help="the ingestion queue (PostgreSQL only)")
    queue.add_argument("action", choices=["status"])
    ask = commands.add_parser("ask", help="answer one query")
    ask.add_argument("query")
    ask.add_argument("--json", action="store_true", help="print JSON instead of a card")
    ask.add_argument("--limit", type=int, default=5)
    line = commands.add_parser("timeline", help="a speaker's statements in the order said")
    line.add_argument("speaker")
    line.add_argument("topic", nargs="?", default=None)
    line.add_argument("--json", action="store_true", help="print JSON instead of text")
    ext = commands.add_parser("extract", help="show what an article yields, without storing")
    ext.add_argument("files", nargs="*", type=Path)
    ext.add_argument("--json", action="store_true")
    ext.add_argument("--explain", action="store_true",
                     help="name the rules that chose each statement's span, speaker and date")
    ext.add_argument("--input-jsonl", type=Path, help="JSONL of {doc_id, text, [date]}")
    ext.add_argument("--output-jsonl", type=Path, help="where predictions are written")
    backup = commands.add_parser("backup", help="copy the database (safe while the bot runs)")
    backup.add_argument("target", type=Path)
    export = commands.add_parser("export", help="write the whole store as JSONL")
    export.add_argument("--format", choices=["jsonl"], default="jsonl")
    export.add_argument("--output", "-o", type=Path, help="file (default: standard output)")
    imp = commands.add_parser("import", help="add the articles of an `export` file")
    imp.add_argument("source", type=Path, help="JSONL written by export, or - for stdin")
    return parser


def cmd_run(settings: Settings, webhook: bool = False) -> int:
    if webhook:
        return cmd_webhook(settings, "serve")
    if settings.telegram_bot_token is None:
        print(NO_TOKEN_HELP)
        return asyncio.run(run_console(settings))
    # Composition root: handlers are imported from bot/ only here and in cmd_webhook.
    from handlers.app import ALLOWED_UPDATES, build_application

    build_application(settings).run_polling(allowed_updates=ALLOWED_UPDATES)
    return EXIT_OK


def webhook_settings_refusal(settings: Settings, label: str, *, secret: bool = True) -> str:
    """Why `label` cannot run with these settings ('' if it can)."""
    if settings.telegram_bot_token is None:
        return f"{label}: refused: TELEGRAM_BOT_TOKEN is not set (see `onrecord run`)"
    if secret and settings.webhook_secret is None:
        return (f"{label}: refused: ONRECORD_WEBHOOK_SECRET is not set; webhook mode needs "
                "it (1-256 of A-Z a-z 0-9 _ -) so that only Telegram's requests are handled")
    return ""


def cmd_webhook(settings: Settings, action: str, url: str = "", drop: bool = False) -> int:
    """`run --webhook` (action "serve"), `webhook set URL`, `webhook delete`."""
    label = "run --webhook" if action == "serve" else f"webhook {action}"
    refusal = webhook_settings_refusal(settings, label, secret=action != "delete")
    if refusal:
        print(refusal, file=sys.stderr)
        return EXIT_REFUSED
    # Composition root, like cmd_run.
    from handlers.webhook_server import WebhookRefused, delete_webhook, run_webhook, set_webhook

    try:
        if action == "serve":
            asyncio.run(run_webhook(settings))
            return EXIT_OK
        done = asyncio.run(set_webhook(settings, url) if action == "set"
                           else delete_webhook(settings, drop))
    except WebhookRefused as exc:
        print(f"{label}: refused: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(done)
    return EXIT_OK


def configure_logging(settings: Settings, command: str) -> None:
    # The bot logs its work; the console and one-shot commands print answers only.
    bot_runs = command == "run" and settings.telegram_bot_token is not None
    bot_runs = bot_runs or command == "worker"
    default = "INFO" if bot_runs else "WARNING"
    logging.basicConfig(level=(settings.log_level or default).upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL, which holds the bot token: keep it quiet.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A file name or query with undecodable bytes is shown escaped, never a crash.
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"onrecord: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    configure_logging(settings, args.command)
    try:
        return dispatch(args, settings)
    except BrokenPipeError:
        # The reader went away (`onrecord ask ... | head`): not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("onrecord: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except store_failures() as exc:
        # The database cannot be opened or written (locked, corrupt, disk full, no
        # permission, unreachable): each write is one transaction, so nothing half-done
        # is left.
        where = "ONRECORD_DATABASE_URL" if settings.database_url else settings.db_path
        print(f"{where}: refused: database error: {one_line(exc)}", file=sys.stderr)
        return EXIT_REFUSED


def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "run":
        return cmd_run(settings, args.webhook)
    if args.command == "webhook":
        return cmd_webhook(settings, args.action, getattr(args, "url", ""),
                           getattr(args, "drop_pending_updates", False))
    if args.command == "chat":
        return asyncio.run(run_console(settings))
    if args.command in ("worker", "queue") or (args.command == "load" and args.queue):
        return dispatch_queue(args, settings)
    if args.command == "load":
        return asyncio.run(cmd_load(settings, args.paths, args.quiet, args.batch_size,
                                    args.timeout if args.timeout > 0 else None))
    if args.command == "ask":
        return asyncio.run(cmd_ask(settings, args.query, args.json, args.limit))
    if args.command == "timeline":
        from bot.commands.timeline import cmd_timeline

        return asyncio.run(cmd_timeline(settings, args.speaker, args.topic, args.json))
    if args.command == "backup":
        return asyncio.run(cmd_backup(settings, args.target))
    if args.command == "export":
        return asyncio.run(cmd_export(settings, args.output))
    if args.command == "import":
        return asyncio.run(cmd_import(settings, args.source))
    return cmd_extract(args)


def dispatch_queue(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here: procrastinate takes half a second to import, other commands skip it.
    from bot.commands.worker import cmd_load_queue, cmd_queue_status, cmd_worker

    if args.command == "worker":
        return asyncio.run(cmd_worker(settings, args.concurrency))
    if args.command == "queue":
        return asyncio.run(cmd_queue_status(settings))
    return asyncio.run(cmd_load_queue(settings, args.paths))
