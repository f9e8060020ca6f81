"""Typed bot_data: how services (settings, store, in-memory state) reach handlers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.config import Settings
from bot.limits import UserLimiter
from bot.state import MemoryState, SharedState
from bot.store import Store
from handlers.state import ANSWER_ENTRIES, AnswerLog, BoundedMap, Cooldown


class NotReadyError(RuntimeError):
    """A handler ran before post_init opened the store (or after post_shutdown)."""


@dataclass
class BotData:
    """Application-wide services; PTB creates it empty, build_application fills settings.

    `store` stays None until post_init opens it and again after post_shutdown.
    `state` is what replicas share (bot.state; closed in post_shutdown when `owns_state`).
    `cooldown` guards groups against repeated queries; `limiter` private chats against
    floods (handlers.flood); `answers` maps an asking message
    to the bot's answer so an edit of the question edits the answer; `today` is the
    clock relative dates in questions ("last week") are read against (tests set it).
    """

    settings: Settings | None = None
    store: Store | None = None
    state: SharedState = field(default_factory=MemoryState)
    owns_state: bool = False
    cooldown: Cooldown = field(default_factory=lambda: Cooldown(60.0))
    answers: AnswerLog = field(default_factory=lambda: BoundedMap(ANSWER_ENTRIES))
    limiter: UserLimiter = field(default_factory=lambda: UserLimiter(20.0, 8))
    today: Callable[[], date] = date.today

    def require_store(self) -> Store:
        if self.store is None:
            raise NotReadyError("the store is not open")
        return self.store

    def require_settings(self) -> Settings:
        if self.settings is None:
            raise NotReadyError("no settings")
        return self.settings

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.require_settings().admin_ids


Context = CallbackContext[ExtBot[int], dict, dict, BotData]
CONTEXT_TYPES = ContextTypes(bot_data=BotData)
