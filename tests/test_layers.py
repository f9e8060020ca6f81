"""Layering: bot/ (the core) never imports telegram or handlers.

The one exception is the composition root: `cmd_run` and `cmd_webhook` in bot/cli.py,
which import handlers lazily inside the function to start the bot or set its webhook.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("telegram", "handlers")
# (module path, functions) allowed to import handlers lazily: the composition root.
COMPOSITION_ROOT = ("bot/cli.py", ("cmd_run", "cmd_webhook"))


def imported_names(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        return [node.module]
    return []


def forbidden_imports(path: Path) -> list[tuple[str, str | None]]:
    """(imported module, enclosing function or None) for each forbidden import."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, str | None]] = []

    def visit(node: ast.AST, function: str | None) -> None:
        for name in imported_names(node):
            if name.split(".")[0] in FORBIDDEN:
                found.append((name, function))
        for child in ast.iter_child_nodes(node):
            is_function = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            visit(child, child.name if is_function else function)

    visit(tree, None)
    return found


CORE_MODULES = sorted(ROOT.glob("bot/**/*.py"))


@pytest.mark.parametrize("path", CORE_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_does_not_import_telegram(path: Path) -> None:
    relative = str(path.relative_to(ROOT))
    allowed = [
        (name, function)
        for name, function in forbidden_imports(path)
        if relative == COMPOSITION_ROOT[0] and function in COMPOSITION_ROOT[1]
        and name.startswith("handlers")
    ]
    offending = [item for item in forbidden_imports(path) if item not in allowed]
    assert offending == [], f"{relative} imports {offending}"


def test_composition_root_is_the_only_exception() -> None:
    found = forbidden_imports(ROOT / COMPOSITION_ROOT[0])
    assert found, "the composition root should start the bot through handlers"
    assert all(function in COMPOSITION_ROOT[1] for _name, function in found)


def test_detector_catches_a_top_level_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import telegram\nfrom handlers.app import x\n")
    assert forbidden_imports(sample) == [("telegram", None), ("handlers.app", None)]


# --- Only the store's adapters speak an engine's SQL (issue 13) ---------------------
#
# bot/store/sqlite/ and bot/store/postgres/ are the adapters; bot/store/sql/ is the
# standard SQL both run (`?` placeholders, nothing either engine lacks). Everywhere else
# in bot/ there is no SQL at all: callers use the Store port (bot/store/port.py) and hand
# search's words over as a TextQuery, never as a full-text expression.
ADAPTERS = ("bot/store/sqlite/", "bot/store/postgres/")
SHARED_SQL = "bot/store/sql/"
# A statement of SQL in a string literal (upper-case keywords: prose is not caught).
SQL_RE = re.compile(
    r"\b(?:SELECT\s|INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|(?:CREATE|DROP|ALTER)\s+(?:TABLE|INDEX|TRIGGER|VIRTUAL|EXTENSION|SCHEMA)|PRAGMA\s)")
# What only one engine understands: SQLite's FTS5 and pragmas, PostgreSQL's text search,
# locks, casts and placeholders.
ENGINE_RE = re.compile(
    r"PRAGMA|FTS5|fts5|\bMATCH\b|statements_fts|speaker_ref|INDEXED BY|INSERT OR|"
    r"executescript|tsvector|tsquery|ts_rank|bm25|setweight|pg_advisory|pg_trgm|"
    r"gin_trgm|RETURNING|ILIKE|NULLS (?:FIRST|LAST)|\{quote context\}|sqlite_master")
ENGINE_MODULES = ("sqlite3", "aiosqlite", "psycopg", "psycopg_pool")


def string_literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string literal but docstrings (f-strings' fixed parts too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def sql_problems(path: Path, relative: str) -> list[str]:
    """What a module outside the adapters says in an engine's SQL."""
    if relative.startswith(ADAPTERS):
        return []
    problems = []
    shared = relative.startswith(SHARED_SQL)
    for line, text in string_literals(path):
        if found := ENGINE_RE.search(text):
            problems.append(f"line {line}: {found.group(0)!r} is one engine's")
        if SQL_RE.search(text):
            if not shared:
                problems.append(f"line {line}: SQL outside bot/store/: {text[:50]!r}")
            elif "%s" in text or "$1" in text:
                problems.append(f"line {line}: shared SQL takes ? placeholders")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        for name in imported_names(node):
            if name.split(".")[0] in ENGINE_MODULES:
                problems.append(f"imports {name}")
            if relative.startswith("bot/store/") and name.startswith("bot.search"):
                problems.append(f"the store imports {name}")
    return problems


@pytest.mark.parametrize("path", CORE_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_only_the_store_adapters_speak_an_engines_sql(path: Path) -> None:
    relative = str(path.relative_to(ROOT))
    assert sql_problems(path, relative) == []


def test_the_sql_detector_catches_each_kind(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""A docstring may say SELECT and FTS5."""\n'
        "import aiosqlite\n"
        "from bot.search.text import words\n"
        "Q = 'SELECT id FROM statements WHERE x = %s'\n"
        "E = f'statements_fts MATCH {1}'\n"
        "OK = 'Select a speaker'\n")
    assert sql_problems(sample, "bot/answers.py") == [
        "line 4: SQL outside bot/store/: 'SELECT id FROM statements WHERE x = %s'",
        "line 5: 'statements_fts' is one engine's",
        "imports aiosqlite"]
    assert sql_problems(sample, "bot/store/sql/reads.py") == [
        "line 4: shared SQL takes ? placeholders", "line 5: 'statements_fts' is one engine's",
        "imports aiosqlite", "the store imports bot.search.text"]
    assert sql_problems(sample, "bot/store/postgres/text.py") == []
