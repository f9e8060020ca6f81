"""/follow, /following and /unfollow: what a chat gets pushed (bot/follows.py, bot/push.py).

    /follow Hegseth | Hegseth on NATO | NATO | on NATO    follow (see bot.follows)
    /following                                            the chat's follows, an Unfollow
                                                          button each
    /unfollow Hegseth on NATO                             stop one (no argument: the list)

In a group only the group's admins (or the bot's) may change what the group follows.
Callback data (ids only, far under 64 bytes):
    fo:<speaker_id>:<saved_id>   the speaker chosen when a name was ambiguous (the saved
                                 query holds the topic)
    uf:<follow_id>               Unfollow
A chat that removes or blocks the bot (a my_chat_member update: left, kicked) loses its
follows at once; handlers.push does the same when a push meets a 403.
"""

from __future__ import annotations

import logging
import re
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
)

from bot.follows import FollowRequest, describe, read_follow
from bot.render import cut
from bot.store.port import Follow
from bot.text import lookup_key
from handlers.answer import EXPIRED
from handlers.callbacks import edit, pressed
from handlers.context import Context
from handlers.groups import command_argument

log = logging.getLogger(__name__)

MAX_FOLLOWS = 100  # per chat
MAX_CHOICES = 8  # buttons when a name is ambiguous
BUTTON_CHARS = 40
CHOOSE_RE = re.compile(r"fo:(\d{1,18}):(\d{1,18})\Z")
UNFOLLOW_RE = re.compile(r"uf:(\d{1,18})\Z")
TOPIC_PREFIX = "follow-topic:"  # saved query text behind a choice button
USAGE = ("Follow a speaker, a topic or both, for example:\n"
         "<code>/follow Hegseth</code>, <code>/follow Hegseth on NATO</code>, "
         "<code>/follow on NATO</code>.\nI send a message when a new article quotes them.")
GROUP_ADMINS_ONLY = "Only the group's admins can change what this group follows."
NOTHING = "This chat follows nothing yet. " + USAGE
TOO_MANY = f"This chat already follows {MAX_FOLLOWS} things; /following to unfollow some."


