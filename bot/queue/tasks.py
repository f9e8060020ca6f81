"""What the queue's jobs do, in `onrecord worker` (registered by bot.queue.app).

- load_article: one article through bot.ingest, the one load path (the same checks,
  killable extraction, no-statements rule and acronym finder as every door), written in
  one transaction. A refusal (not an article, no statements, too slow) is the job's
  result, not a failure: it is not retried. Any other exception (the database went
  away) fails the attempt and procrastinate retries it (app.LOAD_RETRY).
- retry_stalled_jobs (periodic): the running jobs of workers silent for longer than
  ONRECORD_QUEUE_STALLED_AFTER (killed, out of memory, their machine gone) go back to
  the queue, so another worker loads them.
- prune_saved_queries (periodic): once per cron tick for all workers together
  (procrastinate defers one job per tick, the queueing lock keeps one waiting).
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from procrastinate import JobContext
from procrastinate.exceptions import ConnectorException

from bot.article import ArticleError
from bot.cards import load_summary
from bot.config import Settings
from bot.ingest import LoadReport, ingest
from bot.loading import load_url_report, store_document
from bot.queue.jobs import LOAD_ATTEMPTS, REPLY_QUEUE, REPLY_TASK, LoadJob
from bot.store.port import SAVED_QUERY_DAYS, Store

log = logging.getLogger(__name__)

# What a worker puts in procrastinate's additional_context for its jobs.
STORE = "store"
SETTINGS = "settings"


def services(context: JobContext) -> tuple[Store, Settings]:
    extra = context.additional_context
    return extra[STORE], extra[SETTINGS]


async def load_article(context: JobContext, **args: Any) -> None:
    store, settings = services(context)
    job = LoadJob.from_args(args)
    try:
        report = await run_load(store, settings, job)
    except (ArticleError, OSError) as exc:
        reason = " ".join(str(exc).split()) or "unreadable"
        log.info("%s: refused: %s", job.label, reason)
        await reply(context, job, f"Could not load: {escape(reason)}\nNothing was stored.")
        return
    except Exception as exc:
        if context.job.attempts + 1 >= LOAD_ATTEMPTS:  # no retry follows: say so
            await reply(context, job, f"Could not load: {escape(type(exc).__name__)} "
                        f"after {LOAD_ATTEMPTS} attempts.\nNothing was stored.")
        raise
    state = "already stored" if report.duplicate else "stored"
    log.info("%s: %s: %r, %d statements (article #%d)", job.label, state,
             report.result.title, report.result.statement_count, report.result.article_id)
    await reply(context, job, load_summary(report))


async def run_load(store: Store, settings: Settings, job: LoadJob) -> LoadReport:
    if job.kind == "url":
        assert job.url is not None
        return await load_url_report(store, job.url, settings)
    if job.kind == "document":
        return await store_document(store, job.document_bytes(), job.name or "article.txt",
                                    max_bytes=settings.max_article_bytes)
    return await ingest(store, job.text or "", max_bytes=settings.max_article_bytes,
                        **job.ingest_meta())


async def reply(context: JobContext, job: LoadJob, text: str) -> None:
    """Tell the admin who sent /load: a job for the bot (which alone talks to Telegram)."""
    if job.reply is None:
        return
    deferrer = context.app.configure_task(REPLY_TASK, queue=REPLY_QUEUE)
    await deferrer.defer_async(chat_id=job.reply["chat_id"],
                               message_id=job.reply["message_id"], text=text)


async def retry_stalled_jobs(context: JobContext, timestamp: int) -> None:
    _store, settings = services(context)
    manager = context.app.job_manager
    stalled = await manager.get_stalled_jobs(
        seconds_since_heartbeat=settings.queue_stalled_after)
    for job in stalled:
        log.warning("job %s (%s) stalled: its worker is gone; retrying it", job.id,
                    job.task_name)
        try:
            await manager.retry_job(job)
        except ConnectorException:  # another worker's run of this task retried it first
            log.info("job %s was retried already", job.id)


async def prune_saved_queries(context: JobContext, timestamp: int) -> None:
    store, _settings = services(context)
    pruned = await store.prune_saved_queries()
    log.info("pruned %d saved queries not asked for %d days", pruned, SAVED_QUERY_DAYS)
