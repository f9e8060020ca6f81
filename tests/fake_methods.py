"""The Bot API methods the fake server answers, with Telegram's checks and error texts.

A mixin of FakeBotApi. Sent messages are remembered (so they can be edited, deleted and
their buttons pressed; fake_messages.py keeps them, with Telegram's per-chat ids and its
answers to editing and deleting); callback data over 64 bytes, more than 50 inline results
or duplicate result ids are refused with 400; with `flood` set, sendMessage beyond
Telegram's flood limits is refused with 429 (fake_flood.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from typing import Any

from fake_flood import FloodLimits
from fake_messages import MessageStore
from telegram_html import ApiError, message_text, message_text_and_entities

MAX_CALLBACK_DATA = 64
MAX_INLINE_RESULTS = 50
MAX_ALERT = 200


class BotMethods(MessageStore):
    """Mixed into FakeBotApi; see that class for the attributes used."""

    updates: list[dict[str, Any]]
    commands: dict[str, list[dict[str, Any]]]
    files: dict[str, tuple[str, bytes]]
    _changed: asyncio.Condition
    flood: FloodLimits | None = None  # Telegram's flood limits, when a test sets them

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
            self.commands[scope_key(params)] = list(params.get("commands", []))
            return True
        if name == "deletemycommands":
            self.commands.pop(scope_key(params), None)
            return True
        if name == "getmycommands":
            return self.commands.get(scope_key(params), [])
        if name == "sendmessage":
            if self.flood is not None:
                self.flood.check(params["chat_id"])
            return self._send(params)
        if name == "editmessagetext":
            return self._edit(params, check_markup(params.get("reply_markup")))
        if name == "deletemessage":
            return self._delete(params)
        if name == "answerinlinequery":
            check_inline_answer(params)
            return True
        if name == "answercallbackquery":
            if len(str(params.get("text", ""))) > MAX_ALERT:
                raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
            return True
        if name == "getfile":
            return self._get_file(params)
        return True  # sendChatAction, close, ...

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

    def _send(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params["chat_id"]
        text, entities = message_text_and_entities(params)
        message = {
            "message_id": 0,  # numbered below, once every check has passed
            "date": int(time.time()),
            "chat": self.chats.get(chat_id) or default_chat(chat_id),
            "from": self.bot_user,
            "text": text,
        }
        if entities:
            message["entities"] = entities
        markup = check_markup(params.get("reply_markup"))
        if markup:
            message["reply_markup"] = markup
        thread = params.get("message_thread_id")
        if thread is not None:
            message["message_thread_id"] = thread
            message["is_topic_message"] = True
        reply = params.get("reply_parameters") or {}
        replied_id = reply.get("message_id") or params.get("reply_to_message_id")
        if replied_id is not None:
            replied = self.messages.get((chat_id, replied_id))
            if replied is None and reply.get("allow_sending_without_reply"):
                replied_id = None
            elif replied is None:
                raise ApiError(400, "Bad Request: message to be replied not found")
        if replied_id is not None and replied is not None:
            message["reply_to_message"] = {k: v for k, v in replied.items()
                                           if k != "reply_to_message"}
        message["message_id"] = self.next_message_id(chat_id)
        self.remember(message)
        return message

    def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id"))
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, data = self.files[file_id]
        return {"file_id": file_id, "file_unique_id": f"u-{file_id}", "file_size": len(data),
                "file_path": path}

    def _file(self, path: str) -> tuple[int, bytes, str]:
        """GET /file/bot<token>/<file_path>: a file's bytes (after getFile)."""
        _token, _, file_path = path.removeprefix("/file/bot").partition("/")
        for stored_path, data in self.files.values():
            if stored_path == file_path:
                return 200, data, "application/octet-stream"
        return 404, b"Not Found", "text/plain"


def default_chat(chat_id: Any) -> dict[str, Any]:
    if isinstance(chat_id, int) and chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": "User"}
    return {"id": chat_id, "type": "supergroup", "title": "Group"}


def check_markup(markup: Any) -> dict[str, Any] | None:
    """An inline keyboard as Telegram keeps it; bad buttons are refused like Telegram."""
    if isinstance(markup, str):
        markup = json.loads(markup)
    if not markup:
        return None
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            if data is None and not any(k in button for k in ("url", "switch_inline_query")):
                raise ApiError(400, "Bad Request: BUTTON_TYPE_INVALID")
    return dict(markup)


def check_inline_answer(params: dict[str, Any]) -> None:
    results = params.get("results") or []
    if isinstance(results, str):
        results = json.loads(results)
    if len(results) > MAX_INLINE_RESULTS:
        raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
    ids = [r["id"] for r in results]
    if len(set(ids)) != len(ids) or any(len(i.encode()) > 64 for i in ids):
        raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
    for item in results:
        content = item.get("input_message_content") or {}
        message_text({"text": content.get("message_text", ""),
                      "parse_mode": content.get("parse_mode", "")})
        check_markup(item.get("reply_markup"))
    if len(str(params.get("next_offset", "")).encode()) > 64:
        raise ApiError(400, "Bad Request: NEXT_OFFSET_INVALID")


def scope_key(params: dict[str, Any]) -> str:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code", "")], sort_keys=True)
