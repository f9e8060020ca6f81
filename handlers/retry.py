"""Outgoing requests: Telegram's flood limits, and retries of transient failures.

AIORateLimiter keeps to about 30 messages a second overall and 20 a minute per group,
and waits out a RetryAfter (429). It does not retry anything else; this subclass also
retries transient failures (5xx answers, dropped connections, timeouts: PTB's
NetworkError and TimedOut, but never BadRequest, which is a NetworkError too) a bounded
number of times with exponential backoff.

At-least-once, not exactly-once: Telegram has no idempotency key. A retry after a
failure that happened before Telegram processed the request (5xx, a refused or dropped
connection before the answer was produced) sends the message once. A retry after a
failure that hid a processed request (the connection dropped after Telegram sent the
message, or a read timeout) sends it twice. Not retrying would lose the answer instead.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

Result = bool | dict[str, Any] | list[dict[str, Any]]

# Backoff between attempts: FIRST_BACKOFF, doubled each time, at most MAX_BACKOFF seconds.
FIRST_BACKOFF = 0.25
MAX_BACKOFF = 4.0


def is_transient(error: Exception) -> bool:
    """5xx, dropped connections and timeouts (TimedOut is a NetworkError); not BadRequest."""
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


def backoff(attempt: int) -> float:
    return min(MAX_BACKOFF, FIRST_BACKOFF * 2**attempt)


class RetryingRateLimiter(AIORateLimiter):
    """AIORateLimiter that also retries transient errors `transient_retries` times."""

    def __init__(self, *, max_retries: int, transient_retries: int) -> None:
        super().__init__(max_retries=max_retries)
        self.transient_retries = transient_retries

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        for attempt in range(self.transient_retries + 1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except NetworkError as error:
                if not is_transient(error) or attempt == self.transient_retries:
                    raise
                delay = backoff(attempt)
                # The message is PTB's (status phrase or httpx error), never the URL.
                log.warning("%s failed (%s); retry %d of %d in %.2fs", endpoint, error,
                            attempt + 1, self.transient_retries, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises
