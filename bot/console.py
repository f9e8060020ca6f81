"""The local console: the same search and cards as the bot, in a terminal."""

from __future__ import annotations

import asyncio
import sys

from bot.config import Settings
from bot.loading import load_seeds_if_empty
from bot.render import render_text
from bot.search import search
from bot.store import open_store
from bot.store.port import Store

NO_TOKEN_HELP = """\
TELEGRAM_BOT_TOKEN is not set, so the Telegram bot is not started.
To run the bot: open Telegram, talk to @BotFather, send /newbot, copy the token it gives,
then `export TELEGRAM_BOT_TOKEN=...` (or put it in a .env file) and run `onrecord run` again.

Meanwhile you can ask questions here, over the local store."""

PROMPT = "ask> "
CONSOLE_HELP = """\
Type a question, e.g. "what did Hegseth say on NATO", "Hegseth NATO",
"who said the war must end soon".
"more" shows the next results; "quit" (or Ctrl-D) leaves."""
# Words that leave the console or page through results.
QUIT_WORDS = frozenset({"quit", "exit", ":q"})
MORE_WORDS = frozenset({"more", "next", "n"})
PAGE_SIZE = 3


async def read_line(prompt: str) -> str | None:
    """Read one line without blocking the event loop; None at end of input."""
    print(prompt, end="", flush=True)
    line = await asyncio.to_thread(sys.stdin.readline)
    return line.rstrip("\n") if line else None


async def answer(store: Store, query: str, offset: int) -> str:
    outcome = await search(store, query, limit=PAGE_SIZE, offset=offset)
    return render_text(outcome)


async def run_console(settings: Settings) -> int:
    store = await open_store(settings)
    try:
        await load_seeds_if_empty(store, settings.seeds_dir)
        print(CONSOLE_HELP)
        last_query, offset = "", 0
        while (line := await read_line(PROMPT)) is not None:
            text = line.strip()
            if text.lower() in QUIT_WORDS:
                break
            if text.lower() in MORE_WORDS and last_query:
                offset += PAGE_SIZE
            elif text:
                last_query, offset = text, 0
            else:
                continue
            print(await answer(store, last_query, offset))
        print()
    finally:
        await store.close()
    return 0
