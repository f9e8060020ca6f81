"""Bulk loading through the ingestion queue on PostgreSQL (issue 13), against loading in
one process.

    .venv/bin/python bench/queue_load.py [--data ../shared/eval/polnear/train.jsonl]
        [--limit N] [--workers 1,2] [--concurrency 2] [--extract-workers 1]

For each setting a fresh database on the server (ONRECORD_BENCH_DATABASE_URL, default
postgresql://postgres@127.0.0.1:5432/postgres; dropped afterwards):
- `in-process`: `onrecord load FILE` (bot.bulk: 100 articles per transaction);
- `queue, W workers`: `onrecord load --queue FILE` (timed: enqueue), then W
  `onrecord worker --concurrency C` processes, timed from their start until no load is
  waiting or running (one article per transaction, one job each).
Prints articles/s, what was stored, and the load average (the machine may be shared).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "polnear" / "train.jsonl"
SERVER = os.environ.get("ONRECORD_BENCH_DATABASE_URL",
                        "postgresql://postgres@127.0.0.1:5432/postgres")
EXTENSIONS = ("unaccent", "pg_trgm", "btree_gin")


def create_database() -> tuple[str, str]:
    name = f"onrecord_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(SERVER, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = f"{SERVER.rsplit('/', 1)[0]}/{name}"  # a URL: ONRECORD_DATABASE_URL takes no other
    with psycopg.connect(url, autocommit=True) as conn:
        for extension in EXTENSIONS:
            conn.execute(sql.SQL("CREATE EXTENSION IF NOT EXISTS {}").format(
                sql.Identifier(extension)))
    return name, url


def drop_database(name: str) -> None:
    with psycopg.connect(SERVER, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))


def count(url: str, query: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(query).fetchone()
    return int(row[0]) if row else 0


def onrecord(env: dict[str, str], log: Path, *args: str) -> float:
    started = time.perf_counter()
    with log.open("a", encoding="utf-8") as err:
        subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env=env, check=False,
                       stdout=subprocess.DEVNULL, stderr=err)
    return time.perf_counter() - started


def refusals(log: Path) -> Counter[str]:
    """Refused articles by reason (their first words), from the processes' logs."""
    found: Counter[str] = Counter()
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if ": refused: " in line:
            found[" ".join(line.split(": refused: ", 1)[1].split()[:2])] += 1
    return found


def queue_busy(url: str) -> int:
    return count(url, "SELECT count(*) FROM procrastinate_jobs "
                      "WHERE task_name = 'onrecord.load' AND status IN ('todo', 'doing')")


def run_workers(env: dict[str, str], url: str, log: Path, workers: int,
                concurrency: int) -> float:
    started = time.perf_counter()
    with log.open("a", encoding="utf-8") as err:
        processes = [subprocess.Popen(
            [sys.executable, "-m", "bot", "worker", "--concurrency", str(concurrency)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
            for _ in range(workers)]
    try:
        while queue_busy(url):
            time.sleep(0.2)
        return time.perf_counter() - started
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(timeout=60)


def measure(data: Path, log: Path, workers: int, concurrency: int,
            extract_workers: int) -> str:
    name, url = create_database()
    log.write_text("", encoding="utf-8")
    env = {**os.environ, "ONRECORD_DATABASE_URL": url, "ONRECORD_SEEDS_DIR": "/nonexistent",
           "ONRECORD_EXTRACT_WORKERS": str(extract_workers)}
    try:
        if workers == 0:
            label, enqueue = "in-process", 0.0
            seconds = onrecord(env, log, "load", "--quiet", str(data))
        else:
            label = f"queue, {workers} worker(s) x {concurrency}"
            enqueue = onrecord(env, log, "load", "--queue", str(data))
            seconds = run_workers(env, url, log, workers, concurrency)
        articles = count(url, "SELECT count(*) FROM articles")
        statements = count(url, "SELECT count(*) FROM statements")
    finally:
        drop_database(name)
    load = os.getloadavg()[0]
    refused = ", ".join(f"{n} {why}" for why, n in sorted(refusals(log).items()))
    return (f"| {label} | {extract_workers} | {enqueue:.1f} | {seconds:.1f} | "
            f"{articles / seconds:.0f} | {articles} / {statements} | {refused} | {load:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--workers", default="0,1,2", help="0 = in-process load")
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--extract-workers", type=int, default=1,
                        help="ONRECORD_EXTRACT_WORKERS of every process")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"no {args.data}: this benchmark reads PolNeAR from ../shared")
    with tempfile.TemporaryDirectory() as folder:
        data = args.data
        if args.limit:
            data = Path(folder) / "articles.jsonl"
            lines = args.data.read_text(encoding="utf-8").splitlines(keepends=True)
            data.write_text("".join(lines[:args.limit]), encoding="utf-8")
        print("| how | extraction processes each | enqueue s | load s | articles/s "
              "| articles / statements | refused | load avg |")
        print("|---|---|---|---|---|---|---|---|")
        log = Path(folder) / "stderr.log"
        for workers in (int(w) for w in args.workers.split(",")):
            print(measure(data, log, workers, args.concurrency, args.extract_workers),
                  flush=True)


if __name__ == "__main__":
    main()
