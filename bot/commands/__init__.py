"""The `onrecord` subcommands other than `run` and `chat` (see bot/cli.py), and what
several of them share."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from bot.config import Settings
from bot.loading import load_seeds_if_empty
from bot.store import open_store
from bot.store.port import Store

T = TypeVar("T")


async def open_seeded_store(settings: Settings) -> Store:
    """The configured store, with the seed articles loaded when it is empty."""
    store = await open_store(settings)
    try:
        await load_seeds_if_empty(store, settings.seeds_dir)
    except BaseException:
        await store.close()
        raise
    return store


async def read_seeded_store(settings: Settings, read: Callable[[Store], Awaitable[T]]) -> T:
    """What `read` finds in the seeded store, which is closed afterwards."""
    store = await open_seeded_store(settings)
    try:
        return await read(store)
    finally:
        await store.close()
