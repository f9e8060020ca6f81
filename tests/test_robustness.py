"""Bad input, SIGKILL during a load, readers during a load, faults: the quick versions of
bench/robustness.py (which runs the whole corpus and 20 kill runs)."""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from pathlib import Path

import fake_extractors
import pytest
from fake_extractors import DIES, STUCK

from bot import ingest
from bot.loading import load_seeds_if_empty
from bot.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEED = next((ROOT / "seeds").glob("*.txt")).name
sys.path.insert(0, str(ROOT / "bench"))
from bad_inputs import Case, generate, run_case  # noqa: E402
from robust_checks import (  # noqa: E402
    check_store,
    dump,
    kill_moments,
    kill_run,
    load_args,
    reads_during_load,
    run_cli,
    statement_counts,
    synthetic_articles,
    write_jsonl,
)


@pytest.fixture
def seeded_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    path = tmp_path / "db" / "bad.db"
    monkeypatch.setenv("ONRECORD_DB_PATH", str(path))
    monkeypatch.setenv("ONRECORD_SEEDS_DIR", str(ROOT / "seeds"))

    async def seed() -> None:
        async with await Store.open(path) as store:
            await load_seeds_if_empty(store, ROOT / "seeds")

    asyncio.run(seed())
    return path


def test_bad_input_corpus_never_crashes_and_refusals_change_nothing(
        seeded_db: Path, tmp_path: Path) -> None:
    outcomes = [run_case(case, seeded_db, timeout=1.0) for case in generate(tmp_path / "c")]
    failed = [(o.case.name, o.problems) for o in outcomes if o.problems]
    assert len(outcomes) >= 500 and failed == []
    files = [o for o in outcomes if o.case.kind == "file"]
    assert sum(o.refused for o in files) > len(files) // 2


def test_a_slow_article_is_refused_by_the_time_limit(
        seeded_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "EXTRACTOR", fake_extractors.stuck_or_dying)
    slow = tmp_path / "slow.txt"
    seed = (ROOT / "seeds" / SEED).read_text(encoding="utf-8")
    slow.write_text(seed.replace("\n\n", f"\n\n{STUCK} {tmp_path / 'pid'}\n\n", 1))
    outcome = run_case(Case("file", "slow", path=slow), seeded_db, timeout=0.3)
    assert outcome.refused and outcome.problems == [] and outcome.seconds < 5


def test_sigkill_during_a_bulk_load_loses_nothing(tmp_path: Path) -> None:
    articles = write_jsonl(synthetic_articles(300), tmp_path / "a.jsonl")
    status, _, _ = run_cli(tmp_path / "clean.db", *load_args(articles))
    assert status == 0
    clean, expected = dump(tmp_path / "clean.db"), statement_counts(tmp_path / "clean.db")
    assert len(expected) == 300
    mid_load = 0
    for run, moment in enumerate(kill_moments(3, 300)):
        killed, stored, problems = kill_run(articles, tmp_path / f"k{run}.db", moment, clean,
                                            expected)
        assert problems == [], (moment, problems)
        mid_load += killed and 0 < stored < 300
    assert mid_load >= 1


def test_queries_are_answered_while_another_process_loads(tmp_path: Path) -> None:
    articles = write_jsonl(synthetic_articles(400), tmp_path / "a.jsonl")
    db = tmp_path / "live.db"
    run_cli(db, "load", "--quiet", str(ROOT / "seeds"))
    answered, asked, worst, overlapped = reads_during_load(
        db, articles, ["what did Hegseth say on NATO", "Novak bridge", "who said budget"],
        minimum=200)
    assert overlapped and answered == asked >= 200
    # a load's transaction never blocks a WAL reader: a blocked one would wait out the
    # 5 s busy timeout; scheduling alone took 1.2 s with two suites on two cores
    assert worst < 2.5
    assert check_store(db) == []


def test_a_locked_database_is_a_one_line_refusal(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    article = tmp_path / "a.jsonl"
    write_jsonl(synthetic_articles(5), article)
    run_cli(db, "ask", "x")
    with sqlite3.connect(db, isolation_level=None) as holder:
        holder.execute("PRAGMA busy_timeout = 0")
        holder.execute("BEGIN EXCLUSIVE")
        status, _, err = run_cli(db, "load", "--quiet", str(article))
        holder.execute("ROLLBACK")
    assert status == 1 and "Traceback" not in err
    assert err.strip().endswith("database is locked") and len(err.strip().splitlines()) == 1
    assert run_cli(db, "load", "--quiet", str(article))[0] == 0


def test_a_dead_extraction_worker_is_a_one_line_refusal(
        seeded_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    monkeypatch.setattr(ingest, "EXTRACTOR", fake_extractors.stuck_or_dying)
    docs = synthetic_articles(6)
    docs[2]["text"] += f"\n\n{DIES}"  # its worker is killed as the OOM killer would
    articles = write_jsonl(docs, tmp_path / "a.jsonl")
    before = len(statement_counts(seeded_db))
    assert main(["load", "--quiet", str(articles)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{articles}:syn2: refused: The extraction worker process died")
    assert len(err.strip().splitlines()) == 1
    assert len(statement_counts(seeded_db)) == before + 5  # the other articles are stored
