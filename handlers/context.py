"""Typed bot_data: how services (settings, store, shared state) reach handlers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.config import Settings
from bot.limits import UserLimiter
from bot.state import MemoryState, SharedState
from bot.store.port import Store
from handlers.state import AnswerLog, Cooldown


class NotReadyError(RuntimeError):
    """A handler ran before post_init opened the store (or after post_shutdown)."""


@dataclass
class BotData:
    """Application-wide services; PTB creates it empty, build_application fills settings.

    `store` stays None until post_init opens it and again after post_shutdown.
    `state` is what replicas share (bot.state; closed in post_shutdown when `owns_state`);
    `use` builds on it `cooldown`, which guards groups against repeated queries,
    `limiter`, which guards private chats against floods (handlers.flood), and `answers`,
    which maps an asking message to the bot's answer so that an edit of the question
    edits the answer. `today` is the clock relative dates in questions ("last week")
    are read against (tests set it).
    """

    settings: Settings | None = None
    store: Store | None = None
    state: SharedState = field(default_factory=MemoryState)
    owns_state: bool = False
    today: Callable[[], date] = date.today
    cooldown: Cooldown = field(init=False)
    limiter: UserLimiter = field(init=False)
    answers: AnswerLog = field(init=False)

    def __post_init__(self) -> None:
        self.use(self.state)

    def use(self, state: SharedState, settings: Settings | None = None, *,
            owned: bool = False) -> None:
        """Keep `state` (and `settings`) and build the guards on it."""
        self.state, self.owns_state = state, owned
        if settings is not None:
            self.settings = settings
        config = self.settings
        self.cooldown = Cooldown(state, config.group_cooldown if config else 60.0)
        self.limiter = UserLimiter(state, config.user_rate if config else 20.0,
                                   config.user_burst if config else 8)
        self.answers = AnswerLog(state)

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
