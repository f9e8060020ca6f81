"""The `onrecord` subcommands other than `run`, `chat` and `ask` (see bot/cli.py), and
what several of them share."""

from __future__ import annotations

from bot.config import Settings
from bot.loading import load_seeds_if_empty
from bot.store import open_store
from bot.store.port import Store


async def open_seeded_store(settings: Settings) -> Store:
    """The configured store, with the seed articles loaded when it is empty."""
    store = await open_store(settings)
    try:
        await load_seeds_if_empty(store, settings.seeds_dir)
    except BaseException:
        await store.close()
        raise
    return store
