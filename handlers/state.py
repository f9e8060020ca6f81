"""Small in-memory state kept in bot_data: the group cooldown and the answer log."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

# Entries kept before the oldest are forgotten.
COOLDOWN_ENTRIES = 10_000
ANSWER_ENTRIES = 10_000


class BoundedMap(Generic[K, V]):
    """A dict that forgets its least recently used entries beyond `size`."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        if key not in self._items:
            return None
        self._items.move_to_end(key)
        return self._items[key]

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class Cooldown:
    """Per-chat spam guard: the same query in the same chat within `window` seconds is refused."""

    def __init__(self, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.window = window
        self._clock = clock
        self._seen: BoundedMap[tuple[int, str], float] = BoundedMap(COOLDOWN_ENTRIES)

    def allow(self, chat_id: int, query: str) -> bool:
        """True (and remembered) unless this chat asked the same query too recently."""
        key = (chat_id, " ".join(query.lower().split()))
        now = self._clock()
        last = self._seen.get(key)
        if last is not None and now - last < self.window:
            return False
        self._seen.put(key, now)
        return True


# (chat id, asking message id) -> the id of the bot's answer, so an edited query edits it.
AnswerLog = BoundedMap[tuple[int, int], int]
