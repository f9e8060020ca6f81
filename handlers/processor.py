"""Updates are handled concurrently; the updates of one chat in the order they came.

PTB's default handles one update at a time, so a chat that waits (a group over its send
budget, a slow answer) held up every other chat. ChatOrderedProcessor, PTB's update
processor for polling and webhook alike, starts every update at once, at most
MAX_RUNNING running, and lets the updates of one chat take turns in arrival order: a
chat's questions are answered in the order asked, an edited question after the question,
presses on the buttons of one message one after the other (a button on an inline-mode
message: by that message). Inline queries and updates without a chat run unordered.
Handlers PTB runs with block=False (/load) run beside their chat's later updates, as before.

Waiting for its turn holds no running slot, so one chat's backlog never fills them.

Across replicas (a shared state in Redis), a chat's turn is also a lock in the shared
state (`order:<key>`), taken after the process's own turn: no two replicas handle
updates of one chat at the same time, so an edit that reaches one replica while another
is still answering the question waits, then edits that answer. Between replicas the
turn goes to whichever asks first after it is released (Redis locks are polled), not
strictly by arrival; within a process it stays first come, first served. A replica
that dies holding a turn holds up that chat for at most ORDER_TTL seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.state import MemoryState, SharedState

# Updates PTB hands over before it waits (its own semaphore): high, since updates waiting
# for their chat's turn hold a place there. Those beyond wait in PTB's queue.
MAX_PENDING = 100_000
# Updates handled at the same moment (searching, sending, waiting for a send budget).
MAX_RUNNING = 256
# Seconds a dead replica's chat turn outlives it (a live holder renews it every third).
ORDER_TTL = 10.0


def ordering_key(update: object) -> str | None:
    """The chat (or inline message) whose updates must keep their order; None: no order."""
    if not isinstance(update, Update):
        return None
    press = update.callback_query
    if press is not None and press.inline_message_id is not None:
        return f"inline:{press.inline_message_id}"
    if update.inline_query is not None or update.chosen_inline_result is not None:
        return None
    chat = update.effective_chat
    return None if chat is None else f"chat:{chat.id}"


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Concurrent updates, in order within a chat (the module's docstring)."""

    def __init__(self, max_running: int = MAX_RUNNING, shared: SharedState | None = None
                 ) -> None:
        """`shared`: the state other replicas see (None: this process is the only one)."""
        super().__init__(MAX_PENDING)
        self._running = asyncio.Semaphore(max_running)
        self._turns = MemoryState()  # its locks: per key, first come first served
        self._shared = shared

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = ordering_key(update)
        started = False
        try:
            turn = self._turns.lock(key) if key else contextlib.nullcontext()
            across = (self._shared.lock(f"order:{key}", ORDER_TTL)
                      if key and self._shared is not None else contextlib.nullcontext())
            async with turn, across, self._running:
                started = True
                await coroutine
        finally:
            if not started and inspect.iscoroutine(coroutine):
                coroutine.close()  # cancelled while waiting: never ran

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: updates still running are awaited by Application.stop."""
