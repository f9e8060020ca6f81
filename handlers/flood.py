"""The per-user limit in private chats (bot.limits): a flooding user is slowed down.

The count is in the shared state (BotData.state), so a user is limited across replicas.

Runs before every other handler (group -1). Over the limit the user gets one notice and
later messages of the flood are not handled at all; other users are not affected.
Admins are not limited (they may paste or forward many articles to /load).
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, MessageHandler, filters

from bot.limits import Verdict
from handlers.context import Context

log = logging.getLogger(__name__)

# The group of handlers the gate runs in: before the default group 0.
GATE_GROUP = -1
SLOW_DOWN = (
    "You are sending messages faster than I can answer. Please wait about {seconds} s; "
    "messages sent until then are not answered."
)


async def flood_gate(update: Update, context: Context) -> None:
    """Let the message through, or stop it (with one notice per flood)."""
    user = update.effective_user
    data = context.bot_data
    if user is None or data.is_admin(user.id):
        return
    verdict, seconds = await data.limiter.check(user.id)
    if verdict is Verdict.ALLOW:
        return
    if verdict is Verdict.NOTIFY and update.effective_message is not None:
        log.info("user %s is flooding; slowed down", user.id)
        await update.effective_message.reply_text(SLOW_DOWN.format(seconds=seconds))
    raise ApplicationHandlerStop


def flood_handler() -> BaseHandler[Update, Context, None]:
    return MessageHandler(filters.ChatType.PRIVATE & filters.UpdateType.MESSAGES, flood_gate)
