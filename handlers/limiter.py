"""Telegram's flood limits, counted in the shared state so that every replica keeps them.

Telegram lets a bot send about 30 messages a second in all and 20 a minute in one group
(Bot API FAQ); over that it answers 429 with a retry_after. PTB's AIORateLimiter counts
per process and halts every request after a 429; SharedRateLimiter counts in bot.state
(in memory, or in Redis for all replicas: `send:bot`, `send:chat:<id>`) and only the chat
concerned waits:

    a request with a chat_id       takes one of BOT_LIMIT per BOT_WINDOW s (the bot's)
    ... to a group                 and one of GROUP_LIMIT per GROUP_WINDOW s (the group's;
                                   a negative chat id or an @username, as PTB counts them)
    a 429 (RetryAfter)             the chat pauses for retry_after (`send:pause:<id>`, seen
                                   by all replicas), then the request is tried again, at
                                   most `max_retries` times
    answerInlineQuery, answerCallbackQuery, ...   not limited (no chat_id)

A request waits (asyncio.sleep: other chats go on meanwhile) until its budget allows it.
One that would wait more than MAX_BUDGET_WAIT seconds in all is dropped with OverBudget
instead, so that a group flooding the bot gets GROUP_LIMIT answers a minute and its
backlog drains; handlers.errors logs it and sends nothing (no apology over budget).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter, TelegramError
from telegram.ext import BaseRateLimiter

from bot.state import SharedState
from handlers.chat_log import ChatKey, chat_key

log = logging.getLogger(__name__)

Result = bool | dict[str, Any] | list[dict[str, Any]]

BOT_LIMIT, BOT_WINDOW = 30, 1.0  # Telegram: about 30 messages a second in all
GROUP_LIMIT, GROUP_WINDOW = 20, 60.0  # Telegram: 20 messages a minute in one group
# Telegram counts a message when it arrives, we when we send it: a group's window is kept
# this much longer, so that a slow request cannot make the 21st arrive within the minute.
ARRIVAL_MARGIN = 1.0
# Seconds a request may wait for its budget before it is dropped. Our choice: a group's
# answer may wait half a minute; a flood's backlog (the 21st answer of a minute and on)
# would wait longer and is dropped.
MAX_BUDGET_WAIT = 30.0
# Added to Telegram's retry_after before trying again (PTB's AIORateLimiter does the same).
RETRY_AFTER_MARGIN = 0.1


class OverBudget(TelegramError):
    """The request's chat (or the bot) is over its send budget for longer than allowed."""


@dataclass(frozen=True)
class Request:
    """One Bot API request as PTB hands it to a rate limiter."""

    callback: Callable[..., Coroutine[Any, Any, Result]]
    args: Any
    kwargs: dict[str, Any]
    endpoint: str
    data: dict[str, Any]
    rate_limit_args: int | None = None

    async def call(self) -> Result:
        return await self.callback(*self.args, **self.kwargs)


def is_group(chat: ChatKey) -> bool:
    return isinstance(chat, str) or chat < 0


def seconds(retry_after: int | timedelta) -> float:
    return retry_after.total_seconds() if isinstance(retry_after, timedelta) else retry_after


class SharedRateLimiter(BaseRateLimiter[int]):
    """The module's docstring; limits are read when it is built (tests shorten them)."""

    def __init__(self, state: SharedState, *, max_retries: int) -> None:
        self.state = state
        self.max_retries = max_retries
        self.bot_budget = (BOT_LIMIT, BOT_WINDOW)
        self.group_budget = (GROUP_LIMIT, GROUP_WINDOW + ARRIVAL_MARGIN)
        self.max_wait = MAX_BUDGET_WAIT

    async def initialize(self) -> None:
        """Nothing to set up: the state is opened by whoever passed it."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        return await self.send(
            Request(callback, args, kwargs, endpoint, data, rate_limit_args))

    async def send(self, request: Request) -> Result:
        """The request within its budgets, a RetryAfter waited out and retried."""
        data, endpoint = request.data, request.endpoint
        chat = None if data.get("chat_id") is None else chat_key(data["chat_id"])
        retries = request.rate_limit_args or self.max_retries
        for attempt in range(retries + 1):
            if chat is not None:
                await self._budget(chat, endpoint)
            try:
                return await request.call()
            except RetryAfter as exc:
                if attempt == retries:
                    log.warning("%s: still flood-limited after %d retries", endpoint, retries)
                    raise
                pause = seconds(exc.retry_after) + RETRY_AFTER_MARGIN
                log.info("%s to chat %s: flood limit, retrying in %.1f s", endpoint, chat, pause)
                if chat is not None:
                    await self.state.set(f"send:pause:{chat}", repr(time.time() + pause), pause)
                await asyncio.sleep(pause)
        raise AssertionError("unreachable")  # the loop returns or raises

    async def _budget(self, chat: ChatKey, endpoint: str) -> None:
        """Wait until the chat's pause is over and its budgets allow one more request."""
        waited = 0.0

        async def wait(seconds: float, what: str) -> None:
            nonlocal waited
            if waited + seconds > self.max_wait:
                log.info("%s to chat %s dropped: %s for %.0f s more", endpoint, chat, what,
                         seconds)
                raise OverBudget(f"chat {chat}: {what} for {seconds:.0f} s more")
            waited += seconds
            await asyncio.sleep(seconds)

        paused = await self.state.get(f"send:pause:{chat}")
        if paused is not None and float(paused) > time.time():
            await wait(float(paused) - time.time(), "paused by a flood limit")
        budgets = [(f"send:chat:{chat}", *self.group_budget)] if is_group(chat) else []
        for key, limit, window in [*budgets, ("send:bot", *self.bot_budget)]:
            while (needed := await self.state.acquire(key, limit, window)) > 0:
                await wait(needed, "over its send budget" if key != "send:bot"
                           else "the bot is over its send budget")
