"""Admin commands: /sources, /forget, /stats (and /load in handlers.admin_load).

Admins are the user ids in ONRECORD_ADMIN_IDS. Every command and every button press is
checked here on the server; command menus only hide the commands from others.
"""

from __future__ import annotations

import logging
import math

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.cards import forget_question, sources_text, stats_text
from handlers.admin_load import load_handlers
from handlers.context import Context
from handlers.guard import admin_only

log = logging.getLogger(__name__)

SOURCES_PAGE = 10
FORGET_USAGE = "Send <code>/forget ID</code> with an article id from /sources."
CANCELLED = "Cancelled. Nothing was removed."
FORGET_RE = r"^(f:\d{1,18}|x)$"

async def reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(text, reply_markup=markup, do_quote=True)


@admin_only
async def sources(update: Update, context: Context) -> None:
    store = context.bot_data.require_store()
    page = int(context.args[0]) if context.args and context.args[0].isdigit() else 1
    page = max(page, 1)
    pages = max(1, math.ceil(await store.article_count() / SOURCES_PAGE))
    articles = await store.list_articles(SOURCES_PAGE, (page - 1) * SOURCES_PAGE)
    await reply(update, sources_text(articles, page, pages))


@admin_only
async def stats(update: Update, context: Context) -> None:
    await reply(update, stats_text(await context.bot_data.require_store().stats()))


@admin_only
async def forget(update: Update, context: Context) -> None:
    if not context.args or not context.args[0].lstrip("#").isdigit():
        await reply(update, FORGET_USAGE)
        return
    article_id = int(context.args[0].lstrip("#"))
    article = await context.bot_data.require_store().article_summary(article_id)
    if article is None:
        await reply(update, f"There is no article #{article_id}. /sources lists them.")
        return
    buttons = InlineKeyboardMarkup([[
        InlineKeyboardButton("Forget it", callback_data=f"f:{article_id}"),
        InlineKeyboardButton("Cancel", callback_data="x"),
    ]])
    await reply(update, forget_question(article), buttons)


@admin_only
async def forget_pressed(update: Update, context: Context) -> None:
    press = update.callback_query
    if press is None or press.data is None:
        return
    if press.data == "x":
        await press.edit_message_text(CANCELLED)
        await press.answer()
        return
    article_id = int(press.data.removeprefix("f:"))
    removed = await context.bot_data.require_store().delete_article(article_id)
    log.info("article %s forgotten: %s", article_id, removed)
    text = (f"Article #{article_id} and its statements were removed." if removed
            else f"Article #{article_id} was already gone.")
    await press.edit_message_text(text)
    await press.answer()


def admin_handlers() -> list[BaseHandler[Update, Context, None]]:
    new = filters.UpdateType.MESSAGE  # an edited command does not run again
    return [
        *load_handlers(),
        CommandHandler("sources", sources, filters=new),
        CommandHandler("stats", stats, filters=new),
        CommandHandler("forget", forget, filters=new),
        CallbackQueryHandler(forget_pressed, pattern=FORGET_RE),
    ]
