"""Outgoing requests: Telegram's flood limits, retries of transient failures, no duplicates.

SharedRateLimiter (handlers.limiter) keeps to about 30 messages a second overall and 20
a minute per group, counted for all replicas, and waits out a RetryAfter (429). It does
not retry anything else; this subclass also retries transient failures (5xx answers,
dropped connections, timeouts: PTB's NetworkError and TimedOut, but never BadRequest,
which is a NetworkError too) a bounded number of times with exponential backoff.

Exactly once, as far as Telegram lets us tell. A retry after a failure that happened
before Telegram processed the request (an HTTP error answer such as a 5xx, a connection
never made) sends the message once. A failure that may hide a processed request (the
connection dropped before the answer, or the read timed out: a "lost" attempt) can leave
a copy, since the Bot API has no idempotency key. For sendMessage (the only method the
bot creates messages with) handlers.duplicates then finds the copy with an identical-
content editMessageText probe ("message is not modified" only for our own identical
message) and deletes it; sends to one chat take turns so the probe never reaches another
of our messages. The user may see the copy for a moment. It can remain when more than
MAX_DUPLICATE_PROBES other messages arrive in the chat during the retry, when it is
processed after the last late probe, or when the send fails in the end (then it may be
the only copy the user has). Not retrying would lose answers instead.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
from telegram import Update
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import BaseHandler, TypeHandler

from bot.state import SharedState
from handlers.chat_log import Lost
from handlers.context import Context
from handlers.duplicates import Duplicates
from handlers.limiter import Request, Result, SharedRateLimiter

log = logging.getLogger(__name__)

# Backoff between attempts: FIRST_BACKOFF, doubled each time, at most MAX_BACKOFF seconds.
FIRST_BACKOFF = 0.25
MAX_BACKOFF = 4.0
# Methods whose lost attempts are looked for and deleted: the bot sends only text
# messages (other send* methods would need editMessageCaption/Media probes).
PROBED_SENDS = frozenset({"sendMessage"})
# httpx errors raised before the request left this machine: Telegram never saw it.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The handler group that notes every incoming message id (before the flood gate, -1).
SEEN_GROUP = -2


def is_transient(error: Exception) -> bool:
    """5xx, dropped connections and timeouts (TimedOut is a NetworkError); not BadRequest."""
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


def may_have_landed(error: NetworkError) -> bool:
    """No answer came, yet Telegram may have processed the request.

    PTB raises HTTP error answers without a cause (or with the JSON parsing error, for
    nginx's HTML 502 page); a failure of the connection has the httpx error as its cause.
    """
    cause = error.__cause__
    # Left: a dropped connection, a read or write timeout, an unknown failure.
    return cause is not None and not isinstance(cause, (TelegramError, *NOT_SENT))


def backoff(attempt: int) -> float:
    return min(MAX_BACKOFF, FIRST_BACKOFF * 2**attempt)


class RetryingRateLimiter(SharedRateLimiter):
    """SharedRateLimiter that also retries transient errors `transient_retries` times."""

    def __init__(self, state: SharedState, *, max_retries: int, transient_retries: int) -> None:
        super().__init__(state, max_retries=max_retries)
        self.transient_retries = transient_retries
        self.duplicates = Duplicates(state)

    async def shutdown(self) -> None:
        await self.duplicates.shutdown()
        await super().shutdown()

    async def send(self, request: Request) -> Result:
        """The request retried; a sendMessage's lost attempts probed for copies."""
        chat = request.data.get("chat_id")

        async def attempt(lost: Lost | None = None) -> Result:
            return await self._retrying(request, lost)

        async def call(method: str, params: dict[str, Any]) -> Result:
            return await self._retrying(
                Request(request.callback, (method, params), request.kwargs, method, params),
                None)

        if request.endpoint not in PROBED_SENDS or chat is None:
            return await attempt()
        result: Result = await self.duplicates.send(chat, request.data, attempt, call)
        return result

    async def _retrying(self, request: Request, lost: Lost | None) -> Result:
        """The request through SharedRateLimiter, retried; lost attempts counted in `lost`."""
        for attempt in range(self.transient_retries + 1):
            try:
                return await super().send(request)
            except NetworkError as error:
                if not is_transient(error):
                    raise
                if lost is not None and may_have_landed(error):
                    lost.count += 1
                if attempt == self.transient_retries:
                    raise
                delay = backoff(attempt)
                # The message is PTB's (status phrase or httpx error), never the URL.
                log.warning("%s failed (%s); retry %d of %d in %.2fs", request.endpoint,
                            error, attempt + 1, self.transient_retries, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises


async def note_update(update: object, context: Context) -> None:
    """Remember the message ids an incoming update shows (the duplicate probe skips them)."""
    limiter = context.bot.rate_limiter
    if isinstance(update, Update) and isinstance(limiter, RetryingRateLimiter):
        try:
            await limiter.duplicates.see_update(update)
        except Exception as exc:  # the shared state failed: the probe may try more ids
            log.warning("could not note update %s: %r", update.update_id, exc)


def seen_handler() -> BaseHandler[Update, Context, None]:
    return TypeHandler(Update, note_update)
