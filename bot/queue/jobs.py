"""What a load job carries, its locks, and enqueueing it.

A job carries all it needs, as procrastinate's JSON arguments: a URL, or the text (or a
document's bytes, base64) with its name and metadata, and where to send the result (a
Telegram chat and message, for /load). Passing the text as arguments rather than in a
table of ours keeps a job one row that lives and dies with its payload (no orphans, no
second write at enqueue, no migration beside the store's): the size was checked at the
door (ONRECORD_MAX_ARTICLE_BYTES), PostgreSQL compresses large values out of line, and a
worker deletes a job once it succeeded.

Locks: the queueing lock (`load:` + SHA-256 of the URL, or of the text or bytes) makes
the same article enqueued twice one waiting job; the same string as the job's lock keeps
two workers from loading one article at once.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from procrastinate import App
from procrastinate.exceptions import AlreadyEnqueued

LOAD_TASK = "onrecord.load"
STALLED_TASK = "onrecord.retry_stalled_jobs"
PRUNE_TASK = "onrecord.prune_saved_queries"
# Replies to the admin who sent /load run in the bot (handlers.queue_replies), which
# alone speaks to Telegram: jobs on this queue, which `onrecord worker` does not take.
REPLY_TASK = "onrecord.reply"
REPLY_QUEUE = "replies"
LOAD_QUEUE = "loads"
# Attempts of a load that fails for a reason other than its article (bot.queue.app).
LOAD_ATTEMPTS = 3


@dataclass(frozen=True)
class LoadJob:
    """One article to load: kind "url", "text" or "document"."""

    kind: str
    label: str
    url: str | None = None
    text: str | None = None
    data: str | None = None  # a document's bytes, base64
    name: str | None = None  # a document's file name
    meta: dict[str, str] = field(default_factory=dict)  # title, source, url, published
    reply: dict[str, int] | None = None  # {"chat_id", "message_id"} of a /load

    @classmethod
    def for_url(cls, url: str, **extra: Any) -> LoadJob:
        return cls("url", url, url=url, **extra)

    @classmethod
    def for_text(cls, text: str, label: str, meta: dict[str, Any] | None = None,
                 **extra: Any) -> LoadJob:
        return cls("text", label, text=text, meta=json_meta(meta or {}), **extra)

    @classmethod
    def for_document(cls, data: bytes, name: str, **extra: Any) -> LoadJob:
        encoded = base64.b64encode(data).decode("ascii")
        return cls("document", name, data=encoded, name=name, **extra)

    def lock(self) -> str:
        payload = (self.url if self.kind == "url" else self.text or self.data) or ""
        digest = hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()
        return f"load:{self.kind}:{digest[:40]}"

    def args(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, {})}

    @classmethod
    def from_args(cls, args: dict[str, Any]) -> LoadJob:
        return cls(**args)

    def document_bytes(self) -> bytes:
        return base64.b64decode(self.data or "")

    def ingest_meta(self) -> dict[str, Any]:
        """The metadata as bot.ingest takes it (published back to a date or datetime)."""
        meta: dict[str, Any] = dict(self.meta)
        when = meta.get("published")
        if when:
            meta["published"] = (datetime.fromisoformat(when) if "T" in when
                                 else date.fromisoformat(when))
        return meta


def json_meta(meta: dict[str, Any]) -> dict[str, str]:
    return {k: v.isoformat() if isinstance(v, date) else str(v)
            for k, v in meta.items() if v is not None}


@dataclass(frozen=True)
class Queued:
    """The outcome of enqueueing: a new job's id, or None when one was waiting already."""

    job_id: int | None

    @property
    def duplicate(self) -> bool:
        return self.job_id is None


async def enqueue_load(app: App, job: LoadJob) -> Queued:
    """Enqueue one load; the same article waiting already is not enqueued twice."""
    lock = job.lock()
    deferrer = app.configure_task(LOAD_TASK, queue=LOAD_QUEUE, lock=lock, queueing_lock=lock)
    try:
        return Queued(await deferrer.defer_async(**job.args()))
    except AlreadyEnqueued:
        return Queued(None)
