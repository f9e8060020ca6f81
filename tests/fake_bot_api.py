"""A fake Telegram Bot API server for end-to-end tests (standard library only).

It listens on 127.0.0.1 (a free port) in the test's own event loop and speaks
just enough HTTP/1.1 for httpx: POST /bot<TOKEN>/<method>, JSON, form-encoded
or multipart bodies, keep-alive connections. Every call is recorded in order.
HTML-formatted texts are checked like Telegram does (allowed tags, escaped
``<``, ``>`` and ``&``, at most 4096 characters after parsing), so an escaping
bug shows up as the same 400 Bad Request the real server would answer.

Modules: fake_http.py (requests and parameters), fake_methods.py (the Bot API methods:
sendMessage, answerInlineQuery, answerCallbackQuery, getFile, commands per scope),
fake_messages.py (per-chat message ids, editMessageText and deleteMessage with Telegram's
answers, the messages a chat shows), fake_updates.py (what users do: private, group and
topic messages, edits, documents, inline queries, button presses), telegram_html.py (the
HTML checker), fake_faults.py (429, 5xx, slow answers, dropped connections). Files are at
GET /file/bot<TOKEN>/<file_path> (PTB's base_file_url).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fake_faults import NGINX_502, Fault, FaultPlan
from fake_http import JSON, payload_of, read_request
from fake_methods import BotMethods
from fake_updates import UpdateBuilders
from telegram_html import ApiError

BOT_USER = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "On Record Test",
    "username": "OnRecordTestBot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
@dataclass
class Call:
    method: str
    params: dict[str, Any]
    token: str
    claimed: bool = field(default=False, repr=False)
    at: float = field(default_factory=time.monotonic, repr=False)  # when it arrived
    processed: bool = True  # False when a fault refused or dropped it before processing


class FakeBotApi(BotMethods, UpdateBuilders):
    """The fake server. Use `async with FakeBotApi() as api:` or start()/stop()."""

    def __init__(self, bot_user: dict[str, Any] | None = None) -> None:
        self.bot_user = dict(bot_user or BOT_USER)
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.port = 0
        self._failures: dict[str, list[ApiError]] = {}
        self.faults = FaultPlan()
        self.pushed_at: dict[int, float] = {}  # update_id -> when it was queued
        self._update_ids = itertools.count(1)
        self._chat_message_ids: dict[Any, itertools.count[int]] = {}
        self._file_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self.messages: dict[tuple[Any, int], dict[str, Any]] = {}
        self.deleted: list[tuple[Any, int]] = []  # (chat id, message id), in order
        self.in_flight = 0  # requests being answered, getUpdates aside
        self.chats: dict[Any, dict[str, Any]] = {}
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, bytes)
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
        self.pushed_at[update["update_id"]] = time.monotonic()
        async with self._changed:
            self.updates.append(update)
            self._changed.notify_all()
        return update

    def fail_next(
        self, method: str, code: int, description: str, retry_after: int | None = None
    ) -> None:
        """Make the next call of `method` fail (e.g. 429 with retry_after)."""
        self._failures.setdefault(method.lower(), []).append(
            ApiError(code, description, retry_after)
        )

    def inject(self, method: str, kind: str, times: int = 1, **options: Any) -> None:
        """Make the next `times` calls of `method` meet a fault (see fake_faults.KINDS)."""
        self.faults.add(method, Fault(kind, **options), times)

    def calls_to(self, method: str, *, processed_only: bool = False) -> list[Call]:
        return [call for call in self.calls
                if call.method == method and (call.processed or not processed_only)]

    async def wait_until(self, ready: Callable[[], bool], timeout: float = 10) -> None:
        """Wait until `ready()` (checked after every call and queued update)."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(ready)

    async def wait_for_call(
        self, method: str, predicate: Callable[[dict[str, Any]], bool] | None = None,
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
            await self.wait_until(lambda: find() is not None, timeout)
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
            while request := await read_request(reader):
                path, params = request
                if path.startswith("/file/bot"):
                    status, body, kind = self._file(path)
                else:
                    answered = await self._answer_with_faults(path, params)
                    if answered is None:
                        return  # a dropped connection: closed without an answer
                    status, body, kind = answered
                head = (
                    f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\n"
                    f"Content-Type: {kind}\r\n"
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

    async def _answer_with_faults(
        self, path: str, params: dict[str, Any]
    ) -> tuple[int, bytes, str] | None:
        """(status, body, content type), or None to drop the connection."""
        method = path.removeprefix("/bot").partition("/")[2]
        counted = method != "getUpdates"  # a long poll is always in flight
        self.in_flight += counted
        try:
            return await self._faulted_answer(path, method, params)
        finally:
            async with self._changed:
                self.in_flight -= counted
                self._changed.notify_all()

    async def _faulted_answer(self, path: str, method: str, params: dict[str, Any]
                              ) -> tuple[int, bytes, str] | None:
        fault = self.faults.take(method) if method else None
        kind = fault.kind if fault is not None else ""
        if fault is not None and kind in ("429", "500", "502", "drop"):
            await self._record(path, params, processed=False)
            if kind == "502":
                return 502, NGINX_502, "text/html"
            error = (ApiError(429, f"Too Many Requests: retry after {fault.retry_after}",
                              fault.retry_after) if kind == "429"
                     else ApiError(500, "Internal Server Error"))
            return None if kind == "drop" else (error.code, payload_of(error), JSON)
        if fault is not None and kind == "slow":
            await asyncio.sleep(fault.delay)
        status, payload = await self._answer(path, params)
        return None if kind == "drop-after" else (status, json.dumps(payload).encode(), JSON)

    async def _record(self, path: str, params: dict[str, Any], *, processed: bool) -> Call:
        token, _, method = path.removeprefix("/bot").partition("/")
        call = Call(method, params, token, processed=processed)
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        return call

    async def _answer(self, path: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        method = path.removeprefix("/bot").partition("/")[2]
        if not path.startswith("/bot") or not method:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        call = await self._record(path, params, processed=True)
        try:
            failures = self._failures.get(method.lower())
            if failures:
                raise failures.pop(0)
            return 200, {"ok": True, "result": await self._result(method, params)}
        except ApiError as err:
            call.processed = False  # refused: nothing happened
            return err.code, json.loads(payload_of(err))
