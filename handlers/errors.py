"""The one error handler: log the failure, tell the user something went wrong.

An answer dropped because its chat is over its send budget (handlers.limiter.OverBudget)
is no failure: it is logged, and nothing is sent to the chat (that would be over budget
too); a button press whose edit was dropped gets a short alert (no chat budget needed).
"""

from __future__ import annotations

import logging
import traceback

from telegram import Update
from telegram.error import TelegramError

from handlers.context import Context
from handlers.limiter import OverBudget

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong while answering. Please try again in a moment."
BUSY = "Too many messages in this chat right now; try again in a minute."


async def on_error(update: object, context: Context) -> None:
    """Log the exception (token redacted), then apologise when there is a chat to answer."""
    if isinstance(context.error, OverBudget):
        await over_budget(update, context.error)
        return
    log.error("error while handling %s\n%s", describe(update), redacted_traceback(context))
    chat = update.effective_chat if isinstance(update, Update) else None
    if chat is None:
        return
    try:
        await context.bot.send_message(chat.id, SORRY)
    except TelegramError:
        log.warning("could not send the apology to chat %s", chat.id)


async def over_budget(update: object, error: OverBudget) -> None:
    log.info("%s: not answered, %s", describe(update), error.message)
    press = update.callback_query if isinstance(update, Update) else None
    if press is not None:
        try:
            await press.answer(BUSY, show_alert=True)
        except TelegramError:
            log.debug("could not answer the button press")


def redacted_traceback(context: Context) -> str:
    """The error's traceback with the bot token blanked out (URLs in messages may hold it)."""
    error = context.error
    if error is None:
        return "(no exception)"
    text = "".join(traceback.format_exception(error)).rstrip()
    token = context.bot.token
    return text.replace(token, "<token>") if token else text


def describe(update: object) -> str:
    """A short description of what was being handled: ids only, no message text."""
    if not isinstance(update, Update):
        return "no update (a job or the updater)" if update is None else "a non-update"
    chat = update.effective_chat
    where = f" in chat {chat.id}" if chat else ""
    return f"update {update.update_id}{where}"
