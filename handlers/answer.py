"""Answering a query in a chat: one result per card, with paging, Context and Source buttons.

Callback data (always under 64 bytes, ids only, so a button outlives a restart):
    p:<query_id>:<offset>                  show result `offset` of a saved query
    c:<statement_id>:<query_id>:<offset>   the Context view, with a button back
    f:<article_id> / x                     /forget confirmation / cancel (handlers.admin)
"""

from __future__ import annotations

import logging
import re
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import BadRequest

from bot.cards import context_card, group_card
from bot.models import SearchOutcome, StoredStatement
from bot.render import URL_MAX_CHARS, render_html
from bot.search import search
from bot.store.port import StatementContext, Store
from handlers.context import Context

log = logging.getLogger(__name__)

PAGE_SIZE = 1
EXPIRED = "This button has expired; ask again."
NO_MORE = "There are no more results for this query."
URL_RE = re.compile(r"https?://\S+\Z")
PAGE_RE = re.compile(r"p:(\d{1,18}):(\d{1,9})\Z")
CONTEXT_RE = re.compile(r"c:(\d{1,18}):(\d{1,18}):(\d{1,9})\Z")


def page_data(query_id: int, offset: int) -> str:
    return f"p:{query_id}:{offset}"


def source_button(s: StoredStatement) -> InlineKeyboardButton | None:
    if s.url and len(s.url) <= URL_MAX_CHARS and URL_RE.match(s.url):
        return InlineKeyboardButton("Source", url=s.url)
    return None


def page_keyboard(outcome: SearchOutcome, query_id: int) -> InlineKeyboardMarkup:
    """Previous / Next (when there are more), Context and Source for the shown statement."""
    s = outcome.hits[0].statement
    offset = outcome.offset
    rows: list[list[InlineKeyboardButton]] = []
    paging = []
    if offset > 0:
        paging.append(InlineKeyboardButton("« Previous",
                                           callback_data=page_data(query_id, offset - PAGE_SIZE)))
    if offset + PAGE_SIZE < outcome.total:
        paging.append(InlineKeyboardButton("Next »",
                                           callback_data=page_data(query_id, offset + PAGE_SIZE)))
    if paging:
        rows.append(paging)
    extra = [InlineKeyboardButton("Context", callback_data=f"c:{s.id}:{query_id}:{offset}")]
    source = source_button(s)
    if source is not None:
        extra.append(source)
    rows.append(extra)
    return InlineKeyboardMarkup(rows)


def context_keyboard(
    s: StoredStatement | None, query_id: int, offset: int
) -> InlineKeyboardMarkup:
    row = [InlineKeyboardButton("« Back", callback_data=page_data(query_id, offset))]
    source = source_button(s) if s is not None else None
    if source is not None:
        row.append(source)
    return InlineKeyboardMarkup([row])


async def page_view(
    store: Store, query: str, offset: int, *, compact: bool, today: date | None = None
) -> tuple[SearchOutcome, str, InlineKeyboardMarkup | None]:
    """Search one page and render it (compact in groups) with its keyboard; `today`
    anchors relative dates ("last week")."""
    outcome = await search(store, query, limit=PAGE_SIZE, offset=offset, today=today)
    text = group_card(outcome) if compact else render_html(outcome)
    if not outcome.hits:
        return outcome, text, None
    query_id = await store.save_query(outcome.query)
    return outcome, text, page_keyboard(outcome, query_id)


def context_view(
    context: StatementContext, s: StoredStatement | None, query_id: int, offset: int
) -> tuple[str, InlineKeyboardMarkup]:
    return context_card(context), context_keyboard(s, query_id, offset)


def is_compact(message: Message | None) -> bool:
    return message is not None and message.chat.type != ChatType.PRIVATE


async def answer(
    update: Update, context: Context, query: str, *, reply_to: Message | None = None
) -> None:
    """Answer `query` asked by the update's message; an edited question edits the answer.

    The answer replies to `reply_to` (default: the asking message), in its forum topic.
    """
    message = update.effective_message
    if message is None:
        return
    data = context.bot_data
    _outcome, text, markup = await page_view(
        data.require_store(), query, 0, compact=is_compact(message), today=data.today()
    )
    previous = await data.answers.get(message.chat_id, message.message_id)
    if update.edited_message is not None and previous is not None:
        await edit_or_keep(context, message.chat_id, previous, text, markup)
        return
    target = reply_to or message
    thread = message.message_thread_id if message.is_topic_message else None
    # In groups the answer replies (to the asker, or to the message asked about); if that
    # message is deleted meanwhile, the answer is still sent.
    reply = ReplyParameters(target.message_id, allow_sending_without_reply=True)
    sent = await target.reply_text(
        text, reply_markup=markup, message_thread_id=thread, do_quote=False,
        reply_parameters=reply if is_compact(message) else None,
    )
    await data.answers.put(message.chat_id, message.message_id, sent.message_id)


async def edit_or_keep(
    context: Context, chat_id: int, message_id: int, text: str,
    markup: InlineKeyboardMarkup | None,
) -> None:
    """Edit a message; Telegram's "message is not modified" is not an error here."""
    try:
        await context.bot.edit_message_text(
            text, chat_id=chat_id, message_id=message_id, reply_markup=markup
        )
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise
        log.debug("answer %s in chat %s unchanged", message_id, chat_id)
