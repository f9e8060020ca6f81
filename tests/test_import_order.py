"""Each module that starts an import chain across bot.cues and bot.extraction loads on its
own in a fresh interpreter: a cycle between them once broke `import handlers.answer` when
nothing had imported bot.extraction before (the full test run hid it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIRST_IMPORTS = ["bot.cues", "bot.cards", "bot.render", "bot.extraction.collect",
                 "handlers.answer", "handlers.callbacks"]


@pytest.mark.parametrize("module", FIRST_IMPORTS)
def test_module_imports_first(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
