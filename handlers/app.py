"""The one Application builder: configuration, services, handlers and the error handler."""

from __future__ import annotations

import logging
import os

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import Application, Defaults

from bot.config import Settings
from bot.loading import load_seeds_if_empty
from bot.queue import queue_configured
from bot.state import MemoryState, SharedState, open_state
from bot.store import open_store
from bot.store.port import SAVED_QUERY_DAYS
from handlers.admin import admin_handlers
from handlers.callbacks import callback_handlers, expired_handler
from handlers.context import CONTEXT_TYPES, BotData
from handlers.errors import on_error
from handlers.flood import GATE_GROUP, flood_handler
from handlers.follow import follow_handlers
from handlers.groups import group_handlers
from handlers.inline import inline_handlers
from handlers.menus import set_menus
from handlers.private import private_handlers
from handlers.processor import ChatOrderedProcessor
from handlers.push import start_pushes, stop_pushes
from handlers.queued import start_replies, stop_replies
from handlers.redact import protect
from handlers.retry import SEEN_GROUP, RetryingRateLimiter, seen_handler
from handlers.timeline import timeline_handlers
from handlers.webhook import WebhookApplication

log = logging.getLogger(__name__)

# Outgoing requests go through handlers.retry (handlers.limiter: about 30 messages a second
# overall and 20 a minute per group, Telegram's limits, counted in the shared state). A
# RetryAfter (flood limit) is waited out and the request retried this many times;
# transient errors are retried ONRECORD_SEND_RETRIES times, and a copy left by a lost
# attempt is deleted.
RETRY_AFTER_RETRIES = 3
# The updates the bot asks Telegram for, in polling and in `webhook set` alike: Telegram's
# default (every type but chat_member and the reaction updates), named so both say it.
ALLOWED_UPDATES = [
    kind for kind in Update.ALL_TYPES
    if kind not in (Update.CHAT_MEMBER, Update.MESSAGE_REACTION, Update.MESSAGE_REACTION_COUNT)
]


def build_application(
    settings: Settings, *, webhook: bool = False, state: SharedState | None = None
) -> Application:
    """Build the bot; start it with `run_polling()`, which runs post_init and post_shutdown.

    Keep run_polling's default drop_pending_updates (off): questions sent while the bot
    was down are still answered when it comes back. With `webhook` there is no updater:
    handlers.webhook_server feeds the updates Telegram POSTs (handlers.webhook). Updates
    are handled concurrently, in order within a chat (handlers.processor). `state` is the
    shared state (bot.state); by default open_state(settings), closed in post_shutdown.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    # PTB 22 opts in to timedelta values (e.g. RetryAfter.retry_after) through this
    # variable; without it every flood-limit error emits a deprecation warning.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    protect(settings.telegram_bot_token.get_secret_value())
    shared = state if state is not None else open_state(settings)
    limiter = RetryingRateLimiter(
        shared, max_retries=RETRY_AFTER_RETRIES, transient_retries=settings.send_retries
    )
    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    builder = Application.builder()
    if webhook:
        builder = builder.updater(None).application_class(WebhookApplication)
    app = (
        builder
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_file_url)
        .defaults(defaults)
        .rate_limiter(limiter)
        .concurrent_updates(ChatOrderedProcessor(shared=_across(shared)))
        .read_timeout(settings.api_timeout)
        .context_types(CONTEXT_TYPES)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    data = bot_data(app)
    data.use(shared, settings, owned=state is None)
    # Order matters within the group: admin commands before the private catch-alls,
    # every button handler before the "expired" catch-all.
    app.add_handlers([
        *admin_handlers(), *follow_handlers(), *timeline_handlers(), *group_handlers(),
        *private_handlers(), *inline_handlers(), *callback_handlers(), expired_handler(),
    ])
    app.add_handler(flood_handler(), group=GATE_GROUP)
    app.add_handler(seen_handler(), group=SEEN_GROUP)  # message ids for handlers.duplicates
    app.add_error_handler(on_error)
    return app


def _across(shared: SharedState) -> SharedState | None:
    """The state whose locks order a chat's updates across replicas (None: in process)."""
    return None if isinstance(shared, MemoryState) else shared


def bot_data(app: Application) -> BotData:
    data = app.bot_data
    assert isinstance(data, BotData)
    return data


async def post_init(app: Application) -> None:
    """Open the store, seed it on first start, publish the command menus."""
    data = bot_data(app)
    assert data.settings is not None
    store = await open_store(data.settings)
    data.store = store
    seeded = await load_seeds_if_empty(store, data.settings.seeds_dir)
    if seeded:
        log.info("seeded %d articles", len(seeded))
    if not queue_configured(data.settings):  # PostgreSQL: the workers' periodic task
        pruned = await store.prune_saved_queries()
        if pruned:
            log.info("pruned %d saved queries not asked for %d days", pruned, SAVED_QUERY_DAYS)
    await start_replies(app, data.settings)  # PostgreSQL: workers' answers to /load
    await set_menus(app.bot, data.settings.admin_ids)
    start_pushes(app, store)  # handlers.push: the outbox of pushes, sent while running


async def post_shutdown(app: Application) -> None:
    """Close the store (the counterpart of post_init), and the shared state if ours."""
    data = bot_data(app)
    await stop_pushes(app)
    await stop_replies(app)
    store, data.store = data.store, None
    if store is not None:
        await store.close()
    if data.owns_state:
        data.owns_state = False
        await data.state.close()
