"""The fake Bot API's HTTP side: reading one request and decoding its parameters."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import json
from typing import Any
from urllib.parse import parse_qsl

from telegram_html import ApiError

# Form values arrive JSON-encoded except plain strings; these stay strings even if
# they look like numbers ("123" typed by a user is text, not an int).
# fmt: off
STRING_FIELDS = frozenset({
    "text", "caption", "query", "parse_mode", "url", "action", "description", "title",
    "short_description", "name", "callback_query_id", "inline_query_id", "next_offset",
    "language_code", "secret_token", "emoji",
})
# fmt: on


def decode_body(content_type: str, body: bytes) -> dict[str, Any]:
    """Request parameters from a JSON, form-encoded or multipart body."""
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(body)
    if content_type.startswith("multipart/form-data"):
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        pairs = []
        for part in message.iter_parts():
            payload = part.get_payload(decode=True) or b""
            value = payload if part.get_filename() else payload.decode()
            pairs.append((part.get_param("name", header="content-disposition"), value))
    else:
        pairs = parse_qsl(body.decode(), keep_blank_values=True)
    return {name: _form_value(name, value) for name, value in pairs}


def _form_value(name: str, value: Any) -> Any:
    if name in STRING_FIELDS or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def read_request(reader: asyncio.StreamReader) -> tuple[str, dict[str, Any]] | None:
    """One HTTP request as (path, params); None when the client closed the connection."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", 0)))
    path = request_line.split()[1].split("?")[0]
    return path, decode_body(headers.get("content-type", ""), body)


JSON = "application/json"


def payload_of(err: ApiError) -> bytes:
    """The JSON body of a Bot API error answer (with parameters.retry_after for a 429)."""
    payload: dict[str, Any] = {"ok": False, "error_code": err.code, "description": err.description}
    if err.retry_after is not None:
        payload["parameters"] = {"retry_after": err.retry_after}
    return json.dumps(payload).encode()
