"""Robustness figures: bad input, SIGKILL during loads, reads during a load, faults.

    .venv/bin/python bench/robustness.py [--kill-runs 20] [--articles 600]

Everything runs in a temporary folder: the bad-input corpus (bench/bad_inputs.py, made
at run time), made-up articles (bench/robust_checks.py), and `onrecord` started as a
subprocess where a process must die. Prints one line per figure; exit 1 if any fails.
bench/robustness_telegram.py (queued queries, Bot API faults) runs after, if present.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bad_inputs import generate, run_case
from robust_checks import (
    ROOT,
    articles_in,
    check_store,
    dump,
    kill_moments,
    kill_run,
    load_args,
    reads_during_load,
    run_cli,
    start_cli,
    statement_counts,
    synthetic_articles,
    write_jsonl,
)

ONE_LINE = "refused: "


def bad_inputs(tmp: Path) -> tuple[bool, int]:
    from bot.loading import load_seeds_if_empty
    from bot.store import Store

    db = tmp / "bad" / "bad.db"
    os.environ.update(ONRECORD_DB_PATH=str(db), ONRECORD_SEEDS_DIR=str(ROOT / "seeds"))
    os.environ.pop("TELEGRAM_BOT_TOKEN", None)

    async def seed() -> None:
        async with await Store.open(db) as store:
            await load_seeds_if_empty(store, ROOT / "seeds")

    asyncio.run(seed())
    cases = generate(tmp / "corpus")
    outcomes = [run_case(case, db) for case in cases]
    kinds = Counter(c.kind for c in cases)
    crashes = [o for o in outcomes if any(p.startswith(("crash", "traceback", "exit"))
                                          for p in o.problems)]
    unclear = [o for o in outcomes if any(p.startswith(("unclear", "refused "))
                                          for p in o.problems)]
    changed = [o for o in outcomes if any("changed" in p for p in o.problems)]
    damaged = [o for o in outcomes if any(p.startswith("store damaged") for p in o.problems)]
    print(f"bad inputs: inputs tried {len(cases)} (files {kinds['file']}, JSONL files "
          f"{kinds['jsonl']}, queries {kinds['query']}); refused {sum(o.refused for o in outcomes)}"
          f"; crashes {len(crashes)}; unclear messages {len(unclear)}; refusals that changed "
          f"the store {len(changed)}; slowest {max(o.seconds for o in outcomes):.2f} s")
    for o in crashes + unclear + changed + damaged:
        print(f"  FAIL {o.case.name} {o.case.path or repr((o.case.query or '')[:60])}: "
              f"{o.problems}")
    return not (crashes or unclear or changed or damaged), len(damaged)


def kill_test(tmp: Path, runs: int, articles: int) -> tuple[bool, int]:
    jsonl = write_jsonl(synthetic_articles(articles), tmp / "kill.jsonl")
    clean_db = tmp / "kill-clean.db"
    started = time.perf_counter()
    status, _, err = run_cli(clean_db, *load_args(jsonl))
    seconds = time.perf_counter() - started
    assert status == 0, err
    clean, expected = dump(clean_db), statement_counts(clean_db)
    passed = mid = partial = 0
    for run, moment in enumerate(kill_moments(runs, articles)):
        killed, stored, problems = kill_run(jsonl, tmp / f"kill{run}.db", moment, clean,
                                            expected)
        passed += not problems
        mid += killed and 0 < stored < articles
        partial += sum("without all" in p for p in problems)
        if problems:
            print(f"  FAIL kill run {run} at {moment}: {problems}")
    print(f"partial writes {partial} (kill runs: articles stored without all statements)")
    print(f"kill runs passed {passed}/{runs} ({mid} killed mid-load, {articles} articles, "
          f"{len(clean['statements'])} statements; a clean load takes {seconds:.1f} s)")
    return passed == runs, partial


def reads_test(tmp: Path, articles: int) -> bool:
    db = tmp / "reads.db"
    run_cli(db, "load", "--quiet", str(ROOT / "seeds"))
    jsonl = write_jsonl(synthetic_articles(articles, seed=7), tmp / "reads.jsonl")
    queries = ["what did Hegseth say on NATO", "Trump tariffs", "what did Novak say on the "
               "bridge", "who said budget", "Rossi on the treaty"]
    answered, asked, worst, overlapped = reads_during_load(db, jsonl, queries, minimum=1000)
    print(f"queries during a bulk load answered {answered:,}/{asked:,} (another process "
          f"loading {articles:,} articles: {'yes' if overlapped else 'NO'}); worst read "
          f"latency {worst * 1000:.0f} ms")
    return overlapped and answered == asked and not check_store(db)


# ---- fault scenarios: each makes a fault, checks the refusal, then recovers ----

def _refused_once(status: int, err: str) -> bool:
    lines = [line for line in err.splitlines() if line.strip()]
    return status == 1 and "Traceback" not in err and all(ONE_LINE in x for x in lines)


def fault_locked(tmp: Path) -> bool:
    db, jsonl = tmp / "locked.db", write_jsonl(synthetic_articles(30), tmp / "locked.jsonl")
    run_cli(db, "ask", "x")
    with sqlite3.connect(db, isolation_level=None) as holder:
        holder.execute("BEGIN EXCLUSIVE")
        status, _, err = run_cli(db, *load_args(jsonl))
        holder.execute("ROLLBACK")
    return (_refused_once(status, err) and "locked" in err and not check_store(db)
            and run_cli(db, *load_args(jsonl))[0] == 0)


def fault_disk_full(tmp: Path) -> bool:
    jsonl = write_jsonl(synthetic_articles(400, seed=3), tmp / "full.jsonl")
    clean_db, db = tmp / "full-clean.db", tmp / "full.db"
    run_cli(clean_db, *load_args(jsonl))
    run_cli(db, "ask", "x")

    def small_files() -> None:  # in the child: files may not grow past 300 KB
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))

    status, _, err = run_cli(db, *load_args(jsonl), preexec_fn=small_files)
    expected = statement_counts(clean_db)
    ok = _refused_once(status, err) and not check_store(db, expected)
    return ok and run_cli(db, *load_args(jsonl))[0] == 0 and dump(db) == dump(clean_db)


def fault_corrupt(tmp: Path) -> bool:
    db = tmp / "corrupt.db"
    run_cli(db, "load", "--quiet", str(ROOT / "seeds"))
    assert run_cli(db, "backup", str(tmp / "corrupt-backup.db"))[0] == 0
    db.write_bytes(b"garbage " * 1000)
    for extra in ("-wal", "-shm"):
        db.with_name(db.name + extra).unlink(missing_ok=True)
    status, _, err = run_cli(db, "ask", "Hegseth NATO")
    refused = _refused_once(status, err) and "not a database" in err
    (tmp / "corrupt-backup.db").replace(db)
    status, out, _ = run_cli(db, "ask", "Hegseth NATO")
    return refused and status == 0 and "Hegseth" in out


def _kill_when(proc: subprocess.Popen[bytes], ready: Callable[[], bool]) -> bool:
    """SIGKILL the process group as soon as `ready()` (or never, if it ends first)."""
    while proc.poll() is None and not ready():
        time.sleep(0.001)
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    return killed


def fault_kill_backup_and_import(tmp: Path) -> bool:
    db = tmp / "big.db"
    run_cli(db, *load_args(write_jsonl(synthetic_articles(1500, seed=4), tmp / "big.jsonl")))
    target = tmp / "big-backup.db"
    partial = target.with_name(target.name + ".partial")
    killed = _kill_when(start_cli(db, "backup", str(target)), partial.exists)
    backup_ok = not target.exists() or dump(target) == dump(db)
    backup_ok = backup_ok and run_cli(db, "backup", str(target))[0] == 0
    backup_ok = backup_ok and dump(target) == dump(db) and not check_store(target)
    export = tmp / "big.export.jsonl"
    run_cli(db, "export", "--output", str(export))
    copy = tmp / "big-import.db"
    killed_import = _kill_when(start_cli(copy, "import", str(export)),
                               lambda: articles_in(copy) >= 400)
    partial_ok = not copy.exists() or not check_store(copy, statement_counts(db))
    status = run_cli(copy, "import", str(export))[0]
    print(f"  (backup killed while running: {killed}; import killed while running: "
          f"{killed_import})")
    return backup_ok and partial_ok and status == 0 and dump(copy) == dump(db)


def fault_truncated_jsonl(tmp: Path) -> bool:
    docs = synthetic_articles(60, seed=5)
    whole = write_jsonl(docs, tmp / "whole.jsonl")
    cut = tmp / "cut.jsonl"
    cut.write_bytes(whole.read_bytes()[: len(whole.read_bytes()) * 2 // 3])
    db = tmp / "cut.db"
    status, _, err = run_cli(db, *load_args(cut))
    first = _refused_once(status, err) and len(err.strip().splitlines()) == 1
    clean = tmp / "cut-clean.db"
    run_cli(clean, *load_args(whole))
    return first and run_cli(db, *load_args(whole))[0] == 0 and dump(db) == dump(clean)


FAULTS: dict[str, Callable[[Path], bool]] = {
    "database locked by another writer": fault_locked,
    "disk full during a bulk load": fault_disk_full,
    "corrupt database, restored from backup": fault_corrupt,
    "SIGKILL during backup and during import": fault_kill_backup_and_import,
    "JSONL cut off mid-line": fault_truncated_jsonl,
}


def faults(tmp: Path) -> bool:
    results = {}
    for name, scenario in FAULTS.items():
        folder = tmp / f"fault-{len(results)}"
        folder.mkdir()
        results[name] = scenario(folder)
    failed = [name for name, ok in results.items() if not ok]
    print(f"fault scenarios recovered {len(results) - len(failed)}/{len(results)}: "
          + "; ".join(f"{n} {'ok' if ok else 'FAILED'}" for n, ok in results.items()))
    return not failed


def telegram() -> bool:
    script = ROOT / "bench" / "robustness_telegram.py"
    if not script.exists():
        print("telegram: not run: bench/robustness_telegram.py missing")
        return True
    result = subprocess.run([sys.executable, str(script)], cwd=ROOT, check=False,
                            capture_output=True, text=True)
    for line in (result.stdout + result.stderr).splitlines():
        print(f"telegram: {line}")
    return result.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kill-runs", type=int, default=20)
    parser.add_argument("--articles", type=int, default=600, help="articles per kill run")
    parser.add_argument("--read-articles", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="onrecord-robust-") as name:
        tmp = Path(name)
        started = time.perf_counter()
        corpus_ok, damaged = bad_inputs(tmp)
        kills_ok, partial = kill_test(tmp, args.kill_runs, args.articles)
        print(f"crashes {0 if corpus_ok else 'SOME (see FAIL lines)'}; store damaged by bad "
              f"input {damaged}")
        ok = [corpus_ok, kills_ok, partial == 0, reads_test(tmp, args.read_articles),
              faults(tmp)]
        print(f"done in {time.perf_counter() - started:.0f} s")
    ok.append(telegram())
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
