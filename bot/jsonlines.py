"""Reading JSONL article files line by line; a bad line is reported, never fatal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from bot.article import ArticleError
from bot.ingest import check_size


def json_objects(
    lines: IO[bytes], max_bytes: int | None = None
) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, object, None) per readable line, (line number, None, reason) per
    bad one: over `max_bytes`, not UTF-8, not JSON, or not a JSON object. Blank lines
    are skipped."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            check_size(len(raw), max_bytes)
            doc = json.loads(raw.decode("utf-8"))
        except ArticleError as exc:
            yield number, None, str(exc)
        except UnicodeDecodeError as exc:
            yield number, None, f"not UTF-8 text ({exc.reason})"
        except (json.JSONDecodeError, RecursionError) as exc:
            yield number, None, f"not JSON: {exc}"
        else:
            if isinstance(doc, dict):
                yield number, doc, None
            else:
                yield number, None, "not a JSON object"
