"""Checks behind bench/robustness.py and tests/test_robustness*.py: made-up articles,
`onrecord load` killed with SIGKILL, readers during a load, store dumps.

All articles are synthetic (random made-up names, places and quotes); nothing here
comes from a real corpus.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Ann", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
         "Kemal", "Lena", "Marco", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sami", "Tara"]
LAST = ["Abbott", "Brandt", "Castell", "Dorn", "Eriksen", "Falk", "Gorski", "Hale", "Ivers",
        "Jansen", "Kovac", "Lindqvist", "Moreau", "Novak", "Orban", "Petrov", "Quist", "Rossi"]
ROLES = ["Finance Minister", "Mayor", "Senator", "Governor", "Foreign Minister", "spokeswoman"]
TOPICS = ["the bridge", "the budget", "the port", "the tariffs", "the rail line", "the vote",
          "the water plan", "the school reform", "the treaty", "the housing bill"]
PLACES = ["SPRINGFIELD", "RIVERTON", "LAKEWOOD", "NORTHGATE", "ASHFORD"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June"]


def synthetic_articles(count: int, seed: int = 6) -> list[dict[str, Any]]:
    """`count` small made-up articles with direct and reported statements (JSONL docs)."""
    rng = random.Random(seed)
    docs = []
    for n in range(count):
        people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES))
                  for _ in range(rng.randint(1, 3))]
        place, topic = rng.choice(PLACES), rng.choice(TOPICS)
        month, day = rng.randrange(6), rng.randint(1, 28)
        paragraphs = [f"{place}, {MONTHS[month]} {day} (Gazette) -- {people[0][1]} "
                      f"{people[0][0]} said on Monday that {topic} would be ready by "
                      f"autumn, report {n}."]
        for name, role in people:
            surname = name.split()[1]
            paragraphs.append(f"\"We will finish {topic} on time and within the budget "
                              f"number {n}{rng.randint(1, 999)},\" {surname} told reporters.")
            paragraphs.append(f"{role} {name} said the plan for {topic} had wide support "
                              f"and that critics were wrong about item {rng.randint(1, 99)}.")
        docs.append({"doc_id": f"syn{n}", "title": f"{people[0][0]} on {topic} ({n})",
                     "date": f"2025-{month + 1:02d}-{day:02d}", "source": "Gazette",
                     "text": "\n\n".join(paragraphs)})
    return docs


def write_jsonl(docs: list[dict[str, Any]], path: Path) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def cli_env(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ONRECORD_", "TELEGRAM_"))}
    return {**env, "ONRECORD_DB_PATH": str(db), "ONRECORD_SEEDS_DIR": str(db.parent / "none")}


def start_cli(db: Path, *args: str, **popen: Any) -> subprocess.Popen[bytes]:
    """`python -m bot ARGS` in its own process group (so SIGKILL reaches its workers)."""
    return subprocess.Popen([sys.executable, "-m", "bot", *args], env=cli_env(db), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, **popen)


def run_cli(db: Path, *args: str, **popen: Any) -> tuple[int, str, str]:
    proc = start_cli(db, *args, **popen)
    out, err = proc.communicate()
    return proc.returncode, out.decode(errors="replace"), err.decode(errors="replace")


def load_args(jsonl: Path, batch: int = 20) -> tuple[str, ...]:
    return ("load", "--quiet", "--batch-size", str(batch), str(jsonl))


TABLES = {"articles": "id", "statements": "id", "speakers": "id", "topic_aliases": "id",
          "statements_fts": "rowid", "saved_queries": "id"}


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every content table (articles without loaded_at), in id order."""
    with closing(sqlite3.connect(db)) as con:
        out = {}
        for table, key in TABLES.items():
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")
                       if r[1] != "loaded_at"]
            select = ", ".join(["rowid", *columns] if key == "rowid" else columns)
            out[table] = con.execute(f"SELECT {select} FROM {table} ORDER BY {key}").fetchall()
        return out


def check_store(db: Path, expected: dict[str, int] | None = None) -> list[str]:
    """Problems: integrity, index and counts out of step, articles missing statements."""
    with closing(sqlite3.connect(db)) as con:
        problems = []
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        problems += [f"foreign key {r}" for r in con.execute("PRAGMA foreign_key_check")]
        n_statements = con.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
        if n_statements != con.execute("SELECT COUNT(*) FROM statements_fts").fetchone()[0]:
            problems.append("statements and index differ")
        if expected is not None:
            rows = con.execute("SELECT a.content_hash, COUNT(s.id) FROM articles a LEFT JOIN"
                               " statements s ON s.article_id = a.id GROUP BY a.id")
            partial = [h for h, n in rows if expected.get(h) != n]
            if partial:
                problems.append(f"{len(partial)} articles stored without all their statements")
        return problems


def statement_counts(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as con:
        return dict(con.execute("SELECT a.content_hash, COUNT(s.id) FROM articles a LEFT JOIN"
                                " statements s ON s.article_id = a.id GROUP BY a.id"))


def kill_run(jsonl: Path, db: Path, moment: tuple[int, float],
             clean: dict[str, list[tuple[Any, ...]]], expected: dict[str, int],
             batch: int = 20) -> tuple[bool, int, list[str]]:
    """Start a load; once `moment[0]` articles are stored, wait `moment[1]` s more and
    SIGKILL its process group; check the store, load again, compare with a clean load.
    Returns (killed while running, articles stored at the kill, problems)."""
    proc = start_cli(db, *load_args(jsonl, batch))
    after, extra = moment
    while after and proc.poll() is None and articles_in(db) < after:
        time.sleep(0.002)
    time.sleep(extra)
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    problems = check_store(db, expected) if db.exists() else []
    stored = len(statement_counts(db)) if db.exists() else 0
    status, _, err = run_cli(db, *load_args(jsonl, batch))
    if status != 0:
        problems.append(f"reload exit {status}: {err.strip()[-200:]}")
    if dump(db) != clean:
        problems.append("reload differs from a clean load")
    return killed, stored, problems


def kill_moments(runs: int, total: int, seed: int = 20) -> list[tuple[int, float]]:
    """Varied moments: the first during start-up (no article yet), the others once
    0 .. 90% of the `total` articles are stored, plus 0-40 ms (mid-transaction)."""
    rng = random.Random(seed)
    return [(0, 0.3)] + [(int(total * 0.9 * i / max(1, runs - 1)), rng.uniform(0, 0.04))
                         for i in range(1, runs)]


def articles_in(db: Path) -> int:
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as con:
            return int(con.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:  # not created yet
        return 0


def reads_during_load(db: Path, jsonl: Path, queries: list[str], minimum: int = 1000,
                      batch: int = 200) -> tuple[int, int, float, bool]:
    """Query the store from this process while another process loads `jsonl` into it.
    Returns (answered, asked, worst latency in s, the load was running throughout)."""
    from bot.search import search
    from bot.store import Store

    async def go() -> tuple[int, int, float, bool]:
        store = await Store.open(db)
        proc = start_cli(db, *load_args(jsonl, batch))
        answered = asked = 0
        worst = 0.0
        try:
            while proc.poll() is None or asked < minimum:
                query = queries[asked % len(queries)]
                started = time.perf_counter()
                asked += 1
                try:
                    await search(store, query, limit=5)
                    answered += 1
                except sqlite3.Error:
                    pass
                worst = max(worst, time.perf_counter() - started)
            overlapped = asked >= minimum
        finally:
            await store.close()
            proc.communicate()
        return answered, asked, worst, overlapped and proc.returncode == 0

    return asyncio.run(go())
