"""The ingestion queue (issue 13): loads become jobs in PostgreSQL, workers run them.

With PostgreSQL (ONRECORD_DATABASE_URL) Telegram's /load and `onrecord load --queue`
enqueue a job (procrastinate, in the store's own database) instead of loading in their
process; `onrecord worker` runs the jobs through bot.ingest, the one load path. With
SQLite there is no queue: every door loads in its own process, as before.

    async with open_queue(settings) as queue:        # QueueRefused on SQLite
        queued = await enqueue_load(queue, LoadJob.for_text(text, label="pasted"))

- app.py: the procrastinate App of these settings, its tasks, the schema (applied once,
  idempotently, by open_queue: procrastinate's schema manager, not numbered migrations);
- jobs.py: what a load job carries and its locks (one job per URL or content hash);
- tasks.py: what the jobs do (load, retry the jobs of dead workers, prune saved queries);
- worker.py: `onrecord worker` and `onrecord queue status`.
"""

from bot.queue.app import QueueRefused, open_queue, queue_configured
from bot.queue.jobs import LoadJob, Queued, enqueue_load

__all__ = ["LoadJob", "QueueRefused", "Queued", "enqueue_load", "open_queue",
           "queue_configured"]
