"""What the bot knows of each chat's messages, for the duplicate probe (handlers.duplicates).

Per chat, in memory: the message ids known to exist (incoming updates, replied-to
messages, our own sends) and the highest of them; the sends whose lost attempts may have
left a copy (watches); and the turn sends to the chat take (a lock), so that one send's
retries and probe never overlap another send to the same chat.
"""

from __future__ import annotations

import asyncio
import itertools
import math
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from telegram import Update

# Message ids remembered per chat beyond those a pending watch needs (ours and incoming);
# older ones are forgotten. Our choice: far more than one probe round looks at.
KNOWN_IDS_PER_CHAT = 64
# Chats remembered at once; the least recently active idle one is forgotten first (a memory
# bound). A forgotten chat is probed above the answer only (handlers.duplicates).
TRACKED_CHATS = 10_000
# How many of the least recently active chats are looked at for one to forget.
EVICTION_SCAN = 8

ChatKey = int | str


@dataclass
class Lost:
    """Attempts of one send that failed after the request may have been processed."""

    count: int = 0


@dataclass
class Watch:
    """One send with lost attempts: where its copies may be and how many may remain."""

    content: dict[str, Any] | None  # editMessageText parameters; None: cannot be probed
    floor: int | None  # highest id known in the chat before the first attempt
    answer: int | None  # the message the successful attempt returned; None: send failed
    possible: int  # copies not found yet, one per lost attempt
    until: float = math.inf  # when an unprobed watch stops holding the chat's probes


@dataclass
class ChatState:
    highest: int | None = None
    known: set[int] = field(default_factory=set)
    watches: list[Watch] = field(default_factory=list)
    turns: int = 0  # sends and probe rounds holding or waiting for `lock`
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def forget_expired(self, now: float) -> None:
        self.watches = [w for w in self.watches if w.until > now]

    def others_pending(self, watch: Watch, now: float) -> bool:
        """Another send here may have left a copy not accounted for yet."""
        self.forget_expired(now)
        return any(w is not watch and w.possible for w in self.watches)


def chat_key(chat_id: Any) -> ChatKey:
    """A chat id as int ("-100123" and -100123 are one chat); a @username stays a string."""
    text = str(chat_id)
    return int(text) if text.lstrip("-").isdigit() else text


class ChatLog:
    """The chats' known message ids, watches and turns; one per bot."""

    def __init__(self) -> None:
        self._chats: OrderedDict[ChatKey, ChatState] = OrderedDict()

    def see(self, chat_id: Any, message_id: int) -> None:
        """A message exists in the chat (incoming, ours, or one replied to)."""
        state = self.state(chat_id)
        state.known.add(message_id)
        state.highest = max(message_id, state.highest or 0)
        # Keep every id above the lowest floor of a pending watch: its probes skip them.
        keep_above = min((w.floor or 0 for w in state.watches), default=math.inf)
        while len(state.known) > KNOWN_IDS_PER_CHAT and min(state.known) <= keep_above:
            state.known.discard(min(state.known))

    def see_update(self, update: Update) -> None:
        """The message an update carries (and the one it replies to) exists in its chat."""
        message = update.effective_message
        if message is not None:
            self.see(message.chat_id, message.message_id)
            if message.reply_to_message is not None:
                self.see(message.chat_id, message.reply_to_message.message_id)

    def state(self, chat_id: Any) -> ChatState:
        chat = chat_key(chat_id)
        state = self._chats.get(chat)
        if state is None:
            state = self._chats[chat] = ChatState()
            idle = [key for key, s in itertools.islice(self._chats.items(), EVICTION_SCAN)
                    if not s.turns and not s.watches]
            for key in idle[: max(0, len(self._chats) - TRACKED_CHATS)]:
                del self._chats[key]
        self._chats.move_to_end(chat)
        return state

    def __len__(self) -> int:
        return len(self._chats)

    @asynccontextmanager
    async def turn(self, chat_id: Any) -> AsyncIterator[ChatState]:
        """The chat's turn: one send (or probe round) at a time per chat."""
        state = self.state(chat_id)
        state.turns += 1
        try:
            async with state.lock:
                yield state
        finally:
            state.turns -= 1
