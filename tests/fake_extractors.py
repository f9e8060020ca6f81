"""Extractors that bot.ingest's workers run in place of the real one (ingest.EXTRACTOR is
set to one of these by a test). They are module-level functions so that they reach the
worker processes by name; each acts on a marker in the article text, and extracts as
usual otherwise."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

from bot.ingest import extract_text
from bot.models import Extraction

# "STUCK-EXTRACTION /path/to/pid": the worker writes its process id there, then spins.
STUCK = "STUCK-EXTRACTION"
# The worker kills itself (as the kernel's out-of-memory killer would).
DIES = "WORKER-DIES"


def stuck_or_dying(text: str, **meta: Any) -> Extraction:
    if STUCK in text:
        pid_file = text.split(STUCK, 1)[1].split()[0]
        with open(pid_file, "w", encoding="utf-8") as handle:
            handle.write(str(os.getpid()))
        ends = time.monotonic() + 120  # CPU-bound, in Python: stuck until killed
        while time.monotonic() < ends:
            pass
    if DIES in text:
        os.kill(os.getpid(), signal.SIGKILL)
    return extract_text(text, **meta)


def alive(pid: int) -> bool:
    """Whether process `pid` still exists (a zombie counts as gone), after a grace second."""
    ends = time.monotonic() + 1.0
    while time.monotonic() < ends:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return False
        if state == "Z":
            return False
        time.sleep(0.05)
    return True


def stuck_text(text: str, pid_file: Path) -> str:
    """`text` with the STUCK marker after its headline (the worker writes its pid to pid_file)."""
    return text.replace("\n\n", f"\n\n{STUCK} {pid_file}\n\n", 1)
