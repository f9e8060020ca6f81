"""The procrastinate App of a configuration: connector, tasks, periodic tasks, schema.

Every process that touches the queue builds the same App from its settings (the bot and
`onrecord load --queue` to enqueue, `onrecord worker` to run jobs), so task names, locks
and retry rules are declared once, here. The queue lives in the store's PostgreSQL
database (its tables are procrastinate_*, in the URL's schema); SQLite has none.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from procrastinate import App, PsycopgConnector, RetryStrategy
from procrastinate.exceptions import ConnectorException

from bot.config import Settings
from bot.queue import tasks
from bot.queue.jobs import LOAD_ATTEMPTS, LOAD_TASK, PRUNE_TASK, STALLED_TASK
from bot.store import is_postgres_url

log = logging.getLogger(__name__)

# A load that failed for a reason other than its article (the database went away, a
# bug) is tried again, up to this many attempts in all, waiting longer each time.
# (procrastinate's max_attempts counts the retries after the first attempt.)
LOAD_RETRY = RetryStrategy(max_attempts=LOAD_ATTEMPTS - 1, wait=2, exponential_wait=2)
# Connections of an App that only enqueues or reads the queue's state.
CLIENT_POOL = 2

REFUSAL = ("the queue needs PostgreSQL (ONRECORD_DATABASE_URL); with the SQLite store "
           "every load runs in its own process: use `onrecord load` without --queue")


class QueueRefused(Exception):
    """The settings name no PostgreSQL store, so there is no queue."""


def queue_configured(settings: Settings) -> bool:
    """Whether loads go through the queue: the store is PostgreSQL."""
    url = settings.database_url
    return url is not None and is_postgres_url(url.get_secret_value())


def client_app(settings: Settings, pool_size: int = CLIENT_POOL) -> App:
    """An App that enqueues by task name and reads the queue (the bot adds its reply
    task to it), without the worker's tasks and periodic tasks."""
    if not queue_configured(settings):
        raise QueueRefused(REFUSAL)
    assert settings.database_url is not None
    return App(connector=PsycopgConnector(conninfo=settings.database_url.get_secret_value(),
                                          min_size=1, max_size=pool_size))


def build_app(settings: Settings, *, worker_pool: int | None = None) -> App:
    """The App for these settings; `worker_pool`: connections for a worker running that
    many jobs at once (else a small client pool)."""
    # A worker needs a connection per job plus the listener's, heartbeat's and poller's.
    app = client_app(settings, CLIENT_POOL if worker_pool is None else worker_pool + 3)
    app.task(name=LOAD_TASK, pass_context=True, retry=LOAD_RETRY)(tasks.load_article)
    # No `lock` on the periodic tasks: a lock held by a dead worker's job would block
    # the very task that retries it.
    stalled = app.task(name=STALLED_TASK, pass_context=True, queueing_lock=STALLED_TASK)(
        tasks.retry_stalled_jobs)
    app.periodic(cron=settings.queue_stalled_cron, periodic_id=STALLED_TASK)(stalled)
    prune = app.task(name=PRUNE_TASK, pass_context=True, queueing_lock=PRUNE_TASK)(
        tasks.prune_saved_queries)
    app.periodic(cron=settings.queue_prune_cron, periodic_id=PRUNE_TASK)(prune)
    return app


async def ensure_schema(app: App) -> None:
    """Apply procrastinate's schema unless it is there (idempotent; a process that loses
    a race to apply it finds it applied)."""
    if await app.check_connection_async():
        return
    try:
        await app.schema_manager.apply_schema_async()
        log.info("applied procrastinate's schema")
    except ConnectorException:
        if not await app.check_connection_async():
            raise


@asynccontextmanager
async def open_queue(settings: Settings, *, worker_pool: int | None = None
                     ) -> AsyncIterator[App]:
    """The open App of these settings, its schema applied; QueueRefused on SQLite."""
    app = build_app(settings, worker_pool=worker_pool)
    async with app.open_async():
        await ensure_schema(app)
        yield app
