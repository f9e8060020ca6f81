"""Finding and deleting the copy a lost answer leaves behind (used by handlers.retry).

The problem. A sendMessage whose connection dropped, or whose answer did not come within
the read timeout ("lost"), may still have been processed: the user has the message, the
bot does not know it, and the retry sends a second copy. The Bot API has no idempotency
key, so the copy is found afterwards and deleted.

Where it is. Telegram numbers a chat's messages in increasing order, users' and the
bot's alike. The copy was created after the highest message id known in the chat before
the first attempt (L; incoming ids are noted by handlers.retry.seen_handler, ours from
each send's result): below the retry's message N if processed before the retry, above N
if processed late (a request that outlived our read timeout).

The probe. For each unknown id in (L, N), nearest first, then above N, we call
editMessageText with exactly the send's content (chat, text, parse mode, entities, link
preview, buttons). Telegram answers:
    "message is not modified"    our message with identical content: the copy; deleted.
    "message can't be edited"    someone else's (a user's, another bot's): left alone.
    "message to edit not found"  no such message in the chat (yet): left alone; above
                                 the highest known id it ends the round.
    any other BadRequest         left alone.
Repeating a message's own content changes nothing, and Telegram refuses to edit others'
messages, so the one message a probe could ALTER is one of ours with other content. None
is reachable:
  - Sends to a chat take turns (a per-chat lock around the attempts, retries and first
    probe round, shared by every replica; later rounds take the turn too): while we
    probe, no other message of ours to that chat is in flight, and every one that
    completed is a known id, which is never probed.
  - Our only unknown messages are then copies of other lost attempts. While another send
    in the chat may have one unaccounted for (also a send that failed in the end: its copy
    may be the only one the user has), the round is skipped; a later one tries again.
  - With nothing known about the chat (no update from it since the start, or forgotten),
    ids below N could be our earlier answers: only ids above N are probed.
  - Should an edit go through all the same (a copy processed after its send stopped
    looking), that message is now an exact copy of this answer and is deleted as one.

When. Right after the retry succeeded (the user may see the copy for that moment), then
LATE_PROBE_DELAYS later while a copy is still missing; then it is given up.

Replicas. What the probe relies on (the known ids, the watches, the turn) is in the shared
state (handlers.chat_log, bot.state), so that with several replicas on one Redis a send
in one replica waits for another replica's probe round in that chat, and never probes
another replica's answers (known ids). The late rounds run in the replica that sent.

Limits. At most MAX_DUPLICATE_PROBES ids on each side of N per round: in a chat with more
new messages than that during the retry (or where ids are not consecutive), a copy can
remain; likewise a copy processed after the last round, one whose rounds all met another
send's pending copy, one of a send that failed in the end, and one whose replica stopped
before its late rounds. Without Redis the state is per process: after a restart an
answer sent before it is unknown, and when a question is delivered again after a crash
its old answer may be edited into the new one and deleted (one answer remains); the
chat's state is forgotten an hour after its last send (handlers.chat_log.CHAT_TTL). An
HTTP error answer (429, 5xx) is taken to mean not processed; a proxy answering 5xx after
Telegram processed the request would leave a copy.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest, TelegramError

from bot.state import MemoryState, SharedState
from handlers.chat_log import ChatLog, ChatState, Lost, Watch

log = logging.getLogger(__name__)

# Ids probed on each side of the answer per round (one editMessageText each, nearest
# first). Our choice: enough for a private chat or a quiet group during a retry (a few
# seconds), few enough to stay well inside Telegram's 20 messages a minute per group.
MAX_DUPLICATE_PROBES = 8
# Seconds after the retry succeeded when a copy still missing is looked for again: a
# request that outlived the read timeout may be processed late. Our choice, not Telegram's.
LATE_PROBE_DELAYS = (1.0, 5.0, 30.0)
# Seconds a probed watch counts after the answer: past the last late round, with room
# for slow rounds; then it is forgotten even if its replica died before removing it.
WATCH_SECONDS = LATE_PROBE_DELAYS[-1] + 60.0
# sendMessage parameters that editMessageText takes too: the probe repeats them exactly
# (Bot API reference, sendMessage and editMessageText).
CONTENT_FIELDS = ("chat_id", "text", "parse_mode", "entities", "link_preview_options",
                  "reply_markup", "business_connection_id")
# Telegram's 400 descriptions (lower-cased parts) the probe tells apart.
NOT_MODIFIED = "message is not modified"
EDIT_NOT_FOUND = "message to edit not found"
DELETE_NOT_FOUND = "message to delete not found"

Call = Callable[[str, dict[str, Any]], Awaitable[Any]]  # (Bot API method, params) -> result


@dataclass
class Lookout:
    """What the sending replica keeps of its watch: the content to probe with, the answer."""

    watch: str  # the Watch's id in the chat's state
    content: dict[str, Any]  # editMessageText parameters
    answer: int


def probe_content(data: dict[str, Any]) -> dict[str, Any] | None:
    """The send's content as editMessageText parameters (None: a keyboard edits cannot set)."""
    markup = data.get("reply_markup")
    if markup is not None and not isinstance(markup, InlineKeyboardMarkup):
        return None
    return {name: data[name] for name in CONTENT_FIELDS if data.get(name) is not None}


