"""The one Application builder: configuration, services, handlers and the error handler."""

from __future__ import annotations

import logging
import os

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, Defaults

from bot.config import Settings
from bot.loading import load_seeds_if_empty
from bot.store import Store
from handlers.context import CONTEXT_TYPES, BotData
from handlers.errors import on_error
from handlers.private import private_handlers

log = logging.getLogger(__name__)

COMMANDS = (
    BotCommand("start", "What this bot does"),
    BotCommand("help", "How to ask, with examples"),
)
# A RetryAfter (flood limit) is waited out and the request retried this many times.
RETRY_AFTER_RETRIES = 3


def build_application(settings: Settings) -> Application:
    """Build the bot; start it with `run_polling()`, which runs post_init and post_shutdown.

    Keep run_polling's default drop_pending_updates (off): questions sent while the bot
    was down are still answered when it comes back.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    # PTB 22 opts in to timedelta values (e.g. RetryAfter.retry_after) through this
    # variable; without it every flood-limit error emits a deprecation warning.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    app = (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_file_url)
        .defaults(defaults)
        .rate_limiter(AIORateLimiter(max_retries=RETRY_AFTER_RETRIES))
        .context_types(CONTEXT_TYPES)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    bot_data(app).settings = settings
    app.add_handlers(private_handlers())
    app.add_error_handler(on_error)
    return app


def bot_data(app: Application) -> BotData:
    data = app.bot_data
    assert isinstance(data, BotData)
    return data


async def post_init(app: Application) -> None:
    """Open the store, seed it on first start, publish the command menu."""
    data = bot_data(app)
    assert data.settings is not None
    store = await Store.open(data.settings.db_path)
    data.store = store
    seeded = await load_seeds_if_empty(store, data.settings.seeds_dir)
    if seeded:
        log.info("seeded %d articles", len(seeded))
    await app.bot.set_my_commands(COMMANDS)


async def post_shutdown(app: Application) -> None:
    """Close the store (the counterpart of post_init)."""
    data = bot_data(app)
    store, data.store = data.store, None
    if store is not None:
        await store.close()
