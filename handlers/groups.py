"""Group chats: answer only what is addressed to the bot, never plain chatter.

With privacy mode on, Telegram delivers commands, replies to the bot's messages and
mentions; with it off, everything arrives and the same filters still apply:
    /ask QUERY, /ask@BotName QUERY     a query
    /ask as a reply, without a query   the replied message's text is the query, and the
                                       answer replies to that message
    a reply to one of the bot's messages   a follow-up query, when it reads as a question
                                       or a topic: thanks, laughter, emoji and 'ok'
                                       (bot/search/chatter.py) get no reply at all
    a message mentioning @BotName      a query (the mention is dropped; chatter likewise)
    text, then /ask@BotName QUERY      a query (Telegram marks commands anywhere; entity
                                       offsets count UTF-16 code units, so text before
                                       it may hold emoji)
The same query in the same group within the cooldown window is answered only once.
/ask also works in private chats (no cooldown there).
"""

from __future__ import annotations

import logging
import re

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from bot.search.chatter import is_chatter, strip_chatter
from handlers.answer import answer
from handlers.context import Context
from handlers.private import EXAMPLES

log = logging.getLogger(__name__)

GROUPS = filters.ChatType.GROUPS
ASK_USAGE = (
    "Ask me with <code>/ask</code> and a name and a topic, for example "
    f"<code>/ask {EXAMPLES[1]}</code>, or send <code>/ask</code> as a reply to a message."
)
GROUP_HELP = (
    "<b>On Record</b> answers with what officials actually said.\n"
    f"• <code>/ask {EXAMPLES[0]}</code>\n"
    "• reply to one of my answers with a new question\n"
    "• <code>/ask</code> as a reply to a message asks about that message\n"
    "• <code>/follow Hegseth on NATO</code> (group admins) posts new statements here; "
    "<code>/timeline Hegseth NATO</code> lists them over time"
)


async def ask_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    query = command_argument(message)
    reply_to: Message | None = None
    if not query and message.reply_to_message is not None:
        replied = message.reply_to_message
        query = (replied.text or replied.caption or "").strip()
        reply_to = replied
    if not query:
        await message.reply_text(ASK_USAGE, do_quote=True)
        return
    await answer_in_group(update, context, query, reply_to)


async def group_help(update: Update, context: Context) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(GROUP_HELP, do_quote=True)


async def group_text(update: Update, context: Context) -> None:
    """A follow-up (reply to the bot), a mention or /ask@BotName; anything else is ignored."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    bot = context.bot
    asked = addressed_ask(message, bot.username)
    if asked is not None:
        if asked:
            await answer_in_group(update, context, asked, None)
        else:
            await message.reply_text(ASK_USAGE, do_quote=True)
        return
    replied = message.reply_to_message
    to_bot = replied is not None and replied.from_user is not None and (
        replied.from_user.id == bot.id
    )
    mention = f"@{bot.username}".lower()
    mentioned = any(
        text.lower() == mention
        for text in message.parse_entities([MessageEntity.MENTION]).values()
    )
    if not (to_bot or mentioned):
        return
    query = strip_chatter(re.sub(re.escape(mention), " ", message.text, flags=re.I))
    if is_chatter(query):  # 'thanks 👍', 'lol', 'ok': no reply at all
        log.debug("chat %s: chatter addressed to the bot, not answered", message.chat_id)
        return
    await answer_in_group(update, context, query, None)


async def answer_in_group(
    update: Update, context: Context, query: str, reply_to: Message | None
) -> None:
    """Answer unless the same query was just answered in this chat (edits always go through)."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.PRIVATE:  # private chats have no cooldown
        await answer(update, context, query, reply_to=reply_to)
        return
    cooldown = context.bot_data.cooldown  # in the shared state: across replicas
    if update.edited_message is None and not await cooldown.allow(chat.id, query):
        log.info("chat %s: repeated query within the cooldown, not answered", chat.id)
        return
    await answer(update, context, query, reply_to=reply_to)


def addressed_ask(message: Message, bot_username: str) -> str | None:
    """The text after a /ask@BotName inside the message, or None when there is none."""
    wanted = f"/ask@{bot_username}".lower()
    for entity, text in message.parse_entities([MessageEntity.BOT_COMMAND]).items():
        if text.lower() == wanted:
            return utf16_tail(message.text or "", entity.offset + entity.length).strip()
    return None


def utf16_tail(text: str, offset: int) -> str:
    """`text` from a UTF-16 code-unit offset on (Telegram's unit for entity offsets)."""
    return text.encode("utf-16-le")[2 * offset:].decode("utf-16-le", errors="replace")


def command_argument(message: Message) -> str:
    """The text after the command word (line breaks kept), stripped."""
    text = message.text or message.caption or ""
    parts = text.split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def group_handlers() -> list[BaseHandler[Update, Context, None]]:
    text = GROUPS & filters.TEXT & ~filters.COMMAND
    return [
        CommandHandler("ask", ask_command),  # in private chats too
        CommandHandler("help", group_help, filters=GROUPS),
        MessageHandler(text & (filters.REPLY | filters.Entity(MessageEntity.MENTION)
                                | filters.Entity(MessageEntity.BOT_COMMAND)), group_text),
    ]
