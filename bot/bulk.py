"""Bulk loading: folders of article files and JSONL of articles, many per transaction.

    summary = await load_bulk(store, items, batch_size=100, progress=True)

Articles already stored (same content hash) are skipped before extraction, so an
interrupted load can simply be run again. Extraction runs in worker processes (one
per core); each batch is written in one transaction (Store.add_extractions).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bot.article import ArticleError, content_hash
from bot.jsonlines import json_objects
from bot.loading import (
    ARTICLE_SUFFIXES,
    EXTRACT_TIMEOUT,
    HTML_SUFFIXES,
    extract_text,
    read_article_file,
    read_html_file,
    time_limit,
)
from bot.models import Extraction
from bot.store import Store

log = logging.getLogger(__name__)

# Articles per transaction: large enough that commits are rare, small enough that an
# interrupted load loses little and that extracting the next batch overlaps writing
# this one for most of the load (100 measured 214-216 articles/s on train, 200 186-196).
DEFAULT_BATCH = 100
# Below this many articles extraction stays in this process (workers cost a start-up).
MIN_PARALLEL = 50
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# How a refusal caused by a bug (not by the input) starts.
INTERNAL_ERROR = "internal error"


@dataclass
class Item:
    """One article to load: where it came from, its text and metadata."""

    label: str
    text: str | None
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None  # set when the input itself could not be read


@dataclass
class BulkSummary:
    loaded: int = 0
    duplicates: int = 0
    statements: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)  # (label, reason)
    seconds: float = 0.0

    @property
    def per_second(self) -> float:
        done = self.loaded + self.duplicates + len(self.refused)
        return done / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        return (f"loaded {self.loaded} articles ({self.statements} statements), "
                f"skipped {self.duplicates} already stored, refused {len(self.refused)}; "
                f"{self.per_second:.0f} articles/s")


def read_items(paths: Iterable[Path], max_bytes: int | None = None) -> Iterator[Item]:
    """Article files (folders expanded) and JSONL lines {text, title?, date?, url?, source?}.

    Unreadable input (missing, not UTF-8, not JSON, bigger than `max_bytes`) becomes an
    Item with `error` set, never an exception."""
    for path in paths:
        if path.is_dir():
            try:
                children = sorted(path.iterdir())
            except OSError as exc:
                yield Item(str(path), None, error=str(exc))
                continue
            for child in children:
                if child.suffix in ARTICLE_SUFFIXES or child.suffix in JSONL_SUFFIXES:
                    yield from read_items([child], max_bytes)
        elif path.suffix in JSONL_SUFFIXES:
            yield from _jsonl_items(path, max_bytes)
        else:
            try:
                if path.suffix.lower() in HTML_SUFFIXES:
                    yield Item(str(path), *read_html_file(path, max_bytes))
                else:
                    yield Item(str(path), read_article_file(path, max_bytes))
            except (ArticleError, OSError) as exc:
                yield Item(str(path), None, error=str(exc))


def _jsonl_items(path: Path, max_bytes: int | None) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Item(str(path), None, error=str(exc))
        return
    with handle:
        for number, doc, error in json_objects(handle, max_bytes):
            if doc is None:
                yield Item(f"{path}:{number}", None, error=error)
                continue
            label = f"{path}:{doc.get('doc_id') or number}"
            text = doc.get("text")
            if not isinstance(text, str):
                yield Item(label, None, error="no \"text\" field")
                continue
            if not _encodable(text):
                yield Item(label, None, error="not valid Unicode text (a lone surrogate)")
                continue
            yield Item(label, text, _meta(doc))


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _meta(doc: dict[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = {k: doc[k] for k in ("title", "url", "source")
                            if isinstance(doc.get(k), str) and _encodable(doc[k])}
    when = doc.get("date") or doc.get("published")
    if isinstance(when, str):
        try:
            meta["published"] = (datetime.fromisoformat(when) if "T" in when
                                 else date.fromisoformat(when[:10]))
        except ValueError:
            log.info("ignoring unreadable date %r", when)
    return meta


def extract_or_reason(item: tuple[str, dict[str, Any], float | None]) -> Extraction | str:
    """Worker: an extraction, or the reason the article was refused.

    An unexpected exception is a bug in extraction, but it refuses this one article
    ("internal error: ...") rather than ending a load of thousands."""
    text, meta, timeout = item
    try:
        with time_limit(timeout):
            return extract_text(text, **meta)
    except ArticleError as exc:
        return str(exc)
    except Exception as exc:  # a bug: isolate this one article (see above)
        log.debug("extraction failed", exc_info=True)
        return f"{INTERNAL_ERROR}: {type(exc).__name__}: {exc}"


async def load_bulk(store: Store, items: Iterable[Item], *, batch_size: int = DEFAULT_BATCH,
                    progress: bool = True, total: int | None = None,
                    timeout: float | None = EXTRACT_TIMEOUT) -> BulkSummary:
    """Extract batch N+1 in the workers while batch N is written (one transaction each)."""
    summary = BulkSummary()
    started = time.perf_counter()
    bar = tqdm(total=total, unit="article", file=sys.stderr, disable=not progress)
    workers = ProcessPoolExecutor(max_workers=os.cpu_count() or 1) if (
        total is None or total >= MIN_PARALLEL) else None
    pending: Pending | None = None
    try:
        for batch in _batches(items, max(1, batch_size)):
            started_batch = await _start_batch(store, batch, summary, workers, timeout)
            if pending is not None:
                bar.update(await _finish_batch(store, pending, summary))
            pending = started_batch
        if pending is not None:
            bar.update(await _finish_batch(store, pending, summary))
    finally:
        bar.close()
        if workers is not None:
            workers.shutdown(cancel_futures=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class Pending:
    """A batch whose extraction runs: its fresh items and their results to come."""

    size: int
    fresh: list[Item]
    results: list[asyncio.Future[Extraction | str]]


async def _start_batch(store: Store, batch: list[Item], summary: BulkSummary,
                       workers: ProcessPoolExecutor | None,
                       timeout: float | None) -> Pending:
    readable = []
    for item in batch:
        if item.text is None:
            summary.refused.append((item.label, item.error or "unreadable"))
        else:
            readable.append(item)
    hashes = [content_hash(i.text or "") for i in readable]
    known = await store.known_hashes(hashes)
    fresh = [i for i, digest in zip(readable, hashes, strict=True) if digest not in known]
    summary.duplicates += len(readable) - len(fresh)
    loop = asyncio.get_running_loop()
    results: list[asyncio.Future[Extraction | str]] = []
    for item in fresh:
        job = (item.text or "", item.meta, timeout)
        if workers is None:
            done: asyncio.Future[Extraction | str] = loop.create_future()
            done.set_result(extract_or_reason(job))
            results.append(done)
        else:
            results.append(asyncio.wrap_future(workers.submit(extract_or_reason, job)))
    return Pending(len(batch), fresh, results)


async def _finish_batch(store: Store, pending: Pending, summary: BulkSummary) -> int:
    """Wait for a batch's extractions and store them in one transaction; its size."""
    extractions = []
    for item, result in zip(pending.fresh, await asyncio.gather(*pending.results),
                            strict=True):
        if isinstance(result, str):
            summary.refused.append((item.label, result))
        else:
            extractions.append(result)
    for stored in await store.add_extractions(extractions):
        if stored.created:
            summary.loaded += 1
            summary.statements += stored.statement_count
        else:
            summary.duplicates += 1
    return pending.size
