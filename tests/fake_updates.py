"""Update builders for the fake Bot API: what users do, as Telegram would deliver it.

A mixin of FakeBotApi (it needs `push_update`, `remember`, `next_message_id`, `files`,
`bot_user` and the id counters). Every message a user sends is remembered, so replies to
it and button presses on the bot's messages carry the full message, as on Telegram.
"""

from __future__ import annotations

import itertools
import re
import time
from typing import Any

MENTION_RE = re.compile(r"(?<![\w/])@\w+")
# Telegram marks a /command at the start or after whitespace, anywhere in the text.
COMMAND_RE = re.compile(r"(?:^|(?<=\s))/\w+(?:@\w+)?")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities(text: str) -> list[dict[str, Any]]:
    """bot_command and mention entities with UTF-16 offsets, as Telegram marks them.

    Offsets and lengths count UTF-16 code units: an emoji outside the BMP counts 2.
    """
    found = []
    for kind, pattern in (("bot_command", COMMAND_RE), ("mention", MENTION_RE)):
        found += [{"type": kind, "offset": utf16_len(text[: m.start()]),
                   "length": utf16_len(m[0])} for m in pattern.finditer(text)]
    return sorted(found, key=lambda entity: entity["offset"])


def user_dict(user_id: int, first_name: str = "Alice") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}


class UpdateBuilders:
    """Mixed into FakeBotApi; see that class for the attributes used."""

    bot_user: dict[str, Any]
    files: dict[str, tuple[str, bytes]]
    _file_ids: itertools.count[int]
    _callback_ids: itertools.count[int]

    async def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def remember(self, message: dict[str, Any]) -> None:
        raise NotImplementedError

    def next_message_id(self, chat_id: Any) -> int:
        raise NotImplementedError

    def user_message(
        self, chat: dict[str, Any], user_id: int, text: str | None = None, *,
        first_name: str = "Alice", thread_id: int | None = None,
        reply_to: dict[str, Any] | None = None, **extra: Any,
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self.next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": user_dict(user_id, first_name),
            **extra,
        }
        if text is not None:
            message["text"] = text
            if entities(text):
                message["entities"] = entities(text)
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        self.remember(message)
        return message

    async def send_private_text(
        self, user_id: int, text: str, first_name: str = "Alice", **extra: Any
    ) -> dict[str, Any]:
        """Queue a realistic private text message from a user (bot commands marked)."""
        chat = {"id": user_id, "type": "private", "first_name": first_name}
        message = self.user_message(chat, user_id, text, first_name=first_name, **extra)
        return await self.push_update({"message": message})

    async def send_group_text(
        self, chat_id: int, user_id: int, text: str, **extra: Any
    ) -> dict[str, Any]:
        """A message in a supergroup (thread_id=... makes it a forum topic message)."""
        chat = {"id": chat_id, "type": "supergroup", "title": "Test group",
                "is_forum": "thread_id" in extra}
        return await self.push_update({"message": self.user_message(chat, user_id, text, **extra)})

    async def edit_user_message(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """The user edits one of their messages: an edited_message update."""
        edited = {**message, "text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        if entities(text):
            edited["entities"] = entities(text)
        self.remember(edited)
        return await self.push_update({"edited_message": edited})

    async def send_document(
        self, chat: dict[str, Any], user_id: int, file_name: str, data: bytes, *,
        caption: str | None = None, **extra: Any,
    ) -> dict[str, Any]:
        """A document message; the bytes are served at the file URL after getFile."""
        number = next(self._file_ids)
        file_id = f"doc-{number}"
        self.files[file_id] = (f"documents/file_{number}{_suffix(file_name)}", data)
        document = {"file_id": file_id, "file_unique_id": f"u{number}", "file_name": file_name,
                    "mime_type": "text/plain", "file_size": len(data)}
        if caption is not None:
            extra["caption"] = caption
            if entities(caption):
                extra["caption_entities"] = entities(caption)
        message = self.user_message(chat, user_id, None, document=document, **extra)
        return await self.push_update({"message": message})

    async def send_inline_query(
        self, user_id: int, query: str, offset: str = ""
    ) -> dict[str, Any]:
        inline = {"id": f"iq{next(self._callback_ids)}", "from": user_dict(user_id),
                  "query": query, "offset": offset, "chat_type": "sender"}
        return await self.push_update({"inline_query": inline})

    async def press_button(
        self, message: dict[str, Any], data: str, user_id: int
    ) -> dict[str, Any]:
        """A user presses an inline keyboard button with callback `data` on `message`."""
        press = {"id": f"cb{next(self._callback_ids)}", "from": user_dict(user_id),
                 "chat_instance": "ci1", "message": message, "data": data}
        return await self.push_update({"callback_query": press})


def private_chat(user_id: int, first_name: str = "Alice") -> dict[str, Any]:
    return {"id": user_id, "type": "private", "first_name": first_name}


def _suffix(file_name: str) -> str:
    return file_name[file_name.rfind("."):] if "." in file_name else ""
