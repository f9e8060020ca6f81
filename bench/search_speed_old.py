"""An older commit's code for search_speed_ab.py, importable beside the working tree's:
its PostgreSQL adapter (old_adapter), or with --whole its whole `bot` package
(old_package), so that changes to bot/search (ranking, notices) are compared with the
same search of the old commit, not only the store adapter.

The copy is imported as the package `onrecord_old_bot` (its own imports of `bot` rewritten),
so both searches and both stores run in one process on one database.
"""

from __future__ import annotations

import importlib
import inspect
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

NAME = "onrecord_old_bot"
PACKAGE = "bot.store.postgres"
# `bot` as a package in an import: 'from bot.x import', 'import bot.x', 'from bot import'.
IMPORT = re.compile(r"^(\s*)(from|import) bot(?=[\s.])", re.MULTILINE)


def old_package(commit: str, root: Path, folder: Path) -> tuple[ModuleType, type]:
    """`commit`'s bot.search module and its PostgresStore class, from a copy in `folder`."""
    archive = subprocess.run(["git", "-C", str(root), "archive", commit, "bot"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    target = folder / NAME
    (folder / "bot").rename(target)
    for path in target.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = IMPORT.sub(rf"\1\2 {NAME}", text).replace('"bot.', f'"{NAME}.')
        path.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(folder))
    search = importlib.import_module(f"{NAME}.search")
    store = importlib.import_module(f"{NAME}.store.postgres").PostgresStore
    return search, store


def old_adapter(commit: str, root: Path, folder: Path) -> Any:
    """The PostgresStore class of `commit`'s bot/store/postgres, imported from a copy
    (as the package onrecord_old_pg)."""
    target = folder / "onrecord_old_pg"
    archive = subprocess.run(["git", "-C", str(root), "archive", commit, "bot/store/postgres"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    (folder / "bot/store/postgres").rename(target)
    for path in target.glob("*.py"):
        path.write_text(path.read_text().replace(PACKAGE, "onrecord_old_pg"))
    sys.path.insert(0, str(folder))
    return with_rows(importlib.import_module("onrecord_old_pg").PostgresStore)


def with_rows(store_class: Any) -> Any:
    """An adapter from before the look-ups brought their rows (find_statements, ...):
    given them as its ids, then get_statements (what search did then); and from
    before find_counted_statements: given it as count_matches, then the look-up; and
    from before catalog(since): its own check, under the working tree's shared code."""
    if "since" not in inspect.signature(store_class._catalog_changed).parameters:
        store_class = own_check(store_class)
    if not hasattr(store_class, "find_statements"):
        store_class = ids_then_rows(store_class)
    if hasattr(store_class, "find_counted_statements"):
        return store_class

    class CountThenLookUp(store_class):  # type: ignore[misc, valid-type]
        async def find_counted_statements(self, query: Any, counted: Any, cap: int,
                                          limit: int) -> Any:
            if await self.count_matches(counted, cap) < cap:
                return await self.find_statements(query, limit)
            return await self.find_newest_statements(query, limit)

    return CountThenLookUp


def ids_then_rows(store_class: Any) -> Any:
    class IdsThenRows(store_class):  # type: ignore[misc, valid-type]
        async def find_statements(self, query: Any, limit: int, ranked: bool = True) -> Any:
            return await self.get_statements(await self.find_statement_ids(query, limit, ranked))

        async def find_newest_statements(self, query: Any, limit: int) -> Any:
            return await self.get_statements(await self.find_newest_ids(query, limit))

        async def speaker_statements(self, speaker_ids: Any, limit: int,
                                     scope: Any = None) -> Any:
            return await self.get_statements(
                await self.speaker_statement_ids(speaker_ids, limit, scope))

    return IdsThenRows


def own_check(store_class: Any) -> Any:
    class OwnCheck(store_class):  # type: ignore[misc, valid-type]
        async def _catalog_changed(self, since: float | None = None) -> bool:
            return bool(await super()._catalog_changed())

    return OwnCheck
