"""Helpers of the queue tests (tests/test_queue*.py): fast queue settings, distinct small
articles, worker processes (`onrecord worker` with a slow extractor when asked) and a
look at procrastinate's tables.

Worker processes run `python -c` with tests/ on PYTHONPATH, so that the extractor set
here (a module-level function) reaches their extraction workers by name.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psycopg
from pydantic import SecretStr

from bot.config import Settings
from bot.ingest import extract_text
from bot.models import Extraction

ROOT = Path(__file__).resolve().parents[1]
# Short heartbeats, a stalled worker noticed after 3 s, the stalled-job check and the
# prune every second.
FAST = {
    "ONRECORD_QUEUE_HEARTBEAT": "0.3", "ONRECORD_QUEUE_STALLED_AFTER": "3",
    "ONRECORD_QUEUE_POLL": "0.3", "ONRECORD_QUEUE_STALLED_CRON": "* * * * * *",
    "ONRECORD_QUEUE_PRUNE_CRON": "* * * * * *", "ONRECORD_EXTRACT_WORKERS": "1",
}
# Text holding this takes SLOW_SECONDS to extract in a worker started with slow=True.
SLOW = "SLOW-EXTRACTION"
SLOW_SECONDS = 60.0
SLOW_ENV = "ONRECORD_TEST_SLOW_EXTRACTION"
# Each worker's job takes at least this long, so that two workers share a bulk load.
PACE_ENV = "ONRECORD_TEST_EXTRACTION_PACE"
SURNAMES = ["Adler", "Brandt", "Castell", "Dorn", "Ebert", "Falk", "Gerhard", "Hartmann",
            "Imhof", "Jansen", "Keller", "Lorenz", "Maier", "Nagel", "Oswald", "Pohl"]


def fast_settings(settings: Settings, url: str) -> Settings:
    update: dict[str, Any] = {"database_url": SecretStr(url), "queue_heartbeat": 0.3,
                              "queue_stalled_after": 3.0, "queue_poll": 0.3,
                              "queue_stalled_cron": "* * * * * *",
                              "queue_prune_cron": "* * * * * *", "extract_workers": 1}
    return settings.model_copy(update=update)


def article(number: int, extra: str = "") -> str:
    """A small article with two statements by a minister; each number is another one."""
    name = SURNAMES[number % len(SURNAMES)]
    return (f"Minister {name} sets out school plan number {number}\n\n"
            f"Source: Test Wire\nDate: March {number % 28 + 1}, 2025\n\n"
            f'BERLIN (Test Wire) -- "We will build {number} new schools this year," '
            f"Education Minister Petra {name} told reporters on Monday.\n\n"
            f"{name} said the plan would be presented to parliament in April.\n"
            + (f"\n{extra}\n" if extra else ""))


def paced_extract(text: str, **meta: Any) -> Extraction:
    """The real extraction, slowed down in processes started with the environment set."""
    if os.environ.get(SLOW_ENV) and SLOW in text:
        time.sleep(SLOW_SECONDS)
    time.sleep(float(os.environ.get(PACE_ENV) or 0))
    return extract_text(text, **meta)


WORKER_MAIN = ("import bot.ingest, queue_helpers, sys; "
               "bot.ingest.EXTRACTOR = queue_helpers.paced_extract; "
               "from bot.cli import main; sys.exit(main(['worker', '--concurrency', '1']))")


def start_worker(url: str, tmp: Path, *, slow: bool = False, pace: float = 0.0
                 ) -> subprocess.Popen[str]:
    """`onrecord worker` in its own process group (killpg ends its extraction workers)."""
    env = {**os.environ, **FAST, "ONRECORD_DATABASE_URL": url, "ONRECORD_LOG_LEVEL": "INFO",
           "ONRECORD_DB_PATH": str(tmp / "unused.db"), "PYTHONPATH": str(ROOT / "tests"),
           PACE_ENV: str(pace)}
    if slow:
        env[SLOW_ENV] = "1"
    return subprocess.Popen([sys.executable, "-c", WORKER_MAIN], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def stop_worker(process: subprocess.Popen[str], sig: int = signal.SIGTERM) -> str:
    """Signal the worker's process group; its log (stderr)."""
    if process.poll() is None:
        os.killpg(process.pid, sig)
    try:
        _out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        _out, err = process.communicate()
    return err


def rows(url: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql, params).fetchall()


def execute(url: str, sql: str, params: tuple[Any, ...] = ()) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql, params)


def queue_rows(url: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """rows(), or [] before a worker or an enqueue has applied procrastinate's schema."""
    try:
        return rows(url, sql, params)
    except psycopg.errors.UndefinedTable:
        return []


def jobs(url: str, task: str) -> list[tuple[Any, ...]]:
    """(id, status, args, attempts) of the task's jobs, oldest first."""
    return queue_rows(url, "SELECT id, status::text, args, attempts FROM procrastinate_jobs "
                           "WHERE task_name = %s ORDER BY id", (task,))


def live_workers(url: str) -> int:
    found = queue_rows(url, "SELECT count(*) FROM procrastinate_workers")
    return int(found[0][0]) if found else 0


def wait_for(ready: Any, timeout: float = 60.0, what: str = "condition") -> None:
    ends = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > ends:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)
