"""`onrecord ask "QUERY"`: one answer from the store, as text or as the --json contract."""

from __future__ import annotations

import json
import sys

from bot.commands import read_seeded_store
from bot.config import Settings
from bot.render import outcome_to_json, render_text
from bot.search import search

EXIT_OK = 0
EXIT_REFUSED = 1
# Longer queries are refused (a Telegram message holds at most 4,096 characters).
MAX_QUERY_CHARS = 4096


async def cmd_ask(settings: Settings, query: str, as_json: bool, limit: int) -> int:
    if not query.strip():
        print("ask: refused: the query is empty", file=sys.stderr)
        return EXIT_REFUSED
    if any(0xD800 <= ord(c) <= 0xDFFF for c in query):  # undecodable bytes in argv
        print("ask: refused: the query is not valid UTF-8 text", file=sys.stderr)
        return EXIT_REFUSED
    if len(query) > MAX_QUERY_CHARS:
        print(f"ask: refused: the query is {len(query):,} characters long, the limit is "
              f"{MAX_QUERY_CHARS:,}", file=sys.stderr)
        return EXIT_REFUSED
    outcome = await read_seeded_store(settings,
                                      lambda store: search(store, query, limit=max(1, limit)))
    if as_json:
        print(json.dumps(outcome_to_json(outcome), ensure_ascii=False, indent=2))
    else:
        print(render_text(outcome))
    return EXIT_OK
