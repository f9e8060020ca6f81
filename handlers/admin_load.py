"""/load (admins only): store an article from a URL, a document, a message or pasted text.

    /load URL                           fetch the page (bot.fetch rules)
    a .txt/.md/.html document with the caption /load, or /load as a reply to one
    /load as a reply to a text message  (a forwarded article: its origin is the source)
    /load followed by the article text

Every load goes through bot.ingest (the same checks, worker pool with a time limit and
policy as `onrecord load`) and replies with a summary (bot.cards.load_summary) or says
why nothing was stored. With PostgreSQL the load is enqueued instead (handlers.queued):
the bot answers "Queued", and the summary comes when a worker has loaded it. /queue
lists the loads waiting and failed.
"""

from __future__ import annotations

import logging
import re
from html import escape

from telegram import (
    Document,
    Message,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
)
from telegram.constants import ChatAction
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from bot.article import ArticleError
from bot.cards import load_summary
from bot.ingest import LoadReport, ingest
from bot.loading import load_url_report, store_document
from bot.queue import queue_configured
from handlers.context import Context
from handlers.guard import admin_only
from handlers.queued import download, enqueue_for_admin, queue_text

log = logging.getLogger(__name__)

USAGE = (
    "<b>/load</b> stores an article. Send one of:\n"
    "• <code>/load https://…</code> a link to the article\n"
    "• a .txt, .md or .html file with the caption <code>/load</code>, "
    "or <code>/load</code> as a reply to the file\n"
    "• <code>/load</code> as a reply to a (forwarded) message holding the article\n"
    "• <code>/load</code> followed by the article text"
)
CAPTION_RE = r"^/load(@\w+)?(\s|$)"
URL_RE = re.compile(r"[a-zA-Z][\w+.-]*://\S+\Z")


async def load_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is not None and for_this_bot(message, context.bot.username):
        await load_for_admin(update, context)


@admin_only
async def load_for_admin(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    if queue_configured(context.bot_data.require_settings()):
        await enqueue_and_reply(message, context)
        return
    try:
        report = await load_from(message, context)
    except ArticleError as exc:
        log.info("load refused: %s", exc)
        await message.reply_text(f"Could not load: {escape(str(exc))}\nNothing was stored.",
                                 do_quote=True)
        return
    if report is None:
        await message.reply_text(USAGE, do_quote=True)
        return
    log.info("loaded article %s (created %s)", report.result.article_id, report.result.created)
    await message.reply_text(load_summary(report), do_quote=True)


async def enqueue_and_reply(message: Message, context: Context) -> None:
    """PostgreSQL: enqueue for `onrecord worker`; its result comes as a later reply."""
    try:
        queued = await enqueue_for_admin(message, context, command_text(message))
    except ArticleError as exc:
        await message.reply_text(f"Could not load: {escape(str(exc))}\nNothing was stored.",
                                 do_quote=True)
        return
    await message.reply_text(queued or USAGE, do_quote=True)


@admin_only
async def queue_command(update: Update, context: Context) -> None:
    """/queue: the loads waiting, running and failed (PostgreSQL)."""
    if update.effective_message is not None:
        text = await queue_text(context.bot_data.require_settings())
        await update.effective_message.reply_text(text, do_quote=True)


async def load_from(message: Message, context: Context) -> LoadReport | None:
    """Load whatever the /load message points at; None when it points at nothing."""
    store = context.bot_data.require_store()
    settings = context.bot_data.require_settings()
    argument = command_text(message)
    replied = message.reply_to_message
    document = message.document or (replied.document if replied is not None else None)
    if document is not None:
        return await load_document(document, context)
    if URL_RE.match(argument):  # any scheme: bot.fetch says which ones are allowed
        await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
        return await load_url_report(store, argument, settings)
    if argument:
        return await ingest(store, argument, max_bytes=settings.max_article_bytes)
    if replied is not None and (replied.text or replied.caption):
        source, url = forward_origin(replied)
        return await ingest(
            store, replied.text or replied.caption or "", max_bytes=settings.max_article_bytes,
            source=source, url=url,
        )
    return None


async def load_document(document: Document, context: Context) -> LoadReport:
    settings = context.bot_data.require_settings()
    data = await download(document, context)
    return await store_document(
        context.bot_data.require_store(), data, document.file_name or "article.txt",
        max_bytes=settings.max_article_bytes,
    )


def for_this_bot(message: Message, username: str) -> bool:
    """False for a caption "/load@OtherBot" (CommandHandler checks this for texts)."""
    first = (message.caption or message.text or "").split(maxsplit=1)
    _command, _, addressee = first[0].partition("@") if first else ("", "", "")
    return not addressee or addressee.lower() == username.lower()


def command_text(message: Message) -> str:
    """What follows /load in the text or caption, line breaks kept."""
    text = message.text or message.caption or ""
    parts = text.split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def forward_origin(message: Message) -> tuple[str | None, str | None]:
    """(source, link) of a forwarded message's origin; (None, None) when not forwarded."""
    origin = message.forward_origin
    if isinstance(origin, MessageOriginChannel):
        link = (f"https://t.me/{origin.chat.username}/{origin.message_id}"
                if origin.chat.username else None)
        return origin.chat.title, link
    if isinstance(origin, MessageOriginChat):
        return origin.sender_chat.title, None
    if isinstance(origin, MessageOriginUser):
        return origin.sender_user.full_name, None
    if isinstance(origin, MessageOriginHiddenUser):
        return origin.sender_user_name, None
    return None, None


def load_handlers() -> list[BaseHandler[Update, Context, None]]:
    """Loads run beside other updates (block=False): a slow fetch holds up no query."""
    new = filters.UpdateType.MESSAGE  # an edited /load does not load again
    return [
        CommandHandler("load", load_command, filters=new, block=False),
        CommandHandler("queue", queue_command, filters=new, block=False),
        MessageHandler(new & filters.Document.ALL & filters.CaptionRegex(CAPTION_RE),
                       load_command, block=False),
    ]
