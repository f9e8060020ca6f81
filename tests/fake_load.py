"""Load and fault scenarios against the fake Bot API, shared by the tests and the bench.

`queue_queries` queues N private questions from N different users at once (so the
per-user limit never applies); `wait_answered` waits until every one has a processed
sendMessage; `handling_times` measures each from the update's arrival at the server
(push) to the answer's arrival (the server records both). `run_scenario` injects one
fault, asks a question and checks it is answered, how many copies arrived and how many
the user still sees once the server is idle and the bot has deleted the copies it found.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from fake_bot_api import FakeBotApi

from bot.config import Settings

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "123456789:LOAD-token-for-the-fake-api"
QUESTIONS = (
    "what did Hegseth say on NATO",
    "Hegseth NATO",
    "who said the war must end soon",
    "what did Zelensky say",
)
FIRST_USER = 500_000
# The bot's read timeout (ONRECORD_API_TIMEOUT) in fault scenarios, and how long a "slow"
# sendMessage is held there: past the timeout, so the bot retries and the held request is
# processed after the retry's answer (a late copy). Short, so scenarios stay quick.
SCENARIO_API_TIMEOUT = 0.5
SLOW_PAST_TIMEOUT = 1.5
# Seconds a scenario waits for the copies of its answer to be deleted (the bot's late
# probe rounds come 1 s and 5 s after the answer: handlers.duplicates.LATE_PROBE_DELAYS).
SETTLE_TIMEOUT = 8.0
# Seconds without a call after which a settled chat counts as settled for good: longer
# than the first retry's backoff (handlers.retry.FIRST_BACKOFF).
QUIET = 1.0
# (method, fault kind) pairs run by `run_scenario`, each once; fake_faults describes them.
SCENARIOS = tuple(
    (method, kind)
    for method in ("sendMessage", "getUpdates")
    for kind in ("429", "500", "502", "slow", "drop", "drop-after")
)


def settings_for(api: FakeBotApi, db_path: Path, **extra: object) -> Settings:
    """Settings for a bot under load: the fake server, a fresh database, the seeds."""
    values: dict[str, object] = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "TELEGRAM_API_FILE_URL": api.file_url,
        "ONRECORD_DB_PATH": db_path,
        "ONRECORD_SEEDS_DIR": ROOT / "seeds",
        **extra,
    }
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


def answers(api: FakeBotApi, chat_id: int) -> int:
    """How many messages the chat really received (processed sendMessage calls)."""
    return sum(1 for call in api.calls_to("sendMessage", processed_only=True)
               if call.params.get("chat_id") == chat_id)


def visible_answers(api: FakeBotApi, chat_id: int) -> int:
    """How many of the bot's messages the chat still shows (received minus deleted)."""
    return len(api.bot_messages(chat_id))


async def wait_settled(api: FakeBotApi, users: list[int], timeout: float = SETTLE_TIMEOUT
                       ) -> None:
    """Wait (at most `timeout`) until the server holds no request, each user sees one
    answer and no call came for QUIET seconds (the bot may be backing off before a retry,
    while other chats' updates go on); a late copy or one the bot did not delete shows in
    `visible_answers`."""
    def settled() -> bool:
        return api.in_flight == 0 and all(visible_answers(api, u) == 1 for u in users)

    deadline = time.monotonic() + timeout
    with contextlib.suppress(TimeoutError):
        while True:
            await api.wait_until(settled, deadline - time.monotonic())
            calls = len(api.calls)
            await asyncio.sleep(min(QUIET, max(0.0, deadline - time.monotonic())))
            if (len(api.calls) == calls and settled()) or time.monotonic() >= deadline:
                return


async def queue_queries(api: FakeBotApi, n: int, first_user: int = FIRST_USER) -> dict[int, int]:
    """Queue `n` questions from `n` users; returns user id -> update id."""
    pushed = {}
    for i in range(n):
        user = first_user + i
        update = await api.send_private_text(user, QUESTIONS[i % len(QUESTIONS)])
        pushed[user] = update["update_id"]
    return pushed


async def wait_answered(api: FakeBotApi, users: list[int], timeout: float) -> None:
    wanted = set(users)

    def done() -> bool:
        seen = {call.params.get("chat_id") for call in api.calls_to("sendMessage",
                                                                      processed_only=True)}
        return wanted <= seen

    await api.wait_until(done, timeout)


def handling_times(api: FakeBotApi, pushed: dict[int, int]) -> list[float]:
    """Seconds from each question's push to the first answer to its user (answered only)."""
    first: dict[int, float] = {}
    for call in api.calls_to("sendMessage", processed_only=True):
        first.setdefault(call.params.get("chat_id"), call.at)  # type: ignore[arg-type]
    return sorted(first[user] - api.pushed_at[update]
                  for user, update in pushed.items() if user in first)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)] if ordered else 0.0


@dataclass
class LoadResult:
    queued: int
    answered: int
    duplicates: int  # users who received more than one answer
    drain_seconds: float
    p50: float
    p99: float


async def run_load(api: FakeBotApi, n: int, timeout: float,
                   first_user: int = FIRST_USER) -> LoadResult:
    """Queue `n` questions at once and wait until all are answered (or `timeout`)."""
    started = time.monotonic()
    pushed = await queue_queries(api, n, first_user)
    with contextlib.suppress(TimeoutError):  # counted below: answered N of n
        await wait_answered(api, list(pushed), timeout)
    drained = time.monotonic() - started
    counts = Counter(call.params.get("chat_id")
                     for call in api.calls_to("sendMessage", processed_only=True))
    times = handling_times(api, pushed)
    return LoadResult(n, sum(1 for u in pushed if counts[u]),
                      sum(1 for u in pushed if counts[u] > 1),
                      drained, percentile(times, 0.5), percentile(times, 0.99))


@dataclass
class ScenarioResult:
    name: str
    recovered: bool  # answered, and the bot answered the next question too
    copies: int  # messages the user received for the faulted question
    visible: int  # of those, the ones the user still sees (copies found are deleted)

    @property
    def exactly_once(self) -> bool:
        return self.recovered and self.visible == 1


async def run_scenario(api: FakeBotApi, method: str, kind: str, user: int,
                       timeout: float = 15) -> ScenarioResult:
    """One fault on the next `method` call while a question is being answered.

    A "slow" sendMessage is held SLOW_PAST_TIMEOUT seconds: past the read timeout of a bot
    configured with SCENARIO_API_TIMEOUT (with a longer timeout it is merely slow).
    """
    taken = len(api.faults.injected)
    slow_send = (method, kind) == ("sendMessage", "slow")
    api.inject(method, kind, **({"delay": SLOW_PAST_TIMEOUT} if slow_send else {}))
    if method == "getUpdates":  # let the faulted poll begin, so it carries the question
        await api.wait_until(lambda: len(api.faults.injected) > taken, timeout)
    name = f"{method} {kind}"
    try:
        await api.send_private_text(user, QUESTIONS[0])
        await wait_answered(api, [user], timeout)
        await api.send_private_text(user + 1, QUESTIONS[1])  # still polling, still answering
        await wait_answered(api, [user + 1], timeout)
    except TimeoutError:
        return ScenarioResult(name, False, answers(api, user), visible_answers(api, user))
    # Counted once the server is idle (a held request processed) and copies are deleted.
    await wait_settled(api, [user, user + 1])
    return ScenarioResult(name, True, answers(api, user), visible_answers(api, user))
