"""One ingest path: every door that stores articles hands their text here.

The doors: `onrecord load` of files, folders, JSONL (bot.bulk) and URLs; Telegram's
/load of pasted text, documents, forwarded messages and URLs (handlers/admin_load.py);
the seed loader. Each reads its input (bot.loading, bot.bulk) and calls this module for:

1. the checks: size (check_size, before reading when the size is known), encoding
   (decode), prose (check_text here, then parse_article: not empty, not binary data, a
   headline and a paragraph of prose);
2. extraction in the process's worker pool (bot.workers) with a deadline: past it the
   worker is killed, so a stuck extraction really stops;
3. the policy, the same at every door: an article in which no statement is found is
   refused (NO_STATEMENTS) and nothing of it is stored;
4. the write (Store.add_extractions): what extraction found, nothing more; the acronyms
   an article defines come from extraction (bot.extraction.acronyms, the one finder).

Refusals are ArticleErrors (or Refusal values in bulk) with a one-line message.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bot.article import ArticleError, parse_article
from bot.extraction import extract
from bot.models import Article, Extraction, LoadResult, Statement
from bot.push import queue_pushes
from bot.store.port import Store
from bot.workers import TaskFailed, TaskTimeout, WorkerDied, shared_pool

log = logging.getLogger(__name__)

# Seconds one article's extraction may take; past it the worker is killed (some
# pathological texts would otherwise take many minutes). `onrecord load --timeout`.
EXTRACT_TIMEOUT = 30.0
# A paragraph longer than this is not news prose (every statement found in it would
# store it as its context): such text is refused before extraction.
MAX_PARAGRAPH_CHARS = 20_000
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r]*\n")
NO_STATEMENTS = "No statements found: nobody is quoted or reported as saying something."
# How a refusal caused by a bug (not by the input) starts.
INTERNAL_ERROR = "internal error"


class NoStatementsError(ArticleError):
    """The article was read but no attributed statement was found in it."""


class ExtractionTimeout(ArticleError):
    """Extraction took longer than the time limit; its worker was killed."""


class TooLarge(ArticleError):
    """The input is bigger than ONRECORD_MAX_ARTICLE_BYTES."""


class BadEncoding(ArticleError):
    """The input is not UTF-8 (or its declared charset) text."""


@dataclass(frozen=True)
class Refusal:
    """Why an article was not stored: `reason` is a short code, `message` for people."""

    reason: str  # no_statements, timeout, not_article, worker_died, internal
    message: str

    def error(self) -> ArticleError:
        kinds = {"no_statements": NoStatementsError, "timeout": ExtractionTimeout}
        return kinds.get(self.reason, ArticleError)(self.message)


@dataclass
class LoadReport:
    """What one load did: the store's result plus the article and its statements."""

    result: LoadResult
    article: Article
    statements: list[Statement] = field(default_factory=list)

    @property
    def duplicate(self) -> bool:
        return not self.result.created


# ---- the checks ----

def check_size(size: int, max_bytes: int | None, *, at_least: bool = False) -> None:
    """Refuse an input bigger than ONRECORD_MAX_ARTICLE_BYTES (`at_least`: `size` is what
    was read before stopping, not the whole)."""
    if max_bytes is not None and size > max_bytes:
        more = " or more" if at_least else ""
        raise TooLarge(f"Too large: {size:,} bytes{more}, the limit is {max_bytes:,} bytes "
                       "(ONRECORD_MAX_ARTICLE_BYTES).")


def decode(data: bytes, name: str = "the file", charset: str | None = None) -> str:
    """Text from bytes: the declared charset, else UTF-8 (a byte-order mark is dropped)."""
    try:
        return data.decode(charset or "utf-8-sig")
    except (LookupError, UnicodeDecodeError) as exc:
        kind = f"valid {charset} text" if charset else "UTF-8 text"
        raise BadEncoding(f"Bad encoding: {name} is not {kind}.") from exc


