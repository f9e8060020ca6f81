"""Sending the pushes queued in the store's outbox (bot/push.py queues them).

The running bot claims due pushes (every POLL_SECONDS, and at once when this process
queued some), sends each as one message through the bot, so through the shared send
budget (handlers.limiter: 30/s for the bot, 20/min per group) and its retries, at most
PUSH_RATE a second, and records the outcome in the store:

    sent                            'sent' (never claimed again; a reload adds no row)
    403 Forbidden, chat not found   the chat blocked the bot or left: its follows are
                                    removed, the push 'dropped'
    over the send budget            (a group's 20 a minute) due again a window later
    group upgraded to a supergroup  its follows and unsent pushes move to the new id
    any other failure               due again after RETRY_SECONDS * attempts, at most
                                    MAX_ATTEMPTS times, then 'failed'

A claim is a lease (LEASE_SECONDS): a bot that dies mid-send leaves its pushes to be
claimed again by the next start or another replica; only a push sent but not yet
recorded when the process died can then arrive twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError
from telegram.ext import Application

from bot import push as outbox
from bot.models import StoredStatement
from bot.push_cards import push_card
from bot.store.port import Push, Store
from handlers.answer import source_button
from handlers.limiter import GROUP_WINDOW, OverBudget
from handlers.private import statement_link

log = logging.getLogger(__name__)

POLL_SECONDS = 2.0  # how often the outbox is read for pushes queued by other processes
CLAIM_BATCH = 200
LEASE_SECONDS = 600.0  # long enough for a group's 20 a minute to let a batch through
MAX_ATTEMPTS = 5
RETRY_SECONDS = 30.0
# Pushes a second, at most: under the bot's 30 (handlers.limiter), so that answers to
# questions still get through during a large push, and so that a burst's requests,
# arriving late at Telegram, do not crowd into the next second's 30.
PUSH_RATE = 25.0
GONE_CHAT = ("chat not found", "chat_id is empty", "group chat was upgraded")


class PushSender:
    """One per running Application: `start()` in post_init, `await stop()` at shutdown."""

    def __init__(self, app: Application, store: Store) -> None:
        self.app, self.store = app, store
        self._wake = asyncio.Event()
        self._pace = asyncio.Lock()  # pushes take turns (PUSH_RATE)
        self._last_sent = 0.0  # loop time the last push went
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        outbox.LISTENERS.append(self._wake.set)
        self._task = asyncio.create_task(self._run(), name="onrecord-pushes")

    async def stop(self) -> None:
        with contextlib.suppress(ValueError):
            outbox.LISTENERS.remove(self._wake.set)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        """Keep up to CLAIM_BATCH pushes in flight: claim more as sends finish (a group
        waiting for its budget holds only its own pushes), else wait for a wake-up."""
        in_flight: set[asyncio.Task[None]] = set()
        try:
            await self._loop(in_flight)
        finally:  # stopping: pushes not yet sent are handed back (handlers.push.deliver)
            for task in in_flight:
                task.cancel()
            await asyncio.gather(*in_flight, return_exceptions=True)

    async def _loop(self, in_flight: set[asyncio.Task[None]]) -> None:
        while True:
            self._wake.clear()  # before claiming: a later queue_pushes wakes the wait below
            claimed: list[Push] = []
            if len(in_flight) < CLAIM_BATCH:
                try:
                    claimed = await self.store.claim_pushes(CLAIM_BATCH - len(in_flight),
                                                            LEASE_SECONDS)
                except Exception:  # the store failed: try again at the next poll
                    log.exception("claiming pushes failed")
            for push in claimed:
                in_flight.add(asyncio.create_task(self._deliver_safely(push)))
            if claimed and len(in_flight) < CLAIM_BATCH:
                continue  # more may be due
            waker = asyncio.create_task(self._wake.wait())
            try:
                done, _ = await asyncio.wait({waker, *in_flight}, timeout=POLL_SECONDS,
                                             return_when=asyncio.FIRST_COMPLETED)
            finally:
                waker.cancel()
            in_flight -= done

    async def _deliver_safely(self, push: Push) -> None:
        try:
            await self.deliver(push)
        except Exception:  # recording the outcome failed: the lease brings it back
            log.exception("push %s not recorded", push.id)

    async def deliver(self, push: Push) -> None:
        statements = await self.store.get_statements(list(push.statement_ids))
        if not statements:  # the article was forgotten meanwhile
            await self.store.finish_push(push.id, "dropped")
            return
        try:
            await self._turn()
        except asyncio.CancelledError:  # stopping before it went: due again at once
            await asyncio.shield(self.store.finish_push(push.id, "pending"))
            raise
        try:
            await self.app.bot.send_message(push.chat_id, push_card(statements),
                                            reply_markup=self.keyboard(statements))
        except Forbidden as exc:
            await self._chat_gone(push, exc)
        except ChatMigrated as exc:  # a group became a supergroup: follow it there
            moved = await self.store.move_chat(push.chat_id, int(exc.new_chat_id))
            log.info("chat %s is now %s: %d follows moved", push.chat_id, exc.new_chat_id, moved)
            await self.store.finish_push(push.id, "pending")
        except BadRequest as exc:
            if any(words in exc.message.lower() for words in GONE_CHAT):
                await self._chat_gone(push, exc)
            else:
                await self._failed(push, exc)
        except (TelegramError, OSError) as exc:
            await self._failed(push, exc)
        else:
            await self.store.finish_push(push.id, "sent")

    async def _turn(self) -> None:
        """Wait for this push's turn: 1/PUSH_RATE seconds after the previous push went,
        measured when it went (so pushes held up by a busy process go out one by one
        afterwards, not in a burst)."""
        async with self._pace:
            loop = asyncio.get_running_loop()
            await asyncio.sleep(max(0.0, self._last_sent + 1 / PUSH_RATE - loop.time()))
            self._last_sent = loop.time()

    def keyboard(self, statements: list[StoredStatement]) -> InlineKeyboardMarkup:
        link = statement_link(self.app.bot.username, statements[0].id)
        row = [InlineKeyboardButton("Full record", url=link)]
        source = source_button(statements[0])
        if source is not None:
            row.append(source)
        return InlineKeyboardMarkup([row])

    async def _chat_gone(self, push: Push, exc: TelegramError) -> None:
        removed = await self.store.remove_chat_follows(push.chat_id)
        log.info("chat %s is gone (%s): %d follows removed", push.chat_id, exc, removed)
        await self.store.finish_push(push.id, "dropped")

    async def _failed(self, push: Push, exc: Exception) -> None:
        if isinstance(exc, OverBudget):  # a group's 20 a minute: its turn comes, no failure
            await self.store.finish_push(push.id, "pending", retry_in=GROUP_WINDOW)
            return
        if push.attempts >= MAX_ATTEMPTS:
            log.warning("push %s to chat %s failed for good: %r", push.id, push.chat_id, exc)
            await self.store.finish_push(push.id, "failed")
            return
        log.info("push %s to chat %s failed (%r); retried later", push.id, push.chat_id, exc)
        await self.store.finish_push(push.id, "pending", retry_in=RETRY_SECONDS * push.attempts)


_SENDERS: dict[int, PushSender] = {}


def start_pushes(app: Application, store: Store) -> PushSender:
    sender = _SENDERS[id(app)] = PushSender(app, store)
    sender.start()
    return sender


async def stop_pushes(app: Application) -> None:
    sender = _SENDERS.pop(id(app), None)
    if sender is not None:
        await sender.stop()
