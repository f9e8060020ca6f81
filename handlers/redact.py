"""Keep the bot token out of every log record, whoever logs it and at whatever level.

Bot API URLs hold the token (https://api.telegram.org/bot<TOKEN>/sendMessage), and
libraries log URLs: httpx logs every request at INFO, and exceptions may quote a URL.
A log record factory (installed once per process) blanks registered secrets out of the
formatted message and the exception text before any handler or filter sees the record.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

MASK = "<token>"

_secrets: set[str] = set()
_installed = False


def redact(text: str) -> str:
    for secret in _secrets:
        text = text.replace(secret, MASK)
    return text


def protect(secret: str) -> None:
    """Blank `secret` out of all log records from now on."""
    global _installed
    if secret:
        _secrets.add(secret)
    if not _installed:
        _installed = True
        logging.setLogRecordFactory(_factory(logging.getLogRecordFactory()))


def _factory(make: Any) -> Any:
    def redacting(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record: logging.LogRecord = make(*args, **kwargs)
        if _secrets:
            _scrub(record)
        return record

    return redacting


def _scrub(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except (TypeError, ValueError, KeyError):  # a bad format: logging reports it itself
        return
    if any(secret in message for secret in _secrets):
        record.msg, record.args = redact(message), None
    if record.exc_info and record.exc_info[1] is not None:
        text = "".join(traceback.format_exception(record.exc_info[1])).rstrip()
        if any(secret in text for secret in _secrets):
            # Formatters use exc_text when it is set instead of formatting exc_info.
            record.exc_text = redact(text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
