"""Bulk loading: folders of article files and JSONL of articles, many per transaction.

    summary = await load_bulk(store, items, batch_size=100, progress=True)

Articles already stored (same content hash) are skipped before extraction, so an
interrupted load can simply be run again. Every article goes through bot.ingest like
any other door (checks, extraction in the worker pool with a deadline, the policy); the
next batch is extracted while this one is written, in one transaction (ingest.write).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bot.article import ArticleError, content_hash
from bot.ingest import EXTRACT_TIMEOUT, Refusal, check_text, extract_or_refusal, write
from bot.jsonlines import json_objects
from bot.loading import ARTICLE_SUFFIXES, HTML_SUFFIXES, read_article_file, read_html_file
from bot.models import Extraction
from bot.store.port import Store

log = logging.getLogger(__name__)

# Articles per transaction: large enough that commits are rare, small enough that an
# interrupted load loses little and that extracting the next batch overlaps writing
# this one for most of the load (100 measured 214-216 articles/s on train, 200 186-196).
DEFAULT_BATCH = 100
JSONL_SUFFIXES = (".jsonl", ".ndjson")


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
            try:
                check_text(text)
            except ArticleError as exc:
                yield Item(label, None, error=str(exc))
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


async def load_bulk(store: Store, items: Iterable[Item], *, batch_size: int = DEFAULT_BATCH,
                    progress: bool = True, total: int | None = None,
                    timeout: float | None = EXTRACT_TIMEOUT) -> BulkSummary:
    """Extract batch N+1 in the workers while batch N is written (one transaction each)."""
    summary = BulkSummary()
    started = time.perf_counter()
    bar = tqdm(total=total, unit="article", file=sys.stderr, disable=not progress)
    pending: Pending | None = None
    started_batch: Pending | None = None
    try:
        for batch in _batches(items, max(1, batch_size)):
            started_batch = await _start_batch(store, batch, summary, timeout)
            if pending is not None:
                bar.update(await _finish_batch(store, pending, summary))
            pending, started_batch = started_batch, None
        if pending is not None:
            bar.update(await _finish_batch(store, pending, summary))
            pending = None
    finally:
        bar.close()
        for left in (pending, started_batch):  # interrupted: extract nothing more
            for result in left.results if left is not None else []:
                result.cancel()
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
    results: list[asyncio.Task[Extraction | Refusal]]


async def _start_batch(store: Store, batch: list[Item], summary: BulkSummary,
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
    results = [asyncio.ensure_future(extract_or_refusal(i.text or "", i.meta, timeout))
               for i in fresh]
    return Pending(len(batch), fresh, results)


async def _finish_batch(store: Store, pending: Pending, summary: BulkSummary) -> int:
    """Wait for a batch's extractions and store them in one transaction; its size."""
    extractions = []
    for item, result in zip(pending.fresh, await asyncio.gather(*pending.results),
                            strict=True):
        if isinstance(result, Refusal):
            summary.refused.append((item.label, result.message))
        else:
            extractions.append(result)
    for stored in await write(store, extractions):
        if stored.created:
            summary.loaded += 1
            summary.statements += stored.statement_count
        else:
            summary.duplicates += 1
    return pending.size
