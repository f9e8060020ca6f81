"""Robustness of the Telegram side under load and faults, against the fake Bot API server.

    .venv/bin/python bench/robustness_telegram.py [--queries 1000] [--fault-rate 0.05]

The real Application (handlers.app.build_application) polls tests/fake_bot_api.py over
HTTP. Prints: queued queries answered N/total (no faults, then with random faults on
sendMessage and getUpdates), time to drain, p50/p99 handling time (push of the update to
the server -> arrival of the answer), and each fault scenario (tests/fake_load.py): the
bot's read timeout is SCENARIO_API_TIMEOUT there, so a "slow" sendMessage outlasts it. A
scenario passes when the question and the next one are answered and, once the server is
idle, the user sees exactly one answer (copies the bot received twice were deleted); the
line shows how many copies were delivered and how many remain visible. Exit status 1 when
a scenario fails.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from conftest import polling  # noqa: E402
from fake_bot_api import FakeBotApi  # noqa: E402
from fake_faults import SAFE_KINDS  # noqa: E402
from fake_load import (  # noqa: E402
    SCENARIO_API_TIMEOUT,
    SCENARIOS,
    LoadResult,
    ScenarioResult,
    run_load,
    run_scenario,
    settings_for,
)

from handlers.app import build_application  # noqa: E402

CHAOS_KINDS = (*SAFE_KINDS, "slow")  # faults after which a retry cannot duplicate


def show_load(title: str, result: LoadResult) -> None:
    print(f"{title}: queued queries answered {result.answered:,}/{result.queued:,}"
          f" (answered twice: {result.duplicates}); time to drain {result.drain_seconds:.1f} s;"
          f" handling time p50 {result.p50:.2f} s, p99 {result.p99:.2f} s")


async def load(n: int, fault_rate: float, db: Path) -> LoadResult:
    async with FakeBotApi() as api:
        if fault_rate:
            api.faults.random(("sendMessage", "getUpdates"), CHAOS_KINDS, fault_rate)
        async with polling(build_application(settings_for(api, db))):
            await api.wait_for_call("getUpdates")
            result = await run_load(api, n, timeout=60 + n / 5)
        if fault_rate:
            print(f"  faults injected: {len(api.faults.injected)}")
    return result


async def scenarios(db: Path) -> list[ScenarioResult]:
    rows = []
    async with FakeBotApi() as api:
        settings = settings_for(api, db, ONRECORD_API_TIMEOUT=SCENARIO_API_TIMEOUT)
        async with polling(build_application(settings)):
            await api.wait_for_call("getUpdates")
            for number, (method, kind) in enumerate(SCENARIOS):
                rows.append(await run_scenario(api, method, kind, 900_000 + 10 * number))
    return rows


def show_scenario(row: ScenarioResult) -> None:
    note = ("" if row.copies == row.visible else
            "  <- processed, then no answer in time: retried; the copy found and deleted"
            if row.exactly_once else "  <- copies left")
    print(f"  {'ok  ' if row.exactly_once else 'FAIL'} {row.name}: answer delivered "
          f"{row.copies}x, visible {row.visible}x{'' if row.recovered else ', NOT RECOVERED'}"
          f"{note}")


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--fault-rate", type=float, default=0.05)
    args = parser.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        show_load("no faults", await load(args.queries, 0.0, Path(tmp) / "a.db"))
        show_load(f"random faults ({args.fault_rate:.0%} of sendMessage/getUpdates calls)",
                  await load(args.queries, args.fault_rate, Path(tmp) / "b.db"))
        rows = await scenarios(Path(tmp) / "c.db")
    passed = sum(1 for row in rows if row.exactly_once)
    print(f"fault scenarios recovered {passed}/{len(rows)} (answered, exactly one answer "
          f"visible; copies deleted {sum(row.copies - row.visible for row in rows)}):")
    for row in rows:
        show_scenario(row)
    return 0 if passed == len(rows) else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
