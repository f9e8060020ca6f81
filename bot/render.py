"""Rendering a SearchOutcome as Telegram HTML or plain text.

OWNER: store/search helper.
"""
