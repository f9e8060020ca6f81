"""Layering: bot/ (the core) never imports telegram or handlers.

The one exception is the composition root: `cmd_run` and `cmd_webhook` in bot/cli.py,
which import handlers lazily inside the function to start the bot or set its webhook.
"""

from __future__ import annotations

import ast
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
