"""/load through the ingestion queue (PostgreSQL), /queue, and the replies of workers.

With PostgreSQL, /load does not load in the bot: it enqueues a job (bot.queue) carrying
the URL, the pasted or forwarded text, or the document's bytes, and answers "Queued".
`onrecord worker` loads it through bot.ingest and enqueues the result (the same summary
or refusal an in-process load gives) as a reply job; the bot, which alone speaks to
Telegram, runs a small procrastinate worker on that queue (start_replies in post_init)
and sends it as an answer to the /load message. With several replicas, one sends it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from procrastinate import App, JobContext, RetryStrategy
from telegram import Document, Message, ReplyParameters
from telegram.error import TelegramError
from telegram.ext import Application

from bot.article import ArticleError
from bot.config import Settings
from bot.ingest import check_size
from bot.loading import DOCUMENT_SUFFIXES
from bot.queue import LoadJob, enqueue_load, queue_configured
from bot.queue.app import client_app, ensure_schema
from bot.queue.jobs import REPLY_QUEUE, REPLY_TASK
from bot.queue.worker import queue_status
from handlers.context import Context

log = logging.getLogger(__name__)

BOT = "bot"
# Replies run at once per replica; a failed send is tried again up to 3 times.
REPLY_CONCURRENCY = 2
REPLY_RETRY = RetryStrategy(max_attempts=3, wait=2)
NO_QUEUE = "No queue here: the store is SQLite, so /load stores articles at once."


@dataclass
class Replies:
    app: App
    task: asyncio.Task[None]


# The running reply worker of each Application (PTB's Application takes no attributes).
_REPLIES: dict[int, Replies] = {}


async def send_reply(context: JobContext, chat_id: int, message_id: int, text: str) -> None:
    bot = context.additional_context[BOT]
    await bot.send_message(chat_id, text, reply_parameters=ReplyParameters(
        message_id, allow_sending_without_reply=True))


async def start_replies(application: Application, settings: Settings) -> None:
    """With PostgreSQL: open the queue (applying its schema) and run the reply worker."""
    if not queue_configured(settings):
        return
    if settings.log_level is None:  # procrastinate logs every job's arguments at INFO
        logging.getLogger("procrastinate").setLevel(logging.WARNING)
    app = client_app(settings, REPLY_CONCURRENCY + 3)
    app.task(name=REPLY_TASK, pass_context=True, queue=REPLY_QUEUE, retry=REPLY_RETRY)(
        send_reply)
    await app.open_async()
    await ensure_schema(app)
    worker = app.run_worker_async(
        queues=[REPLY_QUEUE], concurrency=REPLY_CONCURRENCY, name="onrecord-replies",
        delete_jobs="successful", install_signal_handlers=False,
        fetch_job_polling_interval=settings.queue_poll,
        update_heartbeat_interval=settings.queue_heartbeat,
        stalled_worker_timeout=settings.queue_stalled_after,
        additional_context={BOT: application.bot})
    _REPLIES[id(application)] = Replies(app, asyncio.create_task(worker))


async def stop_replies(application: Application) -> None:
    replies = _REPLIES.pop(id(application), None)
    if replies is None:
        return
    replies.task.cancel()  # procrastinate stops gracefully on cancellation
    with contextlib.suppress(asyncio.CancelledError):
        await replies.task
    await replies.app.close_async()


async def enqueue_for_admin(message: Message, context: Context, argument: str) -> str | None:
    """Enqueue what the /load message points at; the reply, or None if it points at
    nothing. Raises ArticleError when the input is refused before enqueueing."""
    job = await job_from(message, context, argument)
    if job is None:
        return None
    replies = _REPLIES.get(id(context.application))
    if replies is None:
        raise ArticleError("the queue is not running (the bot is starting or stopping).")
    queued = await enqueue_load(replies.app, job)
    if queued.duplicate:
        return "Already queued: this article is waiting for a worker. Nothing was added."
    return (f"Queued as job #{queued.job_id}: a worker (<code>onrecord worker</code>) will "
            "load it, and I will reply here with what it stored.")


async def job_from(message: Message, context: Context, argument: str) -> LoadJob | None:
    from handlers.admin_load import URL_RE, forward_origin  # its helpers, no cycle at import

    reply = {"chat_id": message.chat_id, "message_id": message.message_id}
    replied = message.reply_to_message
    document = message.document or (replied.document if replied is not None else None)
    if document is not None:
        name = document.file_name or "article.txt"
        if Path(name).suffix.lower() not in DOCUMENT_SUFFIXES:  # as store_document says
            kinds = ", ".join(DOCUMENT_SUFFIXES)
            raise ArticleError(f"Not an article file: send one of {kinds}.")
        return LoadJob.for_document(await download(document, context), name, reply=reply)
    if URL_RE.match(argument):
        return LoadJob.for_url(argument, reply=reply)
    if argument:
        return LoadJob.for_text(argument, "pasted text", reply=reply)
    if replied is not None and (replied.text or replied.caption):
        source, url = forward_origin(replied)
        meta: dict[str, Any] = {"source": source, "url": url}
        return LoadJob.for_text(replied.text or replied.caption or "", "forwarded message",
                                meta, reply=reply)
    return None


async def download(document: Document, context: Context) -> bytes:
    """A document's bytes, refused (ArticleError) over the article size limit."""
    settings = context.bot_data.require_settings()
    if document.file_size is not None:
        check_size(document.file_size, settings.max_article_bytes)
    try:
        file = await context.bot.get_file(document.file_id)
        data = bytes(await file.download_as_bytearray())
    except TelegramError as exc:
        raise ArticleError(f"Could not download the file ({exc.message}).") from exc
    check_size(len(data), settings.max_article_bytes)
    return data


async def queue_text(settings: Settings) -> str:
    """/queue: loads waiting, running and failed."""
    if not queue_configured(settings):
        return NO_QUEUE
    status = await queue_status(settings)
    return "\n".join(escape(line) for line in status.lines())
