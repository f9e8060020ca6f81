"""What the follow/push/timeline end-to-end tests share: a fake Bot API that also knows
group admins (getChatMember) and chats that blocked the bot, made-up articles, and
helpers to wait for the bot's messages to one chat."""

from __future__ import annotations

import asyncio
from typing import Any

from fake_bot_api import Call, FakeBotApi
from fake_updates import user_dict
from telegram_html import ApiError

from bot.store.port import Store

BLOCKED = "Forbidden: bot was blocked by the user"


class FollowApi(FakeBotApi):
    """FakeBotApi plus getChatMember (`group_admins`: chat -> user ids, shown as the
    group's creator) and `blocked` chats, whose sendMessage answers 403 as Telegram does."""

    def __init__(self) -> None:
        super().__init__()
        self.group_admins: dict[int, set[int]] = {}
        self.blocked: set[int] = set()
        self.migrated: dict[int, int] = {}  # group id -> its supergroup's id

    async def _answer(self, path: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """sendMessage to a migrated group: Telegram's 400 with migrate_to_chat_id."""
        chat = params.get("chat_id")
        if path.lower().endswith("/sendmessage") and chat is not None and int(
                chat) in self.migrated:
            await self._record(path, params, processed=False)
            return 400, {"ok": False, "error_code": 400,
                         "description": "Bad Request: group chat was upgraded to a "
                                        "supergroup chat",
                         "parameters": {"migrate_to_chat_id": self.migrated[int(chat)]}}
        return await super()._answer(path, params)

    async def _result(self, method: str, params: dict[str, Any]) -> Any:
        name = method.lower()
        if name == "getchatmember":
            chat, user = int(params["chat_id"]), int(params["user_id"])
            admin = user in self.group_admins.get(chat, set())
            member: dict[str, Any] = {"user": user_dict(user),
                                      "status": "creator" if admin else "member"}
            if admin:
                member["is_anonymous"] = False
            return member
        if name == "sendmessage" and int(params["chat_id"]) in self.blocked:
            raise ApiError(403, BLOCKED)
        return await super()._result(method, params)


def article(title: str, day: str, *paragraphs: str, source: str = "Test Wire") -> str:
    """A made-up article in the format `onrecord load` and /load read."""
    return "\n\n".join([title, f"Source: {source}\nDate: {day}", *paragraphs]) + "\n"


NATO_ARTICLE = article(
    "Hegseth presses NATO allies on spending", "March 5, 2025",
    "BRUSSELS, March 5 (Test Wire) -- U.S. Defense Secretary Pete Hegseth on Wednesday "
    "urged NATO allies to raise military spending.",
    "\"Every NATO member must carry its share of the load,\" Hegseth told reporters at "
    "the alliance's headquarters.",
    "\"Nobody rides for free any more,\" said Anna Berg, a Swedish diplomat.")
TARIFF_ARTICLE = article(
    "Hegseth visits shipyard", "March 9, 2025",
    "NORFOLK, March 9 (Test Wire) -- Pete Hegseth toured a shipyard on Sunday.",
    "\"These workers build the fleet we need,\" Hegseth said during the visit.")

# A speaker's statements on steel tariffs over three months, for /timeline: the first
# reported by two outlets, the last taking it back ('will' then 'will not').
QUINT = (
    article("Steel tariffs stay where they are", "March 4, 2025",
            "OSLO, March 4 (Test Wire) -- Trade Minister Mara Quint changed course on Tuesday.",
            "\"We will not raise tariffs on imported steel this year,\" Quint said on Tuesday."),
    article("Quint on trade", "February 6, 2025",
            "OSLO, Feb. 6 (Test Wire) -- Mara Quint spoke to parliament on Thursday.",
            "\"Tariffs are a tool, not a goal,\" Quint told lawmakers on Thursday."),
    article("Quint promises steel tariffs", "January 10, 2025",
            "OSLO, Jan. 10 (Test Wire) -- Trade Minister Mara Quint said on Thursday the "
            "government would act on steel.",
            "\"We will raise tariffs on imported steel,\" Quint told reporters on Thursday."),
    article("Minister vows tariffs on steel", "January 11, 2025",
            "OSLO (Daily Ledger) -- Trade Minister Mara Quint promised action on cheap steel.",
            "\"We will raise tariffs on imported steel,\" Quint told reporters on Thursday.",
            source="Daily Ledger"),
)


def pushes_to(api: FakeBotApi, chat: int) -> list[Call]:
    """The push messages a chat got (processed sendMessage calls that are pushes)."""
    return [c for c in api.calls_to("sendMessage", processed_only=True)
            if c.params["chat_id"] == chat and "New on record" in str(c.params["text"])]


async def settled(store: Store, wanted: dict[str, int], timeout: float = 10) -> None:
    """Wait until the outbox holds exactly these counts by status."""
    async with asyncio.timeout(timeout):
        while await store.push_counts() != wanted:
            await asyncio.sleep(0.05)
