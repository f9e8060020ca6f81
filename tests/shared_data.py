"""Where the evaluation data beside the repository lives (../shared), and what a test
does without it: skip with the reason printed, except in CI, where it must be there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_GOLD = SHARED / "eval/seed/gold.json"


def require(path: Path, *, module: bool = False) -> Path:
    """path, or a skip (a failure under CI=true) saying the ../shared checkout is missing."""
    if path.exists():
        return path
    reason = f"{path} is missing: the ../shared checkout beside the repository is needed"
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must run every test)", pytrace=False)
    pytest.skip(reason, allow_module_level=module)
    raise AssertionError("unreachable")  # pytest.skip raises
