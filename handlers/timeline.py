"""/timeline SPEAKER [TOPIC]: a speaker's statements in the order said, paged with buttons.

The page is bot.timeline_render's HTML; a 'changed?' flag links to the earlier
statement's full record (a deep link, handlers.private). Callback data (ids only):
    tl:<saved_id>:<page>    the saved query holds the /timeline argument
"""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.timeline import Timeline, build_timeline
from bot.timeline_render import PAGE_SIZE, timeline_page_html
from handlers.answer import EXPIRED
from handlers.callbacks import edit, pressed
from handlers.context import Context
from handlers.groups import command_argument
from handlers.private import statement_link

PAGE_RE = re.compile(r"tl:(\d{1,18}):(\d{1,6})\Z")
SAVED_PREFIX = "/timeline "
USAGE = ("Name a speaker and, if you like, a topic: <code>/timeline Hegseth NATO</code> "
         "lists what they said on it, oldest first.")


async def timeline_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    argument = " ".join(command_argument(message).split())
    if not argument:
        await message.reply_text(USAGE)
        return
    store = context.bot_data.require_store()
    saved = await store.save_query(SAVED_PREFIX + argument)
    text, markup = await page_view(context, argument, saved, 0)
    await message.reply_text(text, reply_markup=markup)


async def page_view(context: Context, argument: str, saved: int, page: int
                    ) -> tuple[str, InlineKeyboardMarkup | None]:
    timeline = await build_timeline(context.bot_data.require_store(), argument)
    username = context.bot.username

    def link(statement_id: int) -> str:
        return statement_link(username, statement_id)

    page = min(page, max(pages(timeline) - 1, 0))
    return timeline_page_html(timeline, page, link), keyboard(timeline, saved, page)


def pages(timeline: Timeline) -> int:
    return (len(timeline.entries) + PAGE_SIZE - 1) // PAGE_SIZE


def keyboard(timeline: Timeline, saved: int, page: int) -> InlineKeyboardMarkup | None:
    row = []
    if page > 0:
        row.append(InlineKeyboardButton("« Earlier", callback_data=f"tl:{saved}:{page - 1}"))
    if page + 1 < pages(timeline):
        row.append(InlineKeyboardButton("Later »", callback_data=f"tl:{saved}:{page + 1}"))
    return InlineKeyboardMarkup([row]) if row else None


async def on_page(update: Update, context: Context) -> None:
    if (press_match := pressed(update, PAGE_RE)) is None:
        return
    press, match = press_match
    text = await context.bot_data.require_store().saved_query(int(match[1]))
    if text is None or not text.startswith(SAVED_PREFIX):
        await press.answer(EXPIRED, show_alert=True)
        return
    page, markup = await page_view(context, text.removeprefix(SAVED_PREFIX), int(match[1]),
                                   int(match[2]))
    await edit(press, page, markup)
    await press.answer()


def timeline_handlers() -> list[BaseHandler[Update, Context, None]]:
    return [CommandHandler("timeline", timeline_command),
            CallbackQueryHandler(on_page, pattern=PAGE_RE.pattern)]
