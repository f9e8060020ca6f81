"""Inline mode: `@BotName QUERY` in any chat returns statement cards, 50 per page.

The query is read as it is being typed: its last word may be the beginning of a name or
a topic word (bot.search, `typing`).
"""

from __future__ import annotations

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import InlineQueryLimit, ParseMode
from telegram.ext import BaseHandler, InlineQueryHandler

from bot.cards import inline_description, inline_title, statement_record
from bot.models import StoredStatement
from bot.search import search
from handlers.context import Context
from handlers.private import statement_link

PAGE = InlineQueryLimit.RESULTS  # 50
# Offsets beyond this are not served (the store is never that deep for one query).
MAX_OFFSET = 100_000
CACHE_SECONDS = 30
HELP_BUTTON = "No match. How to ask"
EMPTY_BUTTON = "Type a name and a topic, or tap for help"
HELP_PARAMETER = "inline-help"


def result(statement: StoredStatement, bot_username: str) -> InlineQueryResultArticle:
    link = statement_link(bot_username, statement.id)
    return InlineQueryResultArticle(
        id=f"s{statement.id}",
        title=inline_title(statement),
        description=inline_description(statement),
        input_message_content=InputTextMessageContent(
            statement_record(statement, None, link), parse_mode=ParseMode.HTML
        ),
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Full record", url=link)]]),
    )


async def inline_query(update: Update, context: Context) -> None:
    query = update.inline_query
    if query is None:
        return
    raw = query.query[: InlineQueryLimit.MAX_QUERY_LENGTH]
    text = raw.strip()
    offset = int(query.offset) if query.offset.isdigit() else 0
    if not text or offset > MAX_OFFSET:
        button = InlineQueryResultsButton(text=EMPTY_BUTTON, start_parameter=HELP_PARAMETER)
        await query.answer([], button=button if not text else None, cache_time=CACHE_SECONDS)
        return
    # Still typing unless the text ends with a space: the last word may be unfinished
    # ('heg' -> Hegseth, 'hegseth na' -> NATO).
    outcome = await search(context.bot_data.require_store(), text, limit=PAGE, offset=offset,
                           today=context.bot_data.today(), typing=not raw[-1:].isspace())
    if not outcome.hits:
        help_button = InlineQueryResultsButton(text=HELP_BUTTON, start_parameter=HELP_PARAMETER)
        await query.answer(
            [], button=help_button if offset == 0 else None, cache_time=CACHE_SECONDS
        )
        return
    shown = offset + len(outcome.hits)
    # No more pages: leave next_offset out. An empty string would be sent as "[]": with
    # Defaults set, PTB 22.8's ExtBot._insert_defaults takes "" for an empty sequence of
    # InputPollOption and replaces it with a list.
    await query.answer(
        [result(hit.statement, context.bot.username) for hit in outcome.hits],
        next_offset=str(shown) if shown < outcome.total else None,
        cache_time=CACHE_SECONDS,
    )


def inline_handlers() -> list[BaseHandler[Update, Context, None]]:
    return [InlineQueryHandler(inline_query)]
