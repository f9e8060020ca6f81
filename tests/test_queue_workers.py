"""Worker processes (`onrecord worker`) on the real local PostgreSQL: two share a bulk
load, each article stored once; a worker SIGKILLed in the middle of a job has that job
retried by another (heartbeats, the periodic stalled-job task) and the article is
stored once."""

from __future__ import annotations

import json
import re
import signal
from pathlib import Path

import pytest
from queue_helpers import (
    SLOW,
    article,
    jobs,
    live_workers,
    rows,
    start_worker,
    stop_worker,
    wait_for,
)
from store_backends import pg_database, pg_url_fixture  # noqa: F401

from bot.cli import main
from bot.queue.jobs import LOAD_TASK

BULK = 12


@pytest.fixture
def pg_env(monkeypatch: pytest.MonkeyPatch, pg_url: str, tmp_path: Path) -> str:
    monkeypatch.setenv("ONRECORD_DATABASE_URL", pg_url)
    monkeypatch.setenv("ONRECORD_DB_PATH", str(tmp_path / "unused.db"))
    return pg_url


def enqueue(folder: Path, texts: list[str]) -> None:
    path = folder / "bulk.jsonl"
    path.write_text("".join(json.dumps({"doc_id": f"a{n}", "text": text}) + "\n"
                            for n, text in enumerate(texts)), encoding="utf-8")
    assert main(["load", "--queue", str(path)]) == 0


def stored_lines(log: str) -> list[str]:
    return re.findall(r"bulk\.jsonl:a\d+: stored", log)


def test_two_workers_share_a_bulk_load(pg_env: str, tmp_path: Path) -> None:
    # Each job takes at least 0.4 s, so that neither worker can take them all.
    workers = [start_worker(pg_env, tmp_path, pace=0.4) for _ in range(2)]
    try:
        wait_for(lambda: live_workers(pg_env) == 2, what="two workers")
        enqueue(tmp_path, [article(n) for n in range(BULK)])
        wait_for(lambda: jobs(pg_env, LOAD_TASK) == [], what="the queue to empty")
    finally:
        logs = [stop_worker(worker) for worker in workers]
    done = [len(stored_lines(log)) for log in logs]
    assert sum(done) == BULK and min(done) > 0, (done, logs)
    assert rows(pg_env, "SELECT count(*), count(DISTINCT title) FROM articles") == [
        (BULK, BULK)]
    assert rows(pg_env, "SELECT count(*) FROM statements") == [(2 * BULK,)]


def test_a_killed_workers_job_is_retried_by_another(pg_env: str, tmp_path: Path) -> None:
    doomed = start_worker(pg_env, tmp_path, slow=True)  # its extraction takes a minute
    survivor = None
    try:
        wait_for(lambda: live_workers(pg_env) == 1, what="the first worker")
        enqueue(tmp_path, [article(7, extra=f"{SLOW} is a marker, not news.")])
        wait_for(lambda: [job[1] for job in jobs(pg_env, LOAD_TASK)] == ["doing"],
                 what="the first worker to start the job")
        survivor = start_worker(pg_env, tmp_path)
        wait_for(lambda: live_workers(pg_env) == 2, what="the second worker")
        stop_worker(doomed, signal.SIGKILL)  # the worker and its extraction process
        wait_for(lambda: jobs(pg_env, LOAD_TASK) == [], what="the job to be retried")
    finally:
        stop_worker(doomed, signal.SIGKILL)
        log = stop_worker(survivor) if survivor is not None else ""
    assert re.search(r"job \d+ \(onrecord\.load\) stalled: its worker is gone", log), log
    assert len(stored_lines(log)) == 1, log
    assert rows(pg_env, "SELECT count(*) FROM articles") == [(1,)]
    assert rows(pg_env, "SELECT count(*) FROM statements") == [(2,)]
