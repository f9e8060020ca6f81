"""The ingestion queue (bot.queue) from the command line, on the real local PostgreSQL:
`load --queue` enqueues each article once (the queueing lock), `queue status` lists
them, a worker loads them into the store (the next question finds them), SQLite refuses
the queue, and with two workers the periodic prune runs once per tick."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from queue_helpers import article, fast_settings, jobs, live_workers, rows
from store_backends import pg_database, pg_url_fixture  # noqa: F401

from bot.cli import main
from bot.config import Settings
from bot.queue.jobs import LOAD_TASK, PRUNE_TASK
from bot.queue.worker import run_worker
from bot.store import open_store

# Refused by the worker without a network: a loopback address (ONRECORD_ALLOW_PRIVATE_URLS).
URL = "http://127.0.0.1:9/news/a"


@pytest.fixture
def pg_env(monkeypatch: pytest.MonkeyPatch, pg_url: str, tmp_path: Path) -> str:
    monkeypatch.setenv("ONRECORD_DATABASE_URL", pg_url)
    monkeypatch.setenv("ONRECORD_DB_PATH", str(tmp_path / "unused.db"))
    monkeypatch.setenv("ONRECORD_SEEDS_DIR", str(tmp_path / "no-seeds"))
    monkeypatch.setenv("ONRECORD_EXTRACT_WORKERS", "1")
    return pg_url


def write_articles(folder: Path) -> tuple[Path, Path, Path]:
    first, second = folder / "first.txt", folder / "second.txt"
    first.write_text(article(1), encoding="utf-8")
    second.write_text(article(2), encoding="utf-8")
    jsonl = folder / "more.jsonl"  # the first article again, and a third
    jsonl.write_text("".join(json.dumps({"doc_id": f"d{n}", "text": article(n)}) + "\n"
                             for n in (1, 3)), encoding="utf-8")
    return first, second, jsonl


def test_load_queue_enqueues_each_article_once_and_a_worker_loads_them(
        pg_env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second, jsonl = write_articles(tmp_path)
    args = [str(first), str(second), str(first), str(jsonl), URL, URL]
    assert main(["load", "--queue", *args]) == 0
    waiting = jobs(pg_env, LOAD_TASK)
    ids = [job[0] for job in waiting]
    assert capsys.readouterr().out.splitlines() == [
        f"{URL}: queued (job {ids[0]})", f"{URL}: already queued",
        f"{first}: queued (job {ids[1]})", f"{second}: queued (job {ids[2]})",
        f"{first}: already queued", f"{jsonl}:d1: already queued",
        f"{jsonl}:d3: queued (job {ids[3]})"]
    assert [job[1] for job in waiting] == ["todo"] * 4
    assert main(["queue", "status"]) == 0
    status = capsys.readouterr().out
    assert "loads: 4 todo, 0 doing, 0 failed" in status and f"#{ids[2]} {second}" in status

    # A worker that stops once the queue is empty: the three articles are stored, the
    # URL (a loopback address) is refused, not retried.
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    asyncio.run(run_worker(settings, 2, wait=False, install_signal_handlers=False))
    assert jobs(pg_env, LOAD_TASK) == []  # done jobs are deleted
    assert rows(pg_env, "SELECT count(*) FROM articles") == [(3,)]
    assert main(["ask", "what did Petra Dorn say", "--json"]) == 0
    assert "We will build 3 new schools this year" in capsys.readouterr().out

    # Loaded and gone from the queue: the same article enqueued again is a new job,
    # which finds it stored and adds nothing.
    assert main(["load", "--queue", str(second)]) == 0
    assert "queued (job" in capsys.readouterr().out
    asyncio.run(run_worker(settings, 1, wait=False, install_signal_handlers=False))
    assert rows(pg_env, "SELECT count(*) FROM articles") == [(3,)]


def test_sqlite_has_no_queue(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("ONRECORD_DATABASE_URL", raising=False)
    monkeypatch.setenv("ONRECORD_DB_PATH", str(tmp_path / "onrecord.db"))
    first, _second, _jsonl = write_articles(tmp_path)
    for command in (["load", "--queue", str(first)], ["worker"], ["queue", "status"]):
        assert main(command) == 1
        err = capsys.readouterr().err
        assert "refused: the queue needs PostgreSQL (ONRECORD_DATABASE_URL)" in err, err
    assert not (tmp_path / "onrecord.db").exists()  # nothing was loaded either


async def test_with_two_workers_the_periodic_prune_runs_once_per_tick(
        pg_url: str, tmp_path: Path) -> None:
    plain = Settings(_env_file=None, ONRECORD_DB_PATH=tmp_path / "x.db")  # type: ignore[call-arg]
    settings = fast_settings(plain, pg_url)
    store = await open_store(settings)
    old, recent = await store.save_query("old question"), await store.save_query("recent")
    await asyncio.to_thread(rows, pg_url, "UPDATE saved_queries SET used_at = %s, "
                            "created_at = %s WHERE id = %s RETURNING id",
                            ("2000-01-01T00:00:00+00:00",) * 2 + (old,))
    workers = [asyncio.create_task(run_worker(
        settings, 1, delete_jobs="never", name=f"worker-{n}", install_signal_handlers=False))
        for n in (1, 2)]
    try:
        for _ in range(300):
            done = [j for j in await asyncio.to_thread(jobs, pg_url, PRUNE_TASK)
                    if j[1] == "succeeded"]
            if len(done) >= 3 and await asyncio.to_thread(live_workers, pg_url) == 2:
                break
            await asyncio.sleep(0.1)
    finally:
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    pruned = await asyncio.to_thread(jobs, pg_url, PRUNE_TASK)
    ticks = [job[2]["timestamp"] for job in pruned]
    assert len(ticks) >= 3 and len(set(ticks)) == len(ticks)  # one job per tick
    assert await store.saved_query(old) is None
    assert await store.saved_query(recent) == "recent"
    await store.close()
