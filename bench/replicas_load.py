"""Telegram's side of bench/replicas.py: the fake Bot API and the webhook deliveries.

`RecordingApi` is tests/fake_bot_api.py's FakeBotApi (Telegram's flood limits on, so a
message over 30 a second or 20 a minute in a group is refused with 429 and counted)
that also notes when each message reached it (`sent`: chat, message id -> time) and can
run a hook on a message just after it was processed (the bench kills a replica there).

`Deliverer` delivers updates as Telegram's webhook does through a load balancer: each
delivery goes to the next replica in turn (round-robin), at most `concurrency` at once
(Telegram's max_connections, 40 by default); an update not answered 200 (another status,
a refused or dropped connection, no answer within `timeout` s) is delivered again to the
OTHER replica after a pause (1 s, doubling, at most MAX_BACKOFF s) until one answers 200.
Some updates are delivered once more after their 200 (Telegram redelivers an update
whose 200 it did not receive): answered already, they must not be answered again.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fake_bot_api import FakeBotApi
from fake_flood import FloodLimits

from handlers.webhook import SECRET_HEADER

MAX_BACKOFF = 10.0


@dataclass
class Sent:
    chat: int
    message_id: int
    at: float
    reply_to: int | None  # reply_parameters.message_id
    buttons: bool


class RecordingApi(FakeBotApi):
    def __init__(self) -> None:
        super().__init__()
        self.flood = FloodLimits()
        self.sent: dict[tuple[int, int], Sent] = {}
        self.latest_buttons: dict[int, dict[str, Any]] = {}  # chat -> bot message
        self.on_sent: Callable[[Sent], None] | None = None

    def _send(self, params: dict[str, Any]) -> dict[str, Any]:
        message = super()._send(params)
        reply = params.get("reply_parameters") or {}
        markup = message.get("reply_markup") or {}
        buttons = any("callback_data" in b for row in markup.get("inline_keyboard", [])
                      for b in row)
        sent = Sent(message["chat"]["id"], message["message_id"], time.monotonic(),
                    reply.get("message_id"), buttons)
        self.sent[(sent.chat, sent.message_id)] = sent
        if buttons:
            self.latest_buttons[sent.chat] = message
        if self.on_sent is not None:
            self.on_sent(sent)
        return message

    def answered_ids(self, method: str, key: str) -> dict[str, list[float]]:
        """id -> arrival times of the processed calls of `method` (inline, callbacks)."""
        found: dict[str, list[float]] = {}
        for call in self.calls_to(method, processed_only=True):
            found.setdefault(str(call.params.get(key)), []).append(call.at)
        return found


@dataclass
class Delivery:
    update_id: int
    chat: int | None
    first: float
    attempts: list[tuple[int, float, float, str]] = field(default_factory=list)
    acked: float | None = None  # when a replica answered 200


class Deliverer:
    def __init__(self, client: httpx.AsyncClient, urls: list[str], secret: str, *,
                 concurrency: int = 40, timeout: float = 60.0) -> None:
        self.client = client
        self.urls = urls
        self.secret = secret
        self.timeout = timeout
        self.turn = itertools.count()
        self.slots = asyncio.Semaphore(concurrency)
        self.deliveries: dict[int, Delivery] = {}
        self.in_flight: list[set[int]] = [set() for _ in urls]
        self.statuses: Counter[str] = Counter()
        self.redelivered = 0  # updates delivered again after their 200 (a lost 200)

    async def deliver(self, update: dict[str, Any], chat: int | None, *,
                      again: bool = False) -> None:
        """Until a replica answers 200; `again`: then once more, to the other replica, as
        Telegram does when the 200 is lost on the way (the bench says it was)."""
        record = Delivery(update["update_id"], chat, time.monotonic())
        self.deliveries[record.update_id] = record
        body = json.dumps(update).encode()
        replica = next(self.turn) % len(self.urls)
        pause = 1.0
        while True:
            outcome = await self._post(replica, body, record)
            if outcome == "200":
                record.acked = time.monotonic()
                if again:
                    self.redelivered += 1
                    await self._post((replica + 1) % len(self.urls), body, record)
                return
            await asyncio.sleep(pause)
            pause = min(2 * pause, MAX_BACKOFF)
            replica = (replica + 1) % len(self.urls)

    async def _post(self, replica: int, body: bytes, record: Delivery) -> str:
        async with self.slots:
            began = time.monotonic()
            self.in_flight[replica].add(record.update_id)
            try:
                response = await self.client.post(
                    f"{self.urls[replica]}/telegram", content=body, timeout=self.timeout,
                    headers={"Content-Type": "application/json", SECRET_HEADER: self.secret})
                outcome = str(response.status_code)
            except httpx.TimeoutException:
                outcome = "timeout"
            except httpx.TransportError as exc:
                outcome = type(exc).__name__
            finally:
                self.in_flight[replica].discard(record.update_id)
            record.attempts.append((replica, began, time.monotonic(), outcome))
            self.statuses[outcome] += 1
            return outcome

    def in_flight_chats(self, replica: int) -> dict[int, int]:
        """chat -> how many of its updates are being delivered to `replica` now."""
        chats = (self.deliveries[u].chat for u in self.in_flight[replica])
        return Counter(chat for chat in chats if chat is not None)


@dataclass
class Kill:
    """The replica was SIGKILLed at `at`, while it had `in_flight` updates (ids)."""

    at: float
    in_flight: frozenset[int]
    in_window: bool  # killed right after one of its answers reached the fake server


def kill_trigger(api: RecordingApi, deliverer: Deliverer, victim: int,
                 kill: Callable[[], None], done: asyncio.Future[Kill]) -> None:
    """Arm the fake server: the next message it receives that only `victim` can have sent
    (every update of that chat being delivered is at the victim) kills the victim, just
    after the message was processed and before the victim hears back: the documented
    window (answered, not yet marked done)."""
    def on_sent(sent: Sent) -> None:
        here = deliverer.in_flight_chats(victim).get(sent.chat, 0)
        elsewhere = sum(deliverer.in_flight_chats(r).get(sent.chat, 0)
                        for r in range(len(deliverer.urls)) if r != victim)
        if here and not elsewhere and not done.done():
            take_kill(api, deliverer, victim, kill, done, in_window=True)

    api.on_sent = on_sent


def take_kill(api: RecordingApi, deliverer: Deliverer, victim: int,
              kill: Callable[[], None], done: asyncio.Future[Kill], *, in_window: bool
              ) -> None:
    in_flight = frozenset(deliverer.in_flight[victim])
    kill()
    api.on_sent = None
    done.set_result(Kill(time.monotonic(), in_flight, in_window))
