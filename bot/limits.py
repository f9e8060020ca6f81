"""A per-user limit on questions: a token bucket per user id, bounded in size.

Each user may ask `burst` questions at once, then one every 60/`per_minute` seconds.
Over the limit the first message of a flood gets one notice and the rest get nothing
until a token comes back; a user who keeps flooding is answered at that rate without
more notices, and gets a new notice only after the bucket has filled up again (the
flood is over). Pure logic, no Telegram: the clock is injectable.
"""

from __future__ import annotations

import enum
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

# Users tracked at once; the least recently seen are forgotten (they start with a full bucket).
MAX_USERS = 10_000


class Verdict(enum.Enum):
    ALLOW = "allow"
    NOTIFY = "notify"  # over the limit: tell the user once
    DROP = "drop"  # over the limit, already told


@dataclass
class _Bucket:
    tokens: float
    updated: float
    notified: bool = False


class UserLimiter:
    """Token buckets per user id; `check` answers whether to handle a user's message."""

    def __init__(
        self, per_minute: float, burst: int, *, max_users: int = MAX_USERS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute <= 0 or burst < 1:
            raise ValueError("per_minute must be positive and burst at least 1")
        self.rate = per_minute / 60.0  # tokens per second
        self.burst = burst
        self.max_users = max_users
        self._clock = clock
        self._buckets: OrderedDict[int, _Bucket] = OrderedDict()

    def check(self, user_id: int) -> Verdict:
        """Take a token for this message if there is one."""
        bucket = self._refilled(user_id)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return Verdict.ALLOW
        if bucket.notified:
            return Verdict.DROP
        bucket.notified = True
        return Verdict.NOTIFY

    def wait_seconds(self, user_id: int) -> int:
        """Whole seconds until this user may ask again (at least 1)."""
        bucket = self._refilled(user_id)
        return max(1, math.ceil((1 - bucket.tokens) / self.rate))

    def __len__(self) -> int:
        return len(self._buckets)

    def _refilled(self, user_id: int) -> _Bucket:
        now = self._clock()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = _Bucket(float(self.burst), now)
            self._buckets[user_id] = bucket
            while len(self._buckets) > self.max_users:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(user_id)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        if bucket.tokens >= self.burst:
            bucket.notified = False  # the flood is over
        return bucket
