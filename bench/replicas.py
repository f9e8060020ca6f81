"""Two webhook replicas on PostgreSQL + Redis under Telegram's delivery, one killed mid-run.

    .venv/bin/python bench/replicas.py [--updates 1000] [--duration 150] [--json]

Starts the fake Bot API (tests/fake_bot_api.py, imported from tests/ as the other
benches do; Telegram's flood limits on), a fresh PostgreSQL database, an empty Redis
database (bench/replicas_procs.py), two real `onrecord run --webhook` processes (same
secret, own ports) and `onrecord worker`, as docker-compose's scale profile runs them,
all started at once on the empty database (migrations, the queue's schema, the seed).
It delivers the updates of bench/replicas_plan.py (50 users, 5 groups) as Telegram does
(bench/replicas_load.py: round-robin, at most 40 at once, an update not answered 200
redelivered to the other replica after a pause). After --kill-after updates replica 0
is SIGKILLed as one of its answers reaches the fake server (the documented window:
answered, not yet marked done; `--kill now`: at once) and restarted 2 s later. The run
ends when every update got a 200 (the killed replica's claims expire after
handlers.webhook.WORKING_TTL, 300 s). Checks (bench/replicas_check.py): every update
answered at the fake server, twice only inside the window, no group over 20 messages in
any 60 s, the bot never over 30 in any 1 s, no 429; p50/p99 from an update's first
delivery to its answer reaching the fake server. Exit status 1 if a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from replicas_check import Asked, attribute, summarise
from replicas_load import (
    Deliverer,
    Kill,
    RecordingApi,
    kill_trigger,
    take_kill,
)
from replicas_plan import Event, plan
from replicas_procs import ROOT, BenchDatabases, Replica

TOKEN = "123456789:REPLICAS-token-for-the-fake-api"
SECRET = "bench-replicas-secret"
RESTART_AFTER = 2.0  # seconds between the kill and the restart
KILL_FALLBACK = 15.0  # kill anyway if no answer of the victim came this long after arming
SETTLE = 3.0  # seconds to wait for stray messages once every update was answered 200


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def replica_env(api: RecordingApi, dbs: BenchDatabases) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url,
        "TELEGRAM_API_FILE_URL": api.file_url, "ONRECORD_WEBHOOK_SECRET": SECRET,
        "ONRECORD_DATABASE_URL": dbs.database_url, "ONRECORD_REDIS_URL": dbs.redis_url,
        "ONRECORD_SEEDS_DIR": str(ROOT / "seeds"), "ONRECORD_EXTRACT_WORKERS": "1",
        "ONRECORD_DB_PATH": "unused.db",
    }


async def make_update(api: RecordingApi, event: Event) -> tuple[dict[str, Any], Asked]:
    """The update Telegram would deliver for `event`, and what is owed for it."""
    kind = event.kind
    pressed = api.latest_buttons.get(event.user) if kind == "callback" else None
    if kind == "callback" and pressed is not None:
        data = next(b["callback_data"] for row in pressed["reply_markup"]["inline_keyboard"]
                    for b in row if "callback_data" in b)
        update = await api.press_button(pressed, data, event.user)
        return update, Asked(update["update_id"], kind, event.user,
                             update["callback_query"]["id"])
    if kind == "inline":
        update = await api.send_inline_query(event.user, event.text)
        return update, Asked(update["update_id"], kind, None, update["inline_query"]["id"])
    if kind in ("ask", "mention"):
        prefix = "/ask" if kind == "ask" else f"@{api.bot_user['username']}"
        update = await api.send_group_text(event.chat, event.user, f"{prefix} {event.text}")
        chat = event.chat
    else:
        kind = "private"  # a press with nothing to press on yet asks instead
        update = await api.send_private_text(event.user, event.text)
        chat = event.user
    return update, Asked(update["update_id"], kind, chat, str(update["message"]["message_id"]))


async def restart(replica: Replica, client: httpx.AsyncClient, kill: asyncio.Future[Kill]
                  ) -> float:
    """Reap the killed replica, start it again; seconds from the kill until it is ready."""
    killed = await kill
    await replica.reap()
    await asyncio.sleep(RESTART_AFTER)
    await replica.start()
    await replica.wait_ready(client)
    return time.monotonic() - killed.at


async def drive(api: RecordingApi, deliverer: Deliverer, victim: Replica,
                client: httpx.AsyncClient, events: list[Event], kill_after: int,
                in_window: bool, redeliver_every: int
                ) -> tuple[dict[int, Asked], Kill | None, float | None, float]:
    start = time.monotonic()
    kill: asyncio.Future[Kill] = asyncio.get_running_loop().create_future()
    restarted = asyncio.create_task(restart(victim, client, kill))
    asked: dict[int, Asked] = {}
    tasks = []
    for i, event in enumerate(events):
        await asyncio.sleep(max(0.0, start + event.at - time.monotonic()))
        if i == kill_after and not in_window:
            take_kill(api, deliverer, 0, victim.kill, kill, in_window=False)
        elif i == kill_after:
            kill_trigger(api, deliverer, 0, victim.kill, kill)
            asyncio.get_running_loop().call_later(KILL_FALLBACK, lambda: None if kill.done()
                                                  else take_kill(api, deliverer, 0,
                                                                 victim.kill, kill,
                                                                 in_window=False))
        update, owed = await make_update(api, event)
        owed.asked_at = time.monotonic()
        asked[owed.update_id] = owed
        again = redeliver_every > 0 and i % redeliver_every == redeliver_every - 1
        tasks.append(asyncio.create_task(deliverer.deliver(update, owed.chat, again=again)))
    await asyncio.gather(*tasks)
    killed = kill.result() if kill.done() else None
    back = await restarted if killed is not None else None
    restarted.cancel()
    await asyncio.sleep(SETTLE)
    return asked, killed, back, time.monotonic() - start


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


async def run(args: argparse.Namespace) -> dict[str, Any]:
    events = plan(args.updates, args.duration)
    dbs = BenchDatabases(args.postgres, args.redis)
    dbs.open()
    try:
        async with RecordingApi() as api, httpx.AsyncClient() as client:
            with tempfile.TemporaryDirectory(prefix="onrecord-replicas-") as tmp:
                env = replica_env(api, dbs)
                if args.no_redis:
                    env["ONRECORD_REDIS_URL"] = ""
                replicas = [Replica(f"replica{i}", free_port(), env, Path(tmp))
                            for i in range(2)]
                others = [] if args.no_worker else [
                    Replica("worker", 0, env, Path(tmp), argv=("worker",))]
                load_before = load_average()
                try:
                    for process in [*replicas, *others]:  # at once, on the empty database
                        await process.start()
                    ready = await asyncio.gather(*(r.wait_ready(client) for r in replicas))
                    for process in others:
                        assert process.process is not None
                        if process.process.returncode is not None:
                            raise RuntimeError(f"{process.name} exited while starting")
                    deliverer = Deliverer(client, [r.url for r in replicas], SECRET,
                                          concurrency=args.concurrency)
                    asked, kill, back, elapsed = await drive(
                        api, deliverer, replicas[0], client, events, args.kill_after,
                        args.kill == "window", args.redeliver_every)
                    load_after = load_average()
                finally:  # never leave a replica (or the worker) running
                    statuses = [await r.stop() for r in [*replicas, *others]]
                stray = attribute(asked, api, dbs.answer_log(), kill)
                result = summarise(asked, api, deliverer, kill, stray)
                problems = [line for r in [*replicas, *others] for line in r.log_problems()]
                articles = dbs.article_count()
    finally:
        dbs.close()
    result.update({
        "redelivered_after_200": deliverer.redelivered, "redis": not args.no_redis,
        "seed_articles_stored": articles, "replicas_ready_s": [round(x, 1) for x in ready],
        "elapsed_s": round(elapsed, 1), "load_before": load_before,
        "load_after": load_after, "exit_statuses_after_sigterm": statuses,
        "log_errors": len(problems), "log_error_lines": problems[:10],
    })
    if kill is not None:
        result["kill"] = {
            "after_updates": args.kill_after, "mode": args.kill, "in_window": kill.in_window,
            "in_flight_at_kill": len(kill.in_flight),
            "restarted_ready_after_s": None if back is None else round(back, 1)}
    return result


def failures(result: dict[str, Any]) -> list[str]:
    checks = {
        "every update answered": not result["unanswered"] and not result["never_acked"],
        "none answered twice outside the window": not result["answered_twice_outside_window"],
        "no message that answers no update": not any(
            count for name, count in result["extra_messages"].items()
            if name.endswith("unattributed")),
        "no group over 20 messages a minute": result["max_group_sends_per_60s"] <= 20,
        "the bot under 30 messages a second": result["max_bot_sends_per_1s"] <= 30,
        "no 429 from the (fake) Bot API": result["flood_429s"] == 0,
        "the seed stored once": result["seed_articles_stored"] == 1,
    }
    return [name for name, ok in checks.items() if not ok]


def show(result: dict[str, Any]) -> None:
    for key, value in result.items():
        print(f"{key}: {value}")
    failed = failures(result)
    print("checks: " + ("all passed" if not failed else "FAILED: " + "; ".join(failed)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--updates", type=int, default=1000)
    parser.add_argument("--duration", type=float, default=150.0,
                        help="seconds over which the updates arrive (default 150)")
    parser.add_argument("--kill-after", type=int, default=400,
                        help="kill replica 0 after this many updates (default 400)")
    parser.add_argument("--kill", choices=("window", "now"), default="window",
                        help="window: at the next answer of replica 0 reaching the server "
                        "(default); now: at once, whatever it is doing")
    parser.add_argument("--redeliver-every", type=int, default=50, metavar="N",
                        help="deliver every Nth update again after its 200, as Telegram "
                        "does when a 200 is lost (default 50; 0: never)")
    parser.add_argument("--no-redis", action="store_true",
                        help="a control: replicas without ONRECORD_REDIS_URL (state per "
                        "process), which the checks must catch")
    parser.add_argument("--no-worker", action="store_true",
                        help="without `onrecord worker` beside the replicas")
    parser.add_argument("--concurrency", type=int, default=40)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = asyncio.run(run(args))
    result["checks_failed"] = failures(result)
    if args.json:
        print(json.dumps(result))
    else:
        show(result)
    return 1 if result["checks_failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