class Duplicates:
    """Sends in per-chat turns, and the probes after lost attempts; one per bot."""

    def __init__(self, state: SharedState | None = None) -> None:
        self.chats = ChatLog(state if state is not None else MemoryState())
        self._tasks: set[asyncio.Task[None]] = set()

    async def see_update(self, update: Update) -> None:
        await self.chats.see_update(update)

    async def send(self, chat: Any, data: dict[str, Any],
                   attempt: Callable[[Lost], Awaitable[Any]], call: Call) -> Any:
        """`attempt` (a send with its retries) in the chat's turn; then remove lost copies."""
        async with self.chats.turn(chat) as state:
            replied = data.get("reply_parameters")
            if replied is not None and replied.chat_id is None:
                state.see(replied.message_id)
            lost, floor, done = Lost(), state.highest, False
            try:
                result = await attempt(lost)
                done = True
            finally:
                if not done and lost.count:  # failed: a copy may be all the user has
                    state.watches.append(Watch(floor, lost.count, expiry()))
            answer = result["message_id"]
            state.see(answer)
            if lost.count:
                content = probe_content(data)
                watch = Watch(floor, lost.count,
                              time.time() + WATCH_SECONDS if content else expiry())
                state.watches.append(watch)
                if content is not None:
                    lookout = Lookout(watch.id, content, answer)
                    await self._round(chat, state, lookout, call)
                    if watch.possible:
                        self._spawn(self._late(chat, lookout, call))
                    else:
                        state.watches.remove(watch)
            return result

    async def shutdown(self) -> None:
        """Stop the late rounds (before the bot's connections close)."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def _spawn(self, job: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(job)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _late(self, chat: Any, lookout: Lookout, call: Call) -> None:
        """Look again for copies still missing, LATE_PROBE_DELAYS after the answer; then
        drop the watch (cancelled at shutdown, it expires by itself)."""
        start = time.monotonic()
        try:
            for round_number, delay in enumerate(LATE_PROBE_DELAYS, 1):
                await asyncio.sleep(start + delay - time.monotonic())
                async with self.chats.turn(chat) as state:
                    watch = state.find(lookout.watch)
                    if watch is not None and watch.possible:
                        await self._round(chat, state, lookout, call)
                    if watch is None:
                        return
                    if not watch.possible or round_number == len(LATE_PROBE_DELAYS):
                        state.watches.remove(watch)
                        if watch.possible:
                            log.info("chat %s: no copy of message %s found for %d lost "
                                     "attempt(s)", chat, lookout.answer, watch.possible)
                        return
        except Exception as exc:  # the shared state failed: the watch expires by itself
            log.warning("chat %s: late duplicate probe stopped: %r", chat, exc)

    async def _round(self, chat: Any, state: ChatState, lookout: Lookout, call: Call) -> None:
        """Probe where the watch's copies may be (the caller holds the chat's turn)."""
        watch = state.find(lookout.watch)
        if watch is None:
            return
        if state.others_pending(watch.id, time.time()):
            log.info("chat %s: another lost message is pending; probing later", chat)
            return
        try:
            for message_id in self._candidates(state, watch, lookout.answer):
                if not watch.possible:
                    return
                missing = await self._probe(chat, state, watch, lookout, message_id, call)
                if missing and message_id > (state.highest or 0):
                    return  # nothing in the chat above this id yet
        except TelegramError as error:  # network, flood wait, bot blocked: next round
            log.warning("chat %s: duplicate probe stopped: %s", chat, error)

    @staticmethod
    def _candidates(state: ChatState, watch: Watch, answer: int) -> Iterator[int]:
        """Unknown ids below the answer (down to the floor), then above it, nearest first."""
        if watch.floor is not None:
            below = (i for i in range(answer - 1, watch.floor, -1) if i not in state.known)
            yield from itertools.islice(below, MAX_DUPLICATE_PROBES)
        above = (i for i in itertools.count(answer + 1) if i not in state.known)
        yield from itertools.islice(above, MAX_DUPLICATE_PROBES)

    async def _probe(self, chat: Any, state: ChatState, watch: Watch, lookout: Lookout,
                     message_id: int, call: Call) -> bool:
        """Edit `message_id` with the watch's content; delete it if it is a copy.

        True when the chat has no such message ("message to edit not found").
        """
        content = lookout.content
        try:
            await call("editMessageText", {**content, "message_id": message_id})
        except BadRequest as error:
            reason = error.message.lower()
            if NOT_MODIFIED not in reason:
                return EDIT_NOT_FOUND in reason  # someone else's, or none: left alone
            watch.possible -= 1
            log.info("chat %s: message %s is a copy of %s; deleting it",
                     chat, message_id, lookout.answer)
        else:  # one of ours we did not know, now identical to this answer (see above)
            log.warning("chat %s: probe edited unknown message %s of ours; deleting it",
                        chat, message_id)
        state.see(message_id)  # never probed again
        try:
            await call("deleteMessage", {"chat_id": content["chat_id"],
                                         "message_id": message_id})
        except BadRequest as error:
            if DELETE_NOT_FOUND not in error.message.lower():
                log.warning("chat %s: could not delete copy %s: %s", chat, message_id, error)
        return False


def expiry() -> float:
    """When a watch that cannot be probed stops holding its chat's probes."""
    return time.time() + LATE_PROBE_DELAYS[-1]
