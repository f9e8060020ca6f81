"""`onrecord load --queue`, `onrecord worker [--concurrency N]`, `onrecord queue status`.

With PostgreSQL, `load --queue` reads its inputs like `load` (URLs, files, folders,
JSONL) and enqueues one job per article instead of loading them (bot.queue); workers
load them. On SQLite there is no queue and `--queue` is refused.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from bot.bulk import read_items
from bot.commands.load import refuse
from bot.config import Settings
from bot.queue import LoadJob, enqueue_load, open_queue, queue_configured
from bot.queue.app import REFUSAL
from bot.queue.worker import queue_status, run_worker

EXIT_OK = 0
EXIT_REFUSED = 1


def refused_without_queue(settings: Settings, label: str) -> bool:
    if queue_configured(settings):
        return False
    print(f"{label}: refused: {REFUSAL}", file=sys.stderr)
    return True


async def cmd_load_queue(settings: Settings, args: list[str]) -> int:
    """Enqueue every article the arguments name; one line each."""
    if refused_without_queue(settings, "load --queue"):
        return EXIT_REFUSED
    urls = [a for a in args if a.startswith(("http://", "https://"))]
    jobs = [LoadJob.for_url(url) for url in urls]
    refused = 0
    for item in read_items([Path(a) for a in args if a not in urls],
                           settings.max_article_bytes):
        if item.text is None:
            refused += 1
            refuse(item.label, item.error or "unreadable")
            continue
        jobs.append(LoadJob.for_text(item.text, item.label, item.meta))
    async with open_queue(settings) as app:
        for job in jobs:
            queued = await enqueue_load(app, job)
            state = "already queued" if queued.duplicate else f"queued (job {queued.job_id})"
            print(f"{job.label}: {state}")
    return EXIT_REFUSED if refused else EXIT_OK


async def cmd_worker(settings: Settings, concurrency: int) -> int:
    if refused_without_queue(settings, "worker"):
        return EXIT_REFUSED
    if settings.log_level is None:  # procrastinate logs every job's arguments (texts)
        logging.getLogger("procrastinate").setLevel(logging.WARNING)
    await run_worker(settings, max(1, concurrency))
    return EXIT_OK


async def cmd_queue_status(settings: Settings) -> int:
    if refused_without_queue(settings, "queue status"):
        return EXIT_REFUSED
    status = await queue_status(settings)
    print("\n".join(status.lines()))
    return EXIT_OK
