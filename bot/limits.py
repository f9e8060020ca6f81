"""A per-user limit on questions, kept in the shared state (bot.state: every replica's).

Each user may ask `burst` questions within any window of burst * 60 / per_minute seconds
(the defaults: 8 in 24 s, 20 a minute): a sliding window per user id (`user:<id>`).
Over the limit the first message of a flood gets one notice and the rest get nothing
until the window has room again; a user who keeps flooding is answered as the window
frees up, without more notices, and gets a new notice only after a window's time without
a refused message (the flood is over: `user-notified:<id>`). Entries expire with their
window, so the state holds only users active in the last window. No Telegram here.
"""

from __future__ import annotations

import enum
import math

from bot.state import SharedState


class Verdict(enum.Enum):
    ALLOW = "allow"
    NOTIFY = "notify"  # over the limit: tell the user once
    DROP = "drop"  # over the limit, already told


class UserLimiter:
    """`check` answers whether to handle a user's message, and how long to wait if not."""

    def __init__(self, state: SharedState, per_minute: float, burst: int) -> None:
        if per_minute <= 0 or burst < 1:
            raise ValueError("per_minute must be positive and burst at least 1")
        self.state = state
        self.burst = burst
        self.window = burst * 60.0 / per_minute

    async def check(self, user_id: int) -> tuple[Verdict, int]:
        """Count this message if the user's window has room: (verdict, whole seconds until
        the user may ask again: 0 when allowed, else at least 1)."""
        wait = await self.state.acquire(f"user:{user_id}", self.burst, self.window)
        if wait == 0:
            return Verdict.ALLOW, 0
        seconds = max(1, math.ceil(wait))
        notified = f"user-notified:{user_id}"
        if await self.state.claim(notified, self.window):
            return Verdict.NOTIFY, seconds
        await self.state.set(notified, "1", self.window)  # still the same flood
        return Verdict.DROP, seconds
