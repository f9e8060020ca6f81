"""A fake Telegram Bot API server for end-to-end tests (standard library only).

It listens on 127.0.0.1 (a free port) in the test's own event loop and speaks
just enough HTTP/1.1 for httpx: POST /bot<TOKEN>/<method>, JSON, form-encoded
or multipart bodies, keep-alive connections. Every call is recorded in order.
HTML-formatted texts are checked like Telegram does (allowed tags, escaped
``<``, ``>`` and ``&``, at most 4096 characters after parsing), so an escaping
bug shows up as the same 400 Bad Request the real server would answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl

BOT_USER = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "On Record Test",
    "username": "OnRecordTestBot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
MAX_TEXT = 4096
# Form values arrive JSON-encoded except plain strings; these stay strings even if
# they look like numbers ("123" typed by a user is text, not an int).
# fmt: off
STRING_FIELDS = frozenset({
    "text", "caption", "query", "parse_mode", "url", "action", "description", "title",
    "short_description", "name", "callback_query_id", "inline_query_id", "next_offset",
    "language_code", "secret_token", "emoji",
})
HTML_TAGS = frozenset({
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "tg-emoji", "code", "pre", "blockquote",
})
# fmt: on
HTML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class ApiError(Exception):
    """An error answer: {"ok": false, "error_code": ..., "description": ...}."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    token: str
    claimed: bool = field(default=False, repr=False)


