"""Typed bot_data: how services (settings, store) reach handlers."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.config import Settings
from bot.store import Store


class NotReadyError(RuntimeError):
    """A handler ran before post_init opened the store (or after post_shutdown)."""


@dataclass
class BotData:
    """Application-wide services; PTB creates it empty, build_application fills settings.

    `store` stays None until post_init opens it and again after post_shutdown.
    """

    settings: Settings | None = None
    store: Store | None = None

    def require_store(self) -> Store:
        if self.store is None:
            raise NotReadyError("the store is not open")
        return self.store


Context = CallbackContext[ExtBot[int], dict, dict, BotData]
CONTEXT_TYPES = ContextTypes(bot_data=BotData)
