"""`onrecord backup PATH`, `onrecord export --format jsonl`, `onrecord import FILE`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.store import open_store
from bot.store.port import BackupNotSupported, ImportFormatError


async def cmd_backup(settings: Settings, target: Path) -> int:
    """A consistent copy of the database, taken while the bot may be running."""
    if settings.database_url is None and target.resolve() == settings.db_path.resolve():
        print(f"{target}: refused: that is the database itself", file=sys.stderr)
        return 1
    async with await open_store(settings) as store:
        try:
            await store.backup(target)
        except BackupNotSupported as exc:
            print(f"{target}: refused: {exc}", file=sys.stderr)
            return 1
        stats = await store.stats()
    print(f"backed up {stats.articles} articles, {stats.statements} statements to {target}")
    return 0


async def cmd_export(settings: Settings, output: Path | None) -> int:
    """The whole store as JSONL (stdout, or a file written beside and renamed)."""
    async with await open_store(settings) as store:
        if output is None:
            async for line in store.export_lines():
                sys.stdout.write(line + "\n")
            return 0
        partial = output.with_name(output.name + ".partial")
        count = -1  # the header line is not an article
        with partial.open("w", encoding="utf-8") as out:
            async for line in store.export_lines():
                out.write(line + "\n")
                count += 1
        partial.replace(output)
    print(f"exported {count} articles to {output}", file=sys.stderr)
    return 0


async def cmd_import(settings: Settings, source: Path) -> int:
    """Add the articles of an export; articles already stored are skipped."""
    try:
        handle = sys.stdin if str(source) == "-" else source.open(encoding="utf-8")
    except OSError as exc:
        print(f"{source}: refused: {exc}", file=sys.stderr)
        return 1
    try:
        async with await open_store(settings) as store:
            added, skipped = await store.import_lines(_lines(handle))
    except ImportFormatError as exc:
        print(f"{source}: refused: {exc}", file=sys.stderr)
        return 1
    except UnicodeDecodeError as exc:
        print(f"{source}: refused: not UTF-8 text ({exc.reason})", file=sys.stderr)
        return 1
    finally:
        if handle is not sys.stdin:
            handle.close()
    print(f"imported {added} articles, skipped {skipped} already stored")
    return 0


def _lines(handle: TextIO) -> Iterator[str]:
    yield from handle
