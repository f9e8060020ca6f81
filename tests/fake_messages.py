"""The fake Bot API's messages: per-chat ids, editing and deleting, with Telegram's answers.

A mixin of FakeBotApi. As in a Telegram chat, message ids are sequential per chat and
shared by everyone's messages (the users' and the bot's), so an id between two known ids
is some other message of that chat. Editing and deleting answer like Telegram, which the
bot's duplicate probe (handlers/duplicates.py) relies on:

    editMessageText on the bot's message with the same text, entities and buttons
        -> 400 "Bad Request: message is not modified: specified new message content and
           reply markup are exactly the same as a current content and reply markup of
           the message"
    editMessageText on someone else's message -> 400 "Bad Request: message can't be edited"
    editMessageText on an id the chat does not have -> 400 "Bad Request: message to edit
        not found"
    deleteMessage on an id the chat does not have -> 400 "Bad Request: message to delete
        not found"; on a user's message in a group (the bot is no admin) -> 400
        "Bad Request: message can't be deleted"

Deleted messages are recorded in `deleted`; `visible_messages(chat)` is what the chat
shows (everything sent, minus what was deleted), `bot_messages(chat)` the bot's part.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from telegram_html import ApiError, message_text_and_entities

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
CANT_EDIT = "Bad Request: message can't be edited"
EDIT_NOT_FOUND = "Bad Request: message to edit not found"
DELETE_NOT_FOUND = "Bad Request: message to delete not found"
CANT_DELETE = "Bad Request: message can't be deleted"


class MessageStore:
    """Mixed into FakeBotApi: `messages` by (chat id, message id), per-chat id counters."""

    bot_user: dict[str, Any]
    messages: dict[tuple[Any, int], dict[str, Any]]
    chats: dict[Any, dict[str, Any]]
    deleted: list[tuple[Any, int]]
    _chat_message_ids: dict[Any, itertools.count[int]]

    def next_message_id(self, chat_id: Any) -> int:
        """The chat's next message id (1, 2, 3, ... per chat, users' and bot's alike)."""
        return next(self._chat_message_ids.setdefault(chat_id, itertools.count(1)))

    def remember(self, message: dict[str, Any]) -> None:
        """Keep a message (sent or received) by (chat id, message id)."""
        self.messages[(message["chat"]["id"], message["message_id"])] = message
        self.chats.setdefault(message["chat"]["id"], message["chat"])

    def message(self, chat_id: Any, message_id: int) -> dict[str, Any]:
        """The current state of a message (after edits)."""
        return self.messages[(chat_id, message_id)]

    def visible_messages(self, chat_id: Any) -> list[dict[str, Any]]:
        """The chat's messages as its members see them: all sent, minus deleted, by id."""
        return [message for (chat, _), message in sorted(
            ((key, m) for key, m in self.messages.items() if key[0] == chat_id),
            key=lambda item: item[0][1])]

    def bot_messages(self, chat_id: Any) -> list[dict[str, Any]]:
        """The visible messages the bot sent in the chat."""
        return [m for m in self.visible_messages(chat_id) if self._is_ours(m)]

    def _is_ours(self, message: dict[str, Any]) -> bool:
        return (message.get("from") or {}).get("id") == self.bot_user["id"]

    def _edit(self, params: dict[str, Any], markup: dict[str, Any] | None) -> Any:
        text, entities = message_text_and_entities(params)
        if "inline_message_id" in params:
            return True
        key = (params["chat_id"], params["message_id"])
        old = self.messages.get(key)
        if old is None:
            raise ApiError(400, EDIT_NOT_FOUND)
        if not self._is_ours(old):
            raise ApiError(400, CANT_EDIT)
        same = (old.get("text"), old.get("entities") or [], old.get("reply_markup"))
        if same == (text, entities, markup):
            raise ApiError(400, NOT_MODIFIED)
        new = {**old, "text": text, "edit_date": int(time.time())}
        for name, value in (("entities", entities), ("reply_markup", markup)):
            new.pop(name, None)
            if value:
                new[name] = value
        self.remember(new)
        return new

    def _delete(self, params: dict[str, Any]) -> bool:
        key = (params["chat_id"], params["message_id"])
        message = self.messages.get(key)
        if message is None:
            raise ApiError(400, DELETE_NOT_FOUND)
        if not self._is_ours(message) and message["chat"].get("type") != "private":
            raise ApiError(400, CANT_DELETE)
        del self.messages[key]
        self.deleted.append(key)
        return True
