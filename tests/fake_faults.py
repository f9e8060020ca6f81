"""Faults the fake Bot API server injects, scripted (the next N calls) or at random.

Kinds, per Bot API method (sendMessage, getUpdates, ...):
    "429"         Too Many Requests with parameters.retry_after (nothing processed)
    "500", "502"  Internal Server Error / Bad Gateway (an HTML body, as nginx sends; nothing
                  processed)
    "slow"        the request is held `delay` seconds, then processed and answered; past
                  the client's read timeout the client has given up and retried, and the
                  held request is processed after the retry (a late copy)
    "drop"        the connection is closed BEFORE processing: nothing happened, a retry
                  is safe
    "drop-after"  the request is processed, then the connection is closed without an
                  answer: the client cannot know, and a retry sends the message again

Every call records whether it was processed (Call.processed), so a test can count the
messages a user received; FakeBotApi.bot_messages(chat) is what the chat still shows
after the bot deleted copies.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

KINDS = ("429", "500", "502", "slow", "drop", "drop-after")
# Kinds after which nothing was processed: a client retry is safe.
SAFE_KINDS = ("429", "500", "502", "drop")
SLOW_SECONDS = 0.3
RETRY_AFTER = 1
NGINX_502 = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


@dataclass
class Fault:
    kind: str
    retry_after: int = RETRY_AFTER
    delay: float = SLOW_SECONDS

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault {self.kind!r}; known: {KINDS}")


@dataclass
class Chaos:
    """Random faults: each call of a listed method fails with probability `rate`."""

    methods: frozenset[str]
    kinds: tuple[str, ...]
    rate: float
    rng: random.Random = field(default_factory=lambda: random.Random(6))
    options: dict[str, Any] = field(default_factory=dict)  # e.g. delay= for "slow"


class FaultPlan:
    """What the server does to the next calls; scripted faults come before random ones."""

    def __init__(self) -> None:
        self._next: dict[str, list[Fault]] = {}
        self.chaos: Chaos | None = None
        self.injected: list[tuple[str, str]] = []  # (method, kind), in order

    def add(self, method: str, fault: Fault, times: int = 1) -> None:
        self._next.setdefault(method.lower(), []).extend([fault] * times)

    def random(
        self, methods: tuple[str, ...], kinds: tuple[str, ...], rate: float, seed: int = 6,
        **options: Any,
    ) -> None:
        for kind in kinds:
            Fault(kind, **options)  # validates
        self.chaos = Chaos(frozenset(m.lower() for m in methods), kinds, rate,
                           random.Random(seed), options)

    def stop_random(self) -> None:
        self.chaos = None

    def take(self, method: str) -> Fault | None:
        """The fault for this call of `method`, if any (and remember it was injected)."""
        fault = self._pick(method.lower())
        if fault is not None:
            self.injected.append((method, fault.kind))
        return fault

    def _pick(self, method: str) -> Fault | None:
        scripted = self._next.get(method)
        if scripted:
            return scripted.pop(0)
        chaos = self.chaos
        if chaos is None or method not in chaos.methods or chaos.rng.random() >= chaos.rate:
            return None
        return Fault(chaos.rng.choice(chaos.kinds), **chaos.options)

    def pending(self) -> int:
        return sum(len(faults) for faults in self._next.values())
