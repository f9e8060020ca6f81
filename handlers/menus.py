"""Command menus per scope, set at start-up: private chats, groups, and each admin.

Menus only show commands; the admin check is done on the server (handlers.guard).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
)
from telegram.error import BadRequest

log = logging.getLogger(__name__)

FOLLOW_COMMANDS = (
    BotCommand("follow", "Get new statements: /follow Hegseth on NATO"),
    BotCommand("following", "What this chat follows, to unfollow"),
    BotCommand("timeline", "What someone said over time: /timeline Hegseth NATO"),
)
PRIVATE_COMMANDS = (
    BotCommand("start", "What this bot does"),
    BotCommand("help", "How to ask, with examples"),
    *FOLLOW_COMMANDS,
)
GROUP_COMMANDS = (
    BotCommand("ask", "Ask what someone said, e.g. /ask hegseth nato"),
    BotCommand("help", "How to ask in a group"),
    *FOLLOW_COMMANDS,
)
ADMIN_COMMANDS = (
    *PRIVATE_COMMANDS,
    BotCommand("load", "Store an article: a link, a file, a reply or pasted text"),
    BotCommand("sources", "List stored articles"),
    BotCommand("forget", "Remove an article: /forget ID"),
    BotCommand("stats", "Articles, statements, speakers, last load"),
    BotCommand("queue", "Loads waiting for a worker (PostgreSQL)"),
)


async def set_menus(bot: Bot, admin_ids: Iterable[int]) -> None:
    await bot.set_my_commands(PRIVATE_COMMANDS)  # default scope
    await bot.set_my_commands(PRIVATE_COMMANDS, scope=BotCommandScopeAllPrivateChats())
    await bot.set_my_commands(GROUP_COMMANDS, scope=BotCommandScopeAllGroupChats())
    for admin in sorted(admin_ids):
        try:
            await bot.set_my_commands(ADMIN_COMMANDS, scope=BotCommandScopeChat(admin))
        except BadRequest as exc:  # e.g. the admin never opened a chat with the bot
            log.warning("admin menu for %s not set: %s", admin, exc.message)