def check_text(text: str) -> None:
    """Refuse text that is not valid Unicode or has a paragraph over MAX_PARAGRAPH_CHARS."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadEncoding("Bad encoding: not valid Unicode text (a lone surrogate).") from exc
    if len(text) <= MAX_PARAGRAPH_CHARS:
        return
    longest = max(len(p) for p in PARAGRAPH_BREAK_RE.split(text))
    if longest > MAX_PARAGRAPH_CHARS:
        raise ArticleError(f"Not article text: a paragraph of {longest:,} characters (the "
                           f"limit is {MAX_PARAGRAPH_CHARS:,}).")


# ---- extraction ----

def extract_text(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    published: datetime | date | None = None,
    title: str | None = None,
) -> Extraction:
    """Check, parse and extract in this process, without a deadline and without storing
    (`onrecord extract`, benchmarks); raises ArticleError on unusable input."""
    check_text(text)
    article = parse_article(text, source=source, url=url, published=published, title=title)
    return extract(article)


# What workers run for each article. Tests replace it (a module-level function, so that
# it reaches the worker by name) to make extraction slow or fail.
EXTRACTOR: Callable[..., Extraction] = extract_text


def _extract_job(extractor: Callable[..., Extraction], text: str,
                 meta: dict[str, Any]) -> Extraction | Refusal:
    """In a worker: the extraction, or why the article is refused. An unexpected
    exception is a bug in extraction; it refuses this one article, not a whole load."""
    try:
        return extractor(text, **meta)
    except ArticleError as exc:
        return Refusal("not_article", str(exc))
    except Exception as exc:
        log.debug("extraction failed", exc_info=True)
        return Refusal("internal", f"{INTERNAL_ERROR}: {type(exc).__name__}: {exc}")


def policy(extraction: Extraction) -> Refusal | None:
    """The one rule for every door: an article without statements is refused."""
    return None if extraction.statements else Refusal("no_statements", NO_STATEMENTS)


async def extract_or_refusal(text: str, meta: dict[str, Any],
                             timeout: float | None = EXTRACT_TIMEOUT) -> Extraction | Refusal:
    """Extract one article in the worker pool, with the deadline and the policy."""
    future = shared_pool().submit(_extract_job, EXTRACTOR, text, meta, timeout=timeout)
    try:
        outcome = await asyncio.wrap_future(future)
    except TaskTimeout:
        return Refusal("timeout", f"Too slow: extraction took longer than {timeout:g} s and "
                       "was stopped; the text is not a usual article (e.g. one enormous "
                       "paragraph).")
    except WorkerDied:
        return Refusal("worker_died", "The extraction worker process died (out of memory?); "
                       "the load can be tried again.")
    except TaskFailed as exc:
        return Refusal("internal", f"{INTERNAL_ERROR}: {exc}")
    finally:
        future.cancel()  # still queued when this caller was cancelled: never run it
    if isinstance(outcome, Extraction):
        return policy(outcome) or outcome
    return outcome


async def extract_article(text: str, *, timeout: float | None = EXTRACT_TIMEOUT,
                          **meta: Any) -> Extraction:
    """extract_or_refusal, raising the refusal as an ArticleError."""
    outcome = await extract_or_refusal(text, meta, timeout)
    if isinstance(outcome, Refusal):
        raise outcome.error()
    return outcome


# ---- the write ----

async def write(store: Store, extractions: Sequence[Extraction]) -> list[LoadResult]:
    """Store articles that passed ingest, in one transaction (duplicates add nothing),
    then queue the pushes the new ones call for (bot.push: every door, any process)."""
    results = await store.add_extractions(extractions)
    created = [r.article_id for r in results if r.created]
    try:
        await queue_pushes(store, created)
    except Exception:  # the articles are stored; a push problem must not undo the load
        log.exception("pushes for articles %s not queued", created)
    return results


async def ingest(store: Store, text: str, *, max_bytes: int | None = None,
                 timeout: float | None = EXTRACT_TIMEOUT, **meta: Any) -> LoadReport:
    """Check, extract (worker pool, deadline), apply the policy and store one article."""
    check_size(len(text.encode("utf-8", "surrogatepass")), max_bytes)
    extraction = await extract_article(text, timeout=timeout, **meta)
    (result,) = await write(store, [extraction])
    return LoadReport(result, extraction.article, extraction.statements)