async def may_change(update: Update, context: Context) -> bool:
    """Private chats: anyone. Groups: the group's admins and the bot's admins."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    if chat.type == ChatType.PRIVATE or context.bot_data.is_admin(user.id):
        return True
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def follow_command(update: Update, context: Context) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    if not await may_change(update, context):
        await message.reply_text(GROUP_ADMINS_ONLY, do_quote=True)
        return
    store = context.bot_data.require_store()
    request = await read_follow(store, command_argument(message))
    if request.empty:
        await message.reply_text(USAGE)
    elif request.unknown:
        await message.reply_text(_unknown(request))
    elif request.ambiguous:
        saved = await store.save_query(TOPIC_PREFIX + (request.topic or ""))
        await message.reply_text("Which one do you mean?", reply_markup=_choices(request, saved))
    else:
        speaker_id, name = request.speakers[0] if request.speakers else (None, None)
        await message.reply_text(await _follow(context, chat.id, speaker_id, name,
                                               request.topic))


async def _follow(context: Context, chat_id: int, speaker_id: int | None,
                  speaker_name: str | None, topic: str | None) -> str:
    store = context.bot_data.require_store()
    if len(await store.chat_follows(chat_id)) >= MAX_FOLLOWS:
        return TOO_MANY
    follow, new = await store.add_follow(chat_id, speaker_id, speaker_name, topic)
    what = escape(describe(follow.speaker_name, follow.topic))
    if not new:
        return f"This chat already follows <b>{what}</b>."
    return (f"Following <b>{what}</b>. When a new article quotes "
            f"{'them' if speaker_id else 'anyone on it'}, I send it here. "
            "/following lists what this chat follows.")


def _unknown(request: FollowRequest) -> str:
    name = escape(cut(request.unknown or "", BUTTON_CHARS))
    topic = escape(request.topic or "")
    return (f"No statement by {name} is on record, so I cannot follow them. "
            f"To follow the topic alone: <code>/follow on {topic}</code>")


def _choices(request: FollowRequest, saved: int) -> InlineKeyboardMarkup:
    suffix = f" on {request.topic}" if request.topic else ""
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(cut(name + suffix, BUTTON_CHARS),
                              callback_data=f"fo:{speaker_id}:{saved}")]
        for speaker_id, name in request.speakers[:MAX_CHOICES]])


async def on_choose(update: Update, context: Context) -> None:
    chat = update.effective_chat
    if (press_match := pressed(update, CHOOSE_RE)) is None or chat is None:
        return
    press, match = press_match
    if not await may_change(update, context):
        await press.answer(GROUP_ADMINS_ONLY, show_alert=True)
        return
    store = context.bot_data.require_store()
    saved = await store.saved_query(int(match[2]))
    speaker = next((s for s in await store.speakers() if s.id == int(match[1])), None)
    if saved is None or not saved.startswith(TOPIC_PREFIX) or speaker is None:
        await press.answer(EXPIRED, show_alert=True)
        return
    topic = saved.removeprefix(TOPIC_PREFIX) or None
    await edit(press, await _follow(context, chat.id, speaker.id, speaker.name, topic), None)
    await press.answer()


async def following_command(update: Update, context: Context) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    text, markup = await following_view(context, chat.id)
    await message.reply_text(text, reply_markup=markup)


async def following_view(context: Context, chat_id: int
                         ) -> tuple[str, InlineKeyboardMarkup | None]:
    follows = await context.bot_data.require_store().chat_follows(chat_id)
    if not follows:
        return NOTHING, None
    lines = ["<b>This chat follows</b>"]
    lines += [f"• {escape(describe(f.speaker_name, f.topic))}" for f in follows]
    buttons = [[InlineKeyboardButton(
        "Unfollow " + cut(describe(f.speaker_name, f.topic), BUTTON_CHARS),
        callback_data=f"uf:{f.id}")] for f in follows]
    return "\n".join(lines), InlineKeyboardMarkup(buttons)


async def unfollow_command(update: Update, context: Context) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    argument = command_argument(message)
    if not argument:
        await following_command(update, context)
        return
    if not await may_change(update, context):
        await message.reply_text(GROUP_ADMINS_ONLY, do_quote=True)
        return
    store = context.bot_data.require_store()
    follow = _find(await store.chat_follows(chat.id), await read_follow(store, argument),
                   argument)
    if follow is None:
        await message.reply_text("This chat does not follow that. /following lists what it "
                                 "follows, with a button to unfollow each.")
        return
    await store.remove_follow(chat.id, follow.id)
    what = escape(describe(follow.speaker_name, follow.topic))
    await message.reply_text(f"Stopped following <b>{what}</b>.")


def _find(follows: list[Follow], request: FollowRequest, argument: str) -> Follow | None:
    """The follow an /unfollow argument names: by its words, else as /follow reads them."""
    said = " ".join(argument.lower().split())
    for f in follows:
        if said in (describe(f.speaker_name, f.topic).lower(), (f.topic or "").lower()):
            return f
    topic = lookup_key(request.topic or "")
    speakers: set[int | None] = {speaker_id for speaker_id, _ in request.speakers} or {None}
    return next((f for f in follows if f.speaker_id in speakers
                 and lookup_key(f.topic or "") == topic), None)


async def on_unfollow(update: Update, context: Context) -> None:
    chat = update.effective_chat
    if (press_match := pressed(update, UNFOLLOW_RE)) is None or chat is None:
        return
    press, match = press_match
    if not await may_change(update, context):
        await press.answer(GROUP_ADMINS_ONLY, show_alert=True)
        return
    removed = await context.bot_data.require_store().remove_follow(chat.id, int(match[1]))
    text, markup = await following_view(context, chat.id)
    await edit(press, text, markup)
    await press.answer("Unfollowed." if removed else "Already unfollowed.")


async def on_my_member(update: Update, context: Context) -> None:
    """The bot was removed from a group, or blocked in a private chat: forget the chat's
    follows at once (a push to it would fail the same way)."""
    change = update.my_chat_member
    if change is None:
        return
    if change.new_chat_member.status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED):
        removed = await context.bot_data.require_store().remove_chat_follows(change.chat.id)
        log.info("bot left chat %s: %d follows removed", change.chat.id, removed)


def follow_handlers() -> list[BaseHandler[Update, Context, None]]:
    """Commands in private chats and groups; buttons before the 'expired' catch-all."""
    return [
        CommandHandler("follow", follow_command),
        CommandHandler("following", following_command),
        CommandHandler("unfollow", unfollow_command),
        CallbackQueryHandler(on_choose, pattern=CHOOSE_RE.pattern),
        CallbackQueryHandler(on_unfollow, pattern=UNFOLLOW_RE.pattern),
        ChatMemberHandler(on_my_member, ChatMemberHandler.MY_CHAT_MEMBER),
    ]