class _TelegramHtml(HTMLParser):
    """Telegram's HTML parse mode: returns the plain text or raises ApiError(400)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.open: list[str] = []

    def fail(self, why: str) -> None:
        raise ApiError(400, f"Bad Request: can't parse entities: {why}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            self.fail(f'unsupported start tag "{tag}"')
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.fail(f'unexpected end tag "{tag}"')
        self.open.pop()

    def handle_data(self, data: str) -> None:
        for char in "<>&":
            if char in data:
                self.fail(f"unescaped {char!r} in text")
        self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in HTML_ENTITIES:
            self.fail(f'unsupported HTML entity "&{name};"')
        self.parts.append(HTML_ENTITIES[name])

    def handle_charref(self, name: str) -> None:
        number = int(name[1:], 16) if name[:1] in "xX" else int(name)
        self.parts.append(chr(number))

    def unknown_decl(self, data: str) -> None:
        self.fail("unsupported declaration")

    handle_comment = handle_decl = handle_pi = unknown_decl

    @classmethod
    def plain_text(cls, markup: str) -> str:
        parser = cls()
        parser.feed(markup)
        parser.close()
        if parser.open:
            parser.fail(f'can\'t find end tag corresponding to start tag "{parser.open[-1]}"')
        return "".join(parser.parts)


def message_text(params: dict[str, Any]) -> str:
    """The text as Telegram would store it; raises ApiError like Telegram."""
    text = str(params.get("text", ""))
    if params.get("parse_mode", "").upper() == "HTML":
        text = _TelegramHtml.plain_text(text)
    if not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if len(text) > MAX_TEXT:
        raise ApiError(400, "Bad Request: message is too long")
    return text


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


class FakeBotApi:
    """The fake server. Use `async with FakeBotApi() as api:` or start()/stop()."""

    def __init__(self, bot_user: dict[str, Any] | None = None) -> None:
        self.bot_user = dict(bot_user or BOT_USER)
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.port = 0
        self._failures: dict[str, list[ApiError]] = {}
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)
        await self._server.wait_closed()
        self._server = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # ---- test helpers -------------------------------------------------------------

    async def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for getUpdates; an update_id is assigned if missing."""
        update.setdefault("update_id", next(self._update_ids))
        async with self._changed:
            self.updates.append(update)
            self._changed.notify_all()
        return update

    async def send_private_text(
        self, user_id: int, text: str, first_name: str = "Alice"
    ) -> dict[str, Any]:
        """Queue a realistic private text message from a user (bot commands marked)."""
        user = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}
        chat = {"id": user_id, "type": "private", "first_name": first_name}
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            length = len(command.encode("utf-16-le")) // 2
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return await self.push_update({"message": message})

    def fail_next(
        self, method: str, code: int, description: str, retry_after: int | None = None
    ) -> None:
        """Make the next call of `method` fail (e.g. 429 with retry_after)."""
        self._failures.setdefault(method.lower(), []).append(
            ApiError(code, description, retry_after)
        )

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        timeout: float = 10,
    ) -> Call:
        """The first not yet returned call of `method` matching `predicate`, waiting for it.

        Each call is returned at most once, so successive waits see successive replies.
        """

        def find() -> Call | None:
            for call in self.calls:
                wanted = call.method == method and not call.claimed
                if wanted and (predicate is None or predicate(call.params)):
                    return call
            return None

        try:
            async with asyncio.timeout(timeout), self._changed:
                await self._changed.wait_for(lambda: find() is not None)
        except TimeoutError:
            seen = [call.method for call in self.calls]
            raise AssertionError(f"no {method} call within {timeout}s; calls: {seen}") from None
        call = find()
        assert call is not None
        call.claimed = True
        return call

    # ---- HTTP ---------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while request := await _read_request(reader):
                status, payload = await self._answer(*request)
                body = json.dumps(payload).encode()
                head = (
                    f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\n"
                    "Content-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
                )
                writer.write(head.encode() + body)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            # stop() cancels open connections (e.g. a long poll); ending normally keeps
            # asyncio's stream callback from logging the cancellation as an error.
            pass
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _answer(self, path: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        token, _, method = path.removeprefix("/bot").partition("/")
        if not path.startswith("/bot") or not method:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        async with self._changed:
            self.calls.append(Call(method, params, token))
            self._changed.notify_all()
        try:
            failures = self._failures.get(method.lower())
            if failures:
                raise failures.pop(0)
            return 200, {"ok": True, "result": await self._result(method, params)}
        except ApiError as err:
            payload: dict[str, Any] = {
                "ok": False,
                "error_code": err.code,
                "description": err.description,
            }
            if err.retry_after is not None:
                payload["parameters"] = {"retry_after": err.retry_after}
            return err.code, payload

    # ---- Bot API methods ----------------------------------------------------------

    async def _result(self, method: str, params: dict[str, Any]) -> Any:
        name = method.lower()
        if name == "getme":
            return self.bot_user
        if name == "getupdates":
            return await self._get_updates(params)
        if name == "deletewebhook":
            if params.get("drop_pending_updates"):
                self.updates.clear()
            return True
        if name == "setmycommands":
            self.commands[_scope_key(params)] = list(params.get("commands", []))
            return True
        if name == "deletemycommands":
            self.commands.pop(_scope_key(params), None)
            return True
        if name == "getmycommands":
            return self.commands.get(_scope_key(params), [])
        if name == "sendmessage":
            return self._message(params["chat_id"], message_text(params))
        if name == "editmessagetext":
            if "inline_message_id" in params:
                message_text(params)
                return True
            message = self._message(params["chat_id"], message_text(params))
            message["message_id"] = params["message_id"]
            message["edit_date"] = int(time.time())
            return message
        return True  # answerCallbackQuery, answerInlineQuery, sendChatAction, close, ...

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        if offset > 0:  # Telegram forgets confirmed updates
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        timeout = float(params.get("timeout") or 0)
        async with self._changed:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    await self._changed.wait_for(lambda: bool(self.updates))
        return self.updates[: int(params.get("limit") or 100)]

    def _message(self, chat_id: Any, text: str) -> dict[str, Any]:
        chat_type = "private" if isinstance(chat_id, int) and chat_id > 0 else "supergroup"
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type},
            "from": self.bot_user,
            "text": text,
        }


def _scope_key(params: dict[str, Any]) -> str:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code", "")], sort_keys=True)


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, dict[str, Any]] | None:
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
