"""What handlers keep between updates, in the shared state (bot.state): every replica sees it.

    cooldown:<chat>:<digest>   a query asked in a group (its normalised text's SHA-256),
                               for the cooldown window: the same query is not answered
                               again meanwhile (state.claim: one winner across replicas)
    answer:<chat>:<message>    the id of the bot's answer to that question, so that an
                               edit of the question edits the answer; kept ANSWER_TTL s
"""

from __future__ import annotations

import hashlib

from bot.state import SharedState

# Seconds an answer is remembered for an edit of its question. Our choice: two days;
# an older question edited gets a new answer.
ANSWER_TTL = 48 * 3600.0


def normalised(query: str) -> str:
    return " ".join(query.lower().split())


class Cooldown:
    """Per-chat spam guard: the same query in the same chat within `window` seconds is refused."""

    def __init__(self, state: SharedState, window: float) -> None:
        self.state = state
        self.window = window

    async def allow(self, chat_id: int, query: str) -> bool:
        """True (and remembered) unless this chat asked the same query too recently."""
        if self.window <= 0:
            return True
        digest = hashlib.sha256(normalised(query).encode()).hexdigest()[:32]
        return await self.state.claim(f"cooldown:{chat_id}:{digest}", self.window)


class AnswerLog:
    """(chat id, asking message id) -> the id of the bot's answer, so an edit edits it."""

    def __init__(self, state: SharedState, ttl: float = ANSWER_TTL) -> None:
        self.state = state
        self.ttl = ttl

    async def get(self, chat_id: int, message_id: int) -> int | None:
        value = await self.state.get(f"answer:{chat_id}:{message_id}")
        return None if value is None else int(value)

    async def put(self, chat_id: int, message_id: int, answer_id: int) -> None:
        await self.state.set(f"answer:{chat_id}:{message_id}", str(answer_id), self.ttl)
