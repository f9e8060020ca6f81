"""Telegram's flood limits, as the fake Bot API applies them (off unless a test sets them).

Telegram refuses a bot's messages beyond about 30 a second in all and 20 a minute in one
group (Bot API FAQ) with 429 Too Many Requests and parameters.retry_after. With
`api.flood = FloodLimits()` the fake server does the same to sendMessage (the only method
the bot creates messages with; edits are not counted): a refused call sends nothing and is
counted in `refused` per chat. Groups are chats with a negative id, as in PTB's limiter.
"""

from __future__ import annotations

import math
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

from telegram_html import ApiError


@dataclass
class FloodLimits:
    per_second: int = 30
    per_group: int = 20
    group_window: float = 60.0
    refused: Counter[Any] = field(default_factory=Counter)
    _all: deque[float] = field(default_factory=deque)
    _groups: dict[Any, deque[float]] = field(default_factory=dict)

    def check(self, chat_id: Any) -> None:
        """Count a message to `chat_id`, or raise the 429 Telegram would answer."""
        now = time.monotonic()
        windows = [(self._all, self.per_second, 1.0)]
        if isinstance(chat_id, str) or chat_id < 0:
            windows.append((self._groups.setdefault(chat_id, deque()), self.per_group,
                            self.group_window))
        for times, limit, window in windows:
            while times and times[0] <= now - window:
                times.popleft()
            if len(times) >= limit:
                self.refused[chat_id] += 1
                retry_after = max(1, math.ceil(times[0] + window - now))
                raise ApiError(429, f"Too Many Requests: retry after {retry_after}",
                               retry_after)
        for times, _limit, _window in windows:
            times.append(now)
