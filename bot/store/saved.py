"""Where SAVED_QUERY_DAYS used to live (handlers/app.py imports it from here); it is
bot.store.port's now."""

from bot.store.port import SAVED_QUERY_DAYS

__all__ = ["SAVED_QUERY_DAYS"]
