"""What the bot knows of each chat's messages, for the duplicate probe (handlers.duplicates).

Kept in the shared state (bot.state), so that every replica knows the same, per chat:

    dup:chat:<id>   the message ids known to exist (our sends, the messages replied to,
                    incoming ones folded in), the highest of them, and the sends whose
                    lost attempts may have left a copy (watches); JSON, written only in
                    the chat's turn
    dup:turn:<id>   the turn (state.lock) sends and probe rounds to the chat take, in
                    every replica: one send's retries and probes never overlap another
                    send to that chat
    dup:seen:<id>   recent incoming message ids, written by the replica that got the
                    update without taking the turn (two replicas writing at once may lose
                    an id: the probe then tries a user's message, which Telegram refuses
                    to edit; our own messages are never in this list)

A chat's entries are forgotten CHAT_TTL seconds after they were last written (a chat the
bot knows nothing about is probed above the answer only: handlers.duplicates).
"""

from __future__ import annotations

import json
import math
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from telegram import Update

from bot.state import SharedState

# Message ids remembered per chat beyond those a pending watch needs (ours and incoming);
# older ones are forgotten. Our choice: far more than one probe round looks at.
KNOWN_IDS_PER_CHAT = 64
# Seconds a chat's entries are kept after their last write. Our choice: an hour covers
# every retry and probe round many times over.
CHAT_TTL = 3600.0
# Seconds a send may hold its chat's turn without renewing it (a replica that died
# holding it); a live holder renews it every third of that (bot.state.SharedState.lock).
# Our choice: a chat whose replica died mid-send waits at most this long (bench/replicas.py
# saw a 19.5 s wait with 30), while a live holder renews every 3 s or so.
TURN_TTL = 10.0

ChatKey = int | str


@dataclass
class Lost:
    """Attempts of one send that failed after the request may have been processed."""

    count: int = 0


@dataclass
class Watch:
    """One send with lost attempts: where its copies may be and how many may remain.

    Every replica sees it (it holds the chat's other probes back); the send's content
    and answer stay with the replica that probes for it (handlers.duplicates.Lookout).
    """

    floor: int | None  # highest id known in the chat before the first attempt
    possible: int  # copies not found yet, one per lost attempt
    until: float  # when it stops counting (time.time(): the same clock for all replicas)
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])


@dataclass
class ChatState:
    highest: int | None = None
    known: set[int] = field(default_factory=set)
    watches: list[Watch] = field(default_factory=list)

    def see(self, message_id: int) -> None:
        """A message exists in the chat (incoming, ours, or one replied to)."""
        self.known.add(message_id)
        self.highest = max(message_id, self.highest or 0)
        # Keep every id above the lowest floor of a pending watch: its probes skip them.
        keep_above = min((w.floor or 0 for w in self.watches), default=math.inf)
        while len(self.known) > KNOWN_IDS_PER_CHAT and min(self.known) <= keep_above:
            self.known.discard(min(self.known))

    def forget_expired(self, now: float) -> None:
        self.watches = [w for w in self.watches if w.until > now]

    def find(self, watch_id: str) -> Watch | None:
        return next((w for w in self.watches if w.id == watch_id), None)

    def others_pending(self, watch_id: str, now: float) -> bool:
        """Another send here may have left a copy not accounted for yet."""
        self.forget_expired(now)
        return any(w.id != watch_id and w.possible for w in self.watches)

    def dumps(self) -> str:
        return json.dumps({"highest": self.highest, "known": sorted(self.known),
                           "watches": [vars(w) for w in self.watches]})

    @classmethod
    def loads(cls, text: str | None) -> ChatState:
        if text is None:
            return cls()
        data: dict[str, Any] = json.loads(text)
        return cls(data["highest"], set(data["known"]),
                   [Watch(**w) for w in data["watches"]])


def chat_key(chat_id: Any) -> ChatKey:
    """A chat id as int ("-100123" and -100123 are one chat); a @username stays a string."""
    text = str(chat_id)
    return int(text) if text.lstrip("-").isdigit() else text


class ChatLog:
    """The chats' known message ids, watches and turns, in the shared state."""

    def __init__(self, state: SharedState) -> None:
        self.state = state

    async def see(self, chat_id: Any, message_id: int) -> None:
        """An incoming message exists in the chat (noted without taking the turn)."""
        key = f"dup:seen:{chat_key(chat_id)}"
        seen: list[int] = json.loads(await self.state.get(key) or "[]")
        if message_id not in seen:
            seen = sorted([*seen, message_id])[-KNOWN_IDS_PER_CHAT:]
            await self.state.set(key, json.dumps(seen), CHAT_TTL)

    async def see_update(self, update: Update) -> None:
        """The message an update carries (and the one it replies to) exists in its chat."""
        message = update.effective_message
        if message is not None:
            await self.see(message.chat_id, message.message_id)
            if message.reply_to_message is not None:
                await self.see(message.chat_id, message.reply_to_message.message_id)

    @asynccontextmanager
    async def turn(self, chat_id: Any) -> AsyncIterator[ChatState]:
        """The chat's turn: one send (or probe round) at a time per chat, in all replicas.

        Yields the chat's state as stored, the incoming ids folded in; what the holder
        changes is stored when the turn ends, whatever way it ends.
        """
        chat = chat_key(chat_id)
        async with self.state.lock(f"dup:turn:{chat}", TURN_TTL):
            state = ChatState.loads(await self.state.get(f"dup:chat:{chat}"))
            state.forget_expired(time.time())
            for message_id in json.loads(await self.state.get(f"dup:seen:{chat}") or "[]"):
                state.see(message_id)
            try:
                yield state
            finally:
                await self.state.set(f"dup:chat:{chat}", state.dumps(), CHAT_TTL)
