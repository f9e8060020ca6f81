"""The admin check, done on the server for every admin command and button press."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from functools import wraps
from typing import Any

from telegram import Update

from handlers.context import Context

log = logging.getLogger(__name__)

REFUSED = "Sorry, only the bot's admins can do that."

Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]


def admin_only(handler: Handler) -> Handler:
    """Run `handler` for admins; everyone else gets a polite refusal and nothing changes."""

    @wraps(handler)
    async def guarded(update: Update, context: Context) -> None:
        user = update.effective_user
        if context.bot_data.is_admin(user.id if user else None):
            await handler(update, context)
            return
        log.info("refused %s to user %s", handler.__name__, user.id if user else None)
        if update.callback_query is not None:
            await update.callback_query.answer(REFUSED, show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(REFUSED, do_quote=True)

    return guarded
