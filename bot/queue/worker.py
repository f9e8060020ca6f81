"""`onrecord worker`: run the queue's jobs; `onrecord queue status`: what is waiting.

A worker runs up to `concurrency` jobs at once (each extracts in the process's pool of
ONRECORD_EXTRACT_WORKERS processes and writes its article in one transaction); any
number of workers, on any machines, share the queue: PostgreSQL hands each job to one.
A worker sends a heartbeat every ONRECORD_QUEUE_HEARTBEAT seconds; the jobs of one
silent for ONRECORD_QUEUE_STALLED_AFTER are retried by the periodic stalled-job task.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from procrastinate.jobs import DEFAULT_QUEUE

from bot.config import Settings
from bot.queue.app import open_queue
from bot.queue.jobs import LOAD_QUEUE, LOAD_TASK
from bot.queue.tasks import SETTINGS, STORE
from bot.store import open_store
from bot.workers import shared_pool

# The queues `onrecord worker` takes: loads and the periodic tasks; the bot takes the
# replies to /load (bot.queue.jobs.REPLY_QUEUE).
WORKER_QUEUES = (LOAD_QUEUE, DEFAULT_QUEUE)
# Failed or waiting loads listed by `queue status` (the counts cover all).
LISTED = 20


async def run_worker(settings: Settings, concurrency: int = 1, *, wait: bool = True,
                     delete_jobs: str = "successful", name: str | None = None,
                     install_signal_handlers: bool = True) -> None:
    """Run jobs until stopped (SIGINT/SIGTERM: the running jobs finish first), or with
    `wait=False` until the queue is empty."""
    shared_pool(settings.extract_workers)
    store = await open_store(settings)
    try:
        async with open_queue(settings, worker_pool=concurrency) as app:
            await app.run_worker_async(
                queues=list(WORKER_QUEUES), concurrency=concurrency, wait=wait,
                name=name or "onrecord-worker", delete_jobs=delete_jobs,
                fetch_job_polling_interval=settings.queue_poll,
                update_heartbeat_interval=settings.queue_heartbeat,
                stalled_worker_timeout=settings.queue_stalled_after,
                additional_context={STORE: store, SETTINGS: settings},
                install_signal_handlers=install_signal_handlers)
    finally:
        await store.close()


@dataclass
class QueueStatus:
    counts: Counter[str] = field(default_factory=Counter)  # loads by status
    waiting: list[str] = field(default_factory=list)  # "#id label" of loads to do
    failed: list[str] = field(default_factory=list)  # ... and of loads that failed

    def lines(self) -> list[str]:
        counts = ", ".join(f"{self.counts[s]} {s}" for s in ("todo", "doing", "failed"))
        out = [f"loads: {counts}"]
        out += [f"waiting: {item}" for item in self.waiting[:LISTED]]
        out += [f"failed: {item}" for item in self.failed[:LISTED]]
        return out


async def queue_status(settings: Settings) -> QueueStatus:
    """The loads waiting, running and failed (succeeded jobs are deleted by workers)."""
    status = QueueStatus()
    async with open_queue(settings) as app:
        jobs = await app.job_manager.list_jobs_async(task=LOAD_TASK)
    for job in jobs:
        status.counts[str(job.status)] += 1
        label = f"#{job.id} {job.task_kwargs.get('label', '?')}"
        if job.status == "todo":
            status.waiting.append(label)
        elif job.status == "failed":
            status.failed.append(label)
    return status
