"""Button presses on answer cards: Previous / Next and Context edit the same message.

Buttons carry ids only (handlers.answer documents the format). An id the store no
longer knows, or data this version does not understand, answers that the button expired.
"""

from __future__ import annotations

import logging
import re

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackQueryHandler

from handlers.answer import (
    CONTEXT_RE,
    EXPIRED,
    NO_MORE,
    PAGE_RE,
    context_view,
    is_compact,
    page_view,
)
from handlers.context import Context

log = logging.getLogger(__name__)


def pressed(update: Update, pattern: re.Pattern[str]
            ) -> tuple[CallbackQuery, re.Match[str]] | None:
    """The press and its data read by the handler's own pattern; None when there is none."""
    press = update.callback_query
    if press is None or press.data is None:
        return None
    match = pattern.match(press.data)
    return None if match is None else (press, match)


async def on_page(update: Update, context: Context) -> None:
    if (press_match := pressed(update, PAGE_RE)) is None:
        return
    press, match = press_match
    store = context.bot_data.require_store()
    text = await store.saved_query(int(match[1]))
    if text is None:
        await press.answer(EXPIRED, show_alert=True)
        return
    outcome, card, markup = await page_view(
        store, text, int(match[2]), compact=is_compact(_message(press)),
        today=context.bot_data.today(),
    )
    if not outcome.hits:
        await press.answer(NO_MORE, show_alert=True)
        return
    await edit(press, card, markup)
    await press.answer()


async def on_context(update: Update, context: Context) -> None:
    if (press_match := pressed(update, CONTEXT_RE)) is None:
        return
    press, match = press_match
    store = context.bot_data.require_store()
    statement_id, query_id, offset = int(match[1]), int(match[2]), int(match[3])
    found = await store.statement_context(statement_id)
    if found is None:
        await press.answer(EXPIRED, show_alert=True)
        return
    statement = await store.get_statement(statement_id)
    card, markup = context_view(found, statement, query_id, offset)
    await edit(press, card, markup)
    await press.answer()


async def on_unknown(update: Update, context: Context) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer(EXPIRED, show_alert=True)


async def edit(press: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Edit the pressed message; an unchanged message (a double press) is fine."""
    try:
        await press.edit_message_text(text, reply_markup=markup)
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise
        log.debug("button press changed nothing")


def _message(press: CallbackQuery) -> Message | None:
    return press.message if isinstance(press.message, Message) else None


def callback_handlers() -> list[BaseHandler[Update, Context, None]]:
    """Page and Context buttons; the catch-all must come after every other button handler."""
    return [
        CallbackQueryHandler(on_page, pattern=PAGE_RE.pattern),
        CallbackQueryHandler(on_context, pattern=CONTEXT_RE.pattern),
    ]


def expired_handler() -> BaseHandler[Update, Context, None]:
    return CallbackQueryHandler(on_unknown)
